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
}
