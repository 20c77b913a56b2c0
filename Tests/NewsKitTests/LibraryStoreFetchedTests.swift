import Foundation
import Testing
@testable import NewsKit

@Suite struct LibraryStoreFetchedTests {
    func article(_ path: String, _ text: String) -> Article {
        ArticleParser().parse("A headline for \(path)\n\n\(text)\n\n\"We will see,\" said Mara Quill, the harbour master.", path: path)
    }

    @Test func articlesAreKeptOnceByGuidURLAndContent() throws {
        let library = try LibraryStore.inMemory()
        let (feed, isNew) = try library.subscribe("https://a.example/feed", kind: .url, tags: ["x"])
        #expect(isNew)
        let first = LibraryStore.FetchedArticle(article: article("https://a.example/1", "One text."), guid: "g1", url: "https://a.example/1", item: "{}")
        let sameGuid = LibraryStore.FetchedArticle(article: article("https://a.example/1b", "Another text."), guid: "g1", url: "https://a.example/1b")
        let sameURL = LibraryStore.FetchedArticle(article: article("https://a.example/1", "Third text."), guid: "g3", url: "https://a.example/1")
        let sameText = LibraryStore.FetchedArticle(article: article("https://a.example/4", "One text."), guid: "g4", url: "https://a.example/4")
        let added = try library.store(LibraryStore.FetchOutcome(articles: [first, sameGuid, sameURL, sameText], etag: "e", itemCount: 4), for: feed.id).added
        #expect(added == ["https://a.example/1"])
        let subscription = try #require(try library.subscription(source: "https://a.example/feed"))
        #expect(subscription.etag == "e")
        #expect(subscription.articleCount == 1)
        #expect(subscription.tags == ["x"])
        #expect(try library.known().contains(subscription: feed.id, guid: "g1", url: nil, key: "z"))
        #expect(try library.unsubscribe("https://a.example/feed"))
        #expect(try library.fetchedCount() == 0)
    }

    @Test func anArticleThatCameAgainWithNewContentReplacesTheOldOne() throws {
        let library = try LibraryStore.inMemory()
        let (feed, _) = try library.subscribe("https://a.example/feed", kind: .url)
        let key = "https://a.example/1"
        let old = LibraryStore.FetchedArticle(article: article(key, "The first version."), guid: "g1", url: key, item: "{\"v\":1}")
        #expect(try library.store(LibraryStore.FetchOutcome(articles: [old], itemCount: 1), for: feed.id).added == [key])
        try library.setRead(true, articles: [key])
        // The same again: nothing changes.
        #expect(try library.store(LibraryStore.FetchOutcome(articles: [old], itemCount: 1), for: feed.id) == LibraryStore.Stored())
        // The same GUID with a new text: the new version is kept, under the same key, still read.
        let new = LibraryStore.FetchedArticle(article: article(key, "The corrected version."), guid: "g1", url: key, item: "{\"v\":2}")
        #expect(try library.store(LibraryStore.FetchOutcome(articles: [new], itemCount: 1), for: feed.id) == LibraryStore.Stored(updated: [key]))
        #expect(try library.fetchedCount() == 1)
        #expect(try library.fetchedArticles().first?.paragraphs.contains { $0.text == "The corrected version." } == true)
        #expect(try library.storedItem(subscription: feed.id, guid: "g1", url: nil, key: "elsewhere") == "{\"v\":2}")
        #expect(try library.readArticles() == [key])
    }

    @Test func fetchedArticlesLoadThroughTheCache() throws {
        let library = try LibraryStore.inMemory()
        let (feed, _) = try library.subscribe("https://a.example/feed", kind: .url)
        try library.store(LibraryStore.FetchOutcome(articles: [
            LibraryStore.FetchedArticle(article: article("https://a.example/1", "One text."), guid: "g1", url: "https://a.example/1"),
            LibraryStore.FetchedArticle(article: article("https://a.example/2", "Two text."), guid: "g2", url: "https://a.example/2"),
        ], itemCount: 2), for: feed.id)
        let store = try Store.inMemory()
        let loader = CorpusLoader(store: store)
        let cold = try loader.load([FileLocation](), fetched: [.library(library)])
        #expect(cold.articles.map(\.article.path) == ["https://a.example/1", "https://a.example/2"])
        #expect(cold.analysed == 2)
        #expect(cold.articles[0].quotes.contains { $0.text.contains("We will see") })
        let warm = try loader.load([FileLocation](), fetched: [.library(library)])
        #expect(warm.cached == 2)
        #expect(warm.indexRows.allSatisfy { $0 != nil })
        let some = try loader.load([FileLocation](), fetched: [.library(library, keys: ["https://a.example/2"])])
        #expect(some.articles.map(\.article.path) == ["https://a.example/2"])
    }
}
