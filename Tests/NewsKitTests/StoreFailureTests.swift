import Foundation
import GRDB
import Testing
@testable import NewsKit

/// A cache that cannot be used as it should (cut short, locked, read-only, full) never keeps the
/// articles from loading, and what happened is said once.
@Suite struct StoreFailureTests {
    /// A folder with a cache of two analysed articles, and the articles.
    final class CachedCorpus {
        let folder: URL
        let articles: URL
        let cache: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-storefail-\(UUID().uuidString)")
            articles = folder.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
            for (n, name) in ["Anna Holt", "Marcus Brenner"].enumerated() {
                try Data("\"The pier stays open for now,\" \(name) said on Monday. \(String(repeating: "The harbour was quiet. ", count: 200))".utf8)
                    .write(to: articles.appendingPathComponent("\(n).txt"))
            }
            cache = folder.appendingPathComponent("cache/cache.sqlite").path
            _ = try CorpusLoader(store: try Store.open(at: cache).store).load([articles.path])
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// A third article, which a load must analyse and save.
        func addArticle() throws {
            try Data("\"The ferry is late,\" Jonas Lindqvist said.".utf8).write(to: articles.appendingPathComponent("2.txt"))
        }
    }

    @Test func aCacheCutShortIsSetAsideAndRebuilt() throws {
        let corpus = try CachedCorpus()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: corpus.cache)[.size] as? Int)
        let handle = try #require(FileHandle(forUpdatingAtPath: corpus.cache))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()
        #expect(Store.isCutShort(corpus.cache))
        // Set aside, whether SQLite or the header check found the damage first.
        let (store, notice) = try Store.open(at: corpus.cache)
        #expect(notice?.description.contains("moved to") == true)
        let result = try CorpusLoader(store: store).load([corpus.articles.path])
        #expect(result.articles.count == 2)
        #expect(result.problems.isEmpty)
    }

    /// Another writer in the middle of a long transaction on the cache, until `release` is called.
    private static func holdWriteLock(on path: String) throws -> (release: () -> Void, ()) {
        let other = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.inTransaction(.immediate) { _ in
                locked.signal()
                done.wait()
                return .rollback
            }
        }
        locked.wait()
        return ({ done.signal() }, ())
    }

    @Test func aCacheLockedBeforeOpeningIsLeftAloneAndTheArticlesLoad() throws {
        let corpus = try CachedCorpus()
        let lock = try Self.holdWriteLock(on: corpus.cache)
        defer { lock.release() }
        // No cache this time (the commands say so), and it is not set aside: it is busy, not broken.
        #expect(throws: DatabaseError.self) { try Store.open(at: corpus.cache, busyTimeout: 0.2) }
        #expect(FileManager.default.fileExists(atPath: corpus.cache))
        #expect(try CorpusLoader(store: nil).load([corpus.articles.path]).articles.count == 2)
    }

    @Test func aCacheLockedWhileLoadingGivesOneWarning() throws {
        let corpus = try CachedCorpus()
        try corpus.addArticle()
        let (store, notice) = try Store.open(at: corpus.cache, busyTimeout: 0.2)
        #expect(notice == nil)
        let lock = try Self.holdWriteLock(on: corpus.cache)
        defer { lock.release() }
        let result = try CorpusLoader(store: store).load([corpus.articles.path])
        #expect(result.articles.count == 3)
        #expect((result.cached, result.analysed) == (2, 1))
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.isWarning == true)
        #expect(result.problems.first?.reason.contains("could not save to the cache") == true)
    }

    @Test func aFullDiskIsSaidOnceAndTheArticlesStillLoad() throws {
        let corpus = try CachedCorpus()
        let pages = try DatabaseQueue(path: corpus.cache).read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        // Many new articles, in several batches, and no room for any of them.
        for n in 0..<1_200 {
            try Data("\"Number \(n) is in,\" Anna Holt said.".utf8).write(to: corpus.articles.appendingPathComponent("new-\(n).txt"))
        }
        // Room for what is there and hardly more.
        let (store, notice) = try Store.open(at: corpus.cache, busyTimeout: 0.2, maxPageCount: pages + 2)
        #expect(notice == nil)
        let result = try CorpusLoader(store: store).load([corpus.articles.path])
        #expect((result.cached, result.analysed) == (2, 1_200))
        #expect(result.articles.count == 1_202)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.reason.contains("full") == true)
        // What was not saved is not in the index, so search reads it whatever the query.
        let index = TextIndex(store: store, rows: result.indexRows)
        #expect(index.articles(matching: "zzyzx")?.filter { $0 }.count == 1_200)
    }

    @Test func aCacheThatCannotGrowAtOpeningIsLeftAlone() throws {
        let corpus = try CachedCorpus()
        let pages = try DatabaseQueue(path: corpus.cache).read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        do {
            let (store, notice) = try Store.open(at: corpus.cache, busyTimeout: 0.2, maxPageCount: pages)
            // Opened after all: nothing was set aside.
            #expect(notice == nil)
            #expect(try store.count() == 2)
        } catch let error as DatabaseError {
            #expect(error.resultCode == .SQLITE_FULL)
        }
        #expect(FileManager.default.fileExists(atPath: corpus.cache))
    }

    /// Root ignores file permissions: the immutable attribute makes the file read-only even for root.
    static let canMakeFilesImmutable: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-immutable-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: probe, contents: Data())
        defer { _ = chattr("-i", probe); try? FileManager.default.removeItem(atPath: probe) }
        return chattr("+i", probe) && FileHandle(forWritingAtPath: probe) == nil
    }()

    @discardableResult
    static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test(.enabled(if: canMakeFilesImmutable, "needs chattr +i (root on ext4 or similar)"))
    func aReadOnlyCacheIsReadAndTheRestIsNotSaved() throws {
        let corpus = try CachedCorpus()
        try corpus.addArticle()
        #expect(Self.chattr("+i", corpus.cache))
        defer { Self.chattr("-i", corpus.cache) }
        let result: CorpusLoader.Result
        do {
            let (store, _) = try Store.open(at: corpus.cache, busyTimeout: 0.2)
            result = try CorpusLoader(store: store).load([corpus.articles.path])
            #expect(result.problems.count <= 1)
        } catch {
            // Cannot even be opened: no cache this time, which the commands say and go on without.
            #expect(FileManager.default.fileExists(atPath: corpus.cache))
            result = try CorpusLoader(store: nil).load([corpus.articles.path])
        }
        #expect(result.articles.count == 3)
    }
}
