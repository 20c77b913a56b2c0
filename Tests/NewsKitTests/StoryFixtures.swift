import Foundation
@testable import NewsKit

/// `Fixtures/stories`: four invented outlets, one folder each, covering four invented events (see its
/// README), loaded as the reader loads a folder.
enum StoryFixtures {
    static let folder = FixtureFiles.folder.appendingPathComponent("stories")

    static func library() throws -> CorpusQuery {
        CorpusQuery(corpus: Corpus(articles: try CorpusLoader(store: nil).load([folder.path]).articles))
    }

    /// An article's index in the corpus, by its file name (without `.txt`).
    static func article(_ name: String, in library: CorpusQuery) -> Int? {
        library.corpus.articles.firstIndex { ($0.article.path as NSString).lastPathComponent == name + ".txt" }
    }

    /// A person by display name.
    static func person(_ name: String, in library: CorpusQuery) -> Person? {
        library.corpus.people.first { $0.name == name }
    }
}
