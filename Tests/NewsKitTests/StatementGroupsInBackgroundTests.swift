import Foundation
import Testing
@testable import NewsKit

/// The reader's query never waits for a large corpus's statement groups: until the background build
/// ends it answers as if no statement were quoted twice, then with the groups.
@Suite struct StatementGroupsInBackgroundTests {
    @Test func aLargeCorpusIsGroupedBehindTheReader() async throws {
        let samples = try ["000_74dc95e94b69c806.txt", "001_87c611ee5f6a8da8.txt"].map { try Analyzed.fixture($0) }
        let filler = (0..<CorpusQuery.groupedAtOnce).map {
            Analyzed.text("Harbour note \($0): the tide tables for week \($0) are posted at the pier.", path: "filler/\($0).txt")
        }
        var query = CorpusQuery(corpus: Corpus(articles: samples + filler))
        query.groupsStatementsInBackground = true
        // The State Department statement, worded by both samples.
        let statement = try #require(query.statementGroups.groups.first?.statements.first)
        let fresh = { () -> CorpusQuery in
            var q = CorpusQuery(corpus: query.corpus)
            q.groupsStatementsInBackground = true
            return q
        }()
        #expect(fresh.outletCount(of: statement) == 1, "no groups yet: nothing waits for them")
        for _ in 0..<200 where fresh.derived.statementGroups.ready == nil { try await Task.sleep(for: .milliseconds(50)) }
        #expect(fresh.outletCount(of: statement) == 2)
        // A command's query builds them at once.
        #expect(CorpusQuery(corpus: query.corpus).outletCount(of: statement) == 2)
    }
}
