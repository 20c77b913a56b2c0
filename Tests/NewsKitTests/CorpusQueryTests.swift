import Foundation
import Testing
@testable import NewsKit

@Suite struct CorpusQuerySearchTests {
    static func library(_ texts: [String], store: Store? = nil) throws -> CorpusQuery {
        let articles = texts.enumerated().map { n, text in Analyzed.text(text, path: "\(n).txt") }
        let keys = articles.indices.map { "key-\($0)" }
        let saved = try store?.save(Array(zip(keys, articles)).map { (key: $0.0, analyzed: $0.1) }) ?? [:]
        return CorpusQuery(corpus: Corpus(articles: articles), textIndex: store.map { TextIndex(store: $0, rows: keys.map { saved[$0] }) })
    }

    static let texts = [
        "Old news\n\n2024-01-02\n\nThe pier reopened on Tuesday. Piers elsewhere stay shut.",
        "New news\n\n2025-06-30\n\nThe Pier Street café opened. A spier is not a pier.",
        "Other news\n\n2025-03-01\n\nNothing about the harbour.",
    ]

    @Test(arguments: [false, true])
    func matchesStartWordsIgnoreCaseAndComeNewestFirst(indexed: Bool) throws {
        let library = try Self.library(Self.texts, store: indexed ? try Store.inMemory() : nil)
        let matches = library.search("pier")
        // "spier" does not count; "Piers" does (a word beginning).
        #expect(matches.map(\.article) == [1, 1, 0, 0])
        let first = library.corpus.articles[1].article.blocks[matches[0].block].text
        let scalars = Array(first.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[matches[0].range])) == "Pier")
        #expect(Set(library.search("pier street").map(\.article)) == [1])
        #expect(library.search("harbour").map(\.article) == [2])
        #expect(library.search("zzyzx").isEmpty)
    }

    @Test func atMostTheLimitAndOnlyVisibleOutlets() throws {
        var library = try Self.library(Self.texts, store: try Store.inMemory())
        #expect(library.search("pier", limit: 3).count == 3)
        library.outletFilter.toggle(outlet: OutletFilter.unknownOutlet)
        #expect(library.search("pier").isEmpty)
    }
}
