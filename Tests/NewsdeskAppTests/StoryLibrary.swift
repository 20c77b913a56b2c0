import Foundation
import NewsKit

/// `Fixtures/stories` (four invented outlets covering four invented events) as the reader loads it,
/// with its stories grouped, so that frames show them at once.
enum StoryLibrary {
    static let library: CorpusQuery = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/stories")
        let query = CorpusQuery(corpus: Corpus(articles: try! CorpusLoader(store: nil).load([folder.path]).articles))
        _ = query.allStories
        return query
    }()

    /// The row of the Articles screen (by date) that shows this headline.
    static func row(of headline: String) -> Int? {
        library.articlesByDate.firstIndex { library.corpus.articles[$0].article.title == headline }
    }
}
