import Foundation
import Testing
@testable import NewsKit

/// When a search asks the text index: after the first articles, unless they promise the matches
/// soon; after the most articles anyway; once; never without an index. And the answer is the same
/// whether it asked or not.
@Suite struct SearchPaceTests {
    /// The articles read one by one before the index is asked, with `perArticle` matches in each.
    static func readBeforeAsking(limit: Int = 1_000, perArticle: Int, indexed: Bool = true) -> Int? {
        var pace = SearchPace(limit: limit, indexed: indexed)
        var matches = 0
        for article in 0..<10_000 {
            if pace.asksIndex(matches: matches) {
                let again = pace.asksIndex(matches: matches)
                #expect(!again) // once
                return article
            }
            pace.read()
            matches += perArticle
            if matches >= limit { return nil }
        }
        return nil
    }

    @Test func aRareWordAsksTheIndexAfterTheFirstArticles() {
        #expect(Self.readBeforeAsking(perArticle: 0) == 256)
    }

    @Test func aCommonWordNeverAsks() {
        #expect(Self.readBeforeAsking(perArticle: 30) == nil) // the matches come from the first 34 articles
        #expect(Self.readBeforeAsking(perArticle: 1) == nil) // a quarter of them from the first 256, all by 1,000
    }

    @Test func aWordOfSomeArticlesAsksAfterTheMost() {
        var pace = SearchPace(limit: 1_000, indexed: true)
        for _ in 0..<1_279 { pace.read() }
        let before = pace.asksIndex(matches: 600)
        pace.read()
        let after = pace.asksIndex(matches: 600)
        #expect(!before && after)
    }

    @Test func withoutAnIndexNothingIsAsked() {
        #expect(Self.readBeforeAsking(perArticle: 0, indexed: false) == nil)
    }

    /// 400 dated articles, each with "council", four with "lighthouse" (two among the newest 256).
    static let texts = (0..<400).map { n in
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: n, to: Date(timeIntervalSince1970: 1_704_067_200))!
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        return "Report \(n)\n\n\(day)\n\nThe council met. " + (n % 100 == 7 ? "A lighthouse keeper spoke." : "The harbour was calm.")
    }

    @Test func theAnswerIsTheSameWhetherTheIndexWasAskedOrNot() throws {
        let indexed = try CorpusQuerySearchTests.library(Self.texts, store: try Store.inMemory())
        let plain = try CorpusQuerySearchTests.library(Self.texts)
        for (query, limit) in [("lighthouse", 1_000), ("council", 1_000), ("council", 100), ("council -lighthouse", 1_000), ("keeper spoke", 1_000)] {
            let found = indexed.search(query, limit: limit).map { "\($0.article) \($0.block) \($0.range)" }
            #expect(found == plain.search(query, limit: limit).map { "\($0.article) \($0.block) \($0.range)" }, "\(query)")
        }
        #expect(indexed.search("lighthouse").map(\.article) == [307, 207, 107, 7])
        #expect(indexed.search("council").count == 400)
        #expect(indexed.search("council", limit: 100).first?.article == 399)
    }
}
