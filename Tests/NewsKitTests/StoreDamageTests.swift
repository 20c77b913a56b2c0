import Foundation
import GRDB
import Testing
@testable import NewsKit

/// Damage inside a cache that opens (a page overwritten, a table gone) is found, and the cache set
/// aside once and rebuilt, instead of every save failing and everything being analysed every time.
@Suite struct StoreDamageTests {
    typealias CachedCorpus = StoreFailureTests.CachedCorpus

    /// Overwrites the first page of `table` with random bytes (the same every run).
    private static func overwriteRootPage(of table: String, in path: String) throws {
        let (root, pageSize) = try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table]) ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }
        #expect(root > 1)
        var generator = SeededGenerator(seed: 6)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        try handle.write(contentsOf: Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
    }

    @Test func aDamagedPageIsFoundBySavingAndTheCacheSetAsideOnce() throws {
        let corpus = try CachedCorpus()
        try corpus.addArticle()
        try Self.overwriteRootPage(of: "analysis", in: corpus.cache)
        // The damage shows when saving; the articles load, and the warning says what happens next.
        let first = try CorpusLoader(store: try Store.open(at: corpus.cache).store).load([corpus.articles.path])
        #expect(first.articles.count == 3)
        #expect(first.problems.count == 1)
        #expect(first.problems.first?.reason.contains("damaged") == true)
        // The next start sets it aside and starts again, once.
        let (second, notice) = try Store.open(at: corpus.cache)
        #expect(notice?.description.contains("moved to") == true)
        let rebuilt = try CorpusLoader(store: second).load([corpus.articles.path])
        #expect(rebuilt.problems.isEmpty)
        #expect((rebuilt.cached, rebuilt.analysed) == (0, 3))
        let (third, again) = try Store.open(at: corpus.cache)
        #expect(again == nil)
        let warm = try CorpusLoader(store: third).load([corpus.articles.path])
        #expect((warm.cached, warm.analysed, warm.problems.count) == (3, 0, 0))
    }

    @Test(arguments: ["file", "analysis", "articleText"])
    func aDroppedTableIsFoundOnOpening(table: String) throws {
        let corpus = try CachedCorpus()
        try DatabaseQueue(path: corpus.cache).write { try $0.execute(sql: "DROP TABLE \(table)") }
        let (store, notice) = try Store.open(at: corpus.cache)
        #expect(notice?.description.contains("moved to") == true)
        let result = try CorpusLoader(store: store).load([corpus.articles.path])
        #expect(result.problems.isEmpty)
        #expect(result.analysed == 2)
    }

    @Test func onlyTheNewestCacheSetAsideIsKept() throws {
        let corpus = try CachedCorpus()
        for stamp in [1_000, 2_000] {
            try Data("an old cache set aside".utf8).write(to: URL(fileURLWithPath: corpus.cache + ".unusable-\(stamp)"))
        }
        try Data("not a database at all, only some text that is long enough".utf8).write(to: URL(fileURLWithPath: corpus.cache))
        let (_, notice) = try Store.open(at: corpus.cache)
        let description = try #require(notice?.description)
        let folder = (corpus.cache as NSString).deletingLastPathComponent
        let asides = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".unusable-") }
        #expect(asides.count == 1)
        #expect(!asides.contains { $0.hasSuffix("-1000") || $0.hasSuffix("-2000") })
        #expect(description.contains(asides[0]))
        #expect(description.contains("2 older"))
    }
}
