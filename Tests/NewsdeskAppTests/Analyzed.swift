import Foundation
import NewsKit

/// Text, or files of `Fixtures`, parsed and analysed as the reader's loader does: the one helper the
/// tests here use for it.
enum Analyzed {
    /// The repository's `Fixtures` folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ text: String, path: String = "a.txt") -> AnalyzedArticle {
        ArticleAnalyzer().analyze(ArticleParser().parse(text, path: path))
    }

    /// Files of `Fixtures` (paths relative to it), read as files are; each article's path is the file's.
    static func files(_ relativePaths: [String]) -> [AnalyzedArticle] {
        let paths = relativePaths.map { fixtures.appendingPathComponent($0).path }
        return try! ArticleLoader().load(paths).articles.map(ArticleAnalyzer().analyze)
    }
}
