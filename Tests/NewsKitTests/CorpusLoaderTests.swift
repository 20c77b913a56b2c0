import Foundation
import Testing
@testable import NewsKit

@Suite struct CorpusLoaderTests {
    @Test func batchesGrowAndAddUpToTheWholeLoadInPathOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for n in 0..<1_600 {
            try Data("\"Number \(n) is in,\" Anna Holt said.".utf8).write(to: folder.appendingPathComponent(String(format: "%04d.txt", n)))
        }
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("9999.txt"))
        // Each step: files done of all, and what its batch added (the difference from the step before).
        var progress: [(done: Int, total: Int, articles: Int, problems: Int)] = []
        var combined = CorpusLoader.Result()
        let whole = try CorpusLoader(store: try Store.inMemory()).load([folder.path]) { step in
            progress.append((step.filesDone, step.filesTotal, step.loaded.articles.count - combined.articles.count,
                             step.loaded.problems.count - combined.problems.count))
            combined = step.loaded
        }
        #expect(progress.map(\.done) == [200, 600, 1_400, 1_601])
        #expect(progress.allSatisfy { $0.total == 1_601 })
        #expect(progress.map(\.articles) == [200, 400, 800, 200])
        #expect(progress.map(\.problems) == [0, 0, 0, 1])
        #expect(combined.articles.map(\.article.path) == whole.articles.map(\.article.path))
        #expect(whole.articles.map(\.article.path) == whole.articles.map(\.article.path).sorted())
        #expect(whole.indexRows.count == whole.articles.count && whole.indexRows.allSatisfy { $0 != nil })
    }

    @Test func anEmptyFolderStillReportsOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var steps = 0
        let result = try CorpusLoader(store: nil).load([folder.path]) { step in
            steps += 1
            #expect(step.filesTotal == 0)
        }
        #expect(steps == 1)
        #expect(result.articles.isEmpty)
    }

    @Test func aFilesWarningIsToldAgainWhenItsAnalysisComesFromTheCache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-warning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Array("The caf".utf8) + [0xE9] + Array(" was quiet.\n".utf8)).write(to: folder.appendingPathComponent("latin1.txt"))
        let store = try Store.inMemory()
        let first = try CorpusLoader(store: store).load([folder.path])
        let second = try CorpusLoader(store: store).load([folder.path])
        #expect((first.analysed, second.cached) == (1, 1))
        #expect(first.problems.count == 1 && first.problems.first?.isWarning == true)
        #expect(second.problems == first.problems)
    }

    @Test func eachFeedItemHasItsOwnCacheEntry() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = FixtureFiles.folder.appendingPathComponent("feeds")
        try FileManager.default.copyItem(at: feeds.appendingPathComponent("json-feed-1.1.json"), to: folder.appendingPathComponent("a.json"))
        try FileManager.default.copyItem(at: feeds.appendingPathComponent("rss-2.0-content-encoded.xml"), to: folder.appendingPathComponent("b.xml"))
        let store = try Store.inMemory()
        let first = try CorpusLoader(store: store).load([folder.path])
        #expect((first.analysed, first.cached) == (4, 0))
        #expect(Set(first.articles.map(\.article.path)).count == 4)
        #expect(first.indexRows.allSatisfy { $0 != nil })
        let second = try CorpusLoader(store: store).load([folder.path])
        #expect((second.analysed, second.cached) == (0, 4))
        #expect(second.articles.map(\.article.path) == first.articles.map(\.article.path))
        #expect(second.articles.map(\.article.title) == first.articles.map(\.article.title))
        // A new copy of the file (not its record) still finds every item by its own key.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.xml"))
        try FileManager.default.copyItem(at: feeds.appendingPathComponent("rss-2.0-content-encoded.xml"), to: folder.appendingPathComponent("b.xml"))
        let third = try CorpusLoader(store: store).load([folder.path])
        #expect(third.cached == 4)
    }
}

extension CorpusLoaderTests {
    /// A file whose name is not UTF-8 is read, analysed and kept in the cache's records of files under
    /// its exact bytes: the second load takes it from the cache without reading it, and a file whose
    /// name shows alike (a real backslash) has a record of its own: the two have the same size and
    /// time, so one record for both would give both the same analysis.
    @Test func aNameThatIsNotUTF8IsLoadedAndCachedByItsBytes() throws {
        let scratch = try ArticleLoaderTests.Scratch()
        let stray = RawName.path(scratch.url.path, ArticleLoaderTests.cafe), backslash = RawName.path(scratch.url.path, Array("caf\\xE9.txt".utf8))
        try RawName.write(stray, "\"The stray one is in,\" Anna Holt said.")
        try RawName.write(backslash, "\"The other one is in,\" Anna Holt said.")
        try RawName.setModified(stray, seconds: 1_700_000_000)
        try RawName.setModified(backslash, seconds: 1_700_000_000)
        let store = try Store.inMemory()
        let first = try CorpusLoader(store: store).load([scratch.url.path])
        #expect(first.problems.isEmpty, "\(first.problems)")
        #expect(first.analysed == 2)
        #expect(first.articles.map(\.article.path) == [scratch.url.path + "/caf\\xE9.txt", scratch.url.path + "/caf\\xE9.txt"])
        let second = try CorpusLoader(store: store).load([scratch.url.path])
        #expect(second.cached == 2 && second.analysed == 0)
        #expect(Set(second.articles.flatMap { $0.quotes.map(\.text) }) == ["The stray one is in,", "The other one is in,"])
    }
}

@Suite struct CorpusLoaderLargeFileTests {
    /// In a live load, a large file among the first ones is read last: the first batch, and so the
    /// reader's first frame, never waits for it. Without a live load, the order is the paths'.
    @Test func aLargeFileIsReadAfterTheOthersInALiveLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "\"The pier is open again,\" Anna Holt said. "
        try Data(String(repeating: sentence, count: 1_100_000 / sentence.utf8.count + 1).utf8).write(to: folder.appendingPathComponent("000-large.txt"))
        for n in 1...3 { try Data("\"Number \(n) is in,\" Marcus Brenner said.".utf8).write(to: folder.appendingPathComponent("00\(n).txt")) }
        var first: [String]?
        let live = try CorpusLoader(store: nil).load([folder.path]) { step in
            if first == nil { first = step.loaded.articles.map { ($0.article.path as NSString).lastPathComponent } }
        }
        #expect(first == ["001.txt", "002.txt", "003.txt"])
        #expect(live.articles.map { ($0.article.path as NSString).lastPathComponent }.last == "000-large.txt")
        let listed = try CorpusLoader(store: nil).load([folder.path])
        #expect(listed.articles.first.map { ($0.article.path as NSString).lastPathComponent } == "000-large.txt")
    }
}
