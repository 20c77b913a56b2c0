@testable import NewsKit

/// Text or a fixture parsed and analysed as a file is: the one helper every test here uses for it.
enum Analyzed {
    static func text(_ text: String, path: String = "a.txt") -> AnalyzedArticle {
        ArticleAnalyzer().analyze(ArticleParser().parse(text, path: path))
    }

    /// A file of `Fixtures`, by its path relative to that folder (which is also the article's path).
    static func fixture(_ relativePath: String) throws -> AnalyzedArticle {
        text(try FixtureFiles.text(relativePath), path: relativePath)
    }

    /// Files and folders of `Fixtures` (paths relative to it) read as the loader reads them: each
    /// article's path is its file's full path.
    static func files(_ relativePaths: [String]) -> [AnalyzedArticle] {
        let paths = relativePaths.map { FixtureFiles.folder.appendingPathComponent($0).path }
        return try! ArticleLoader().load(paths).articles.map(ArticleAnalyzer().analyze)
    }
}
