import Foundation
import NewsKit

/// `Fixtures/stories` (four invented outlets covering four invented events) as the reader loads it,
/// with its stories grouped, so that frames show them at once.
enum StoryLibrary {
    static let library: CorpusQuery = {
        let folder = Analyzed.fixtures.appendingPathComponent("stories")
        let query = CorpusQuery(corpus: Corpus(articles: try! CorpusLoader(store: nil).load([folder.path]).articles))
        _ = query.allStories
        return query
    }()

    /// The fixtures repeated past the size the reader works out at once (`CorpusQuery.groupedAtOnce`),
    /// each copy its own path, so its own article: what a frame must not wait for is worked out behind it.
    static func repeatedPastGroupedAtOnce() -> CorpusQuery {
        let copies = CorpusQuery.groupedAtOnce / library.corpus.articles.count + 1
        let articles = (0..<copies).flatMap { n in
            library.corpus.articles.map { analyzed in
                var copy = analyzed
                copy.article.path = "copy-\(n)/" + analyzed.article.path
                return copy
            }
        }
        return CorpusQuery(corpus: Corpus(articles: articles))
    }

    /// The row of the Articles screen (by date) that shows this headline.
    static func row(of headline: String) -> Int? {
        library.articlesByDate.firstIndex { library.corpus.articles[$0].article.title == headline }
    }
}
