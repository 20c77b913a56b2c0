import Foundation
import GRDB
import Testing
@testable import NewsKit

@Suite struct StoreTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func anAnalysisComesBackAsItWasSaved() throws {
        let store = try Store.inMemory()
        let original = Analyzed.text("\"We will rebuild the pier,\" Mayor Anna Holt said on Monday.")
        try store.save([("k1", original)])
        #expect(store.analysis(forKey: "k1") == original)
        #expect(store.analysis(forKey: "k2") == nil)
        #expect(try store.count() == 1)
    }

    @Test func unchangedFilesComeFromTheCacheAndChangedOnesAreAnalysedAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.txt"), b = folder.appendingPathComponent("b.txt")
        try Data("\"The pier stays open,\" Anna Holt said.".utf8).write(to: a)
        try Data("\"The ferry is late,\" Marcus Brenner said.".utf8).write(to: b)
        let store = try Store.inMemory()
        let first = try CorpusLoader(store: store).load([folder.path])
        #expect((first.cached, first.analysed) == (0, 2))
        let second = try CorpusLoader(store: store).load([folder.path])
        #expect((second.cached, second.analysed) == (2, 0))
        #expect(second.articles.map(\.quotes) == first.articles.map(\.quotes))
        try Data("\"The pier closes,\" Anna Holt said.".utf8).write(to: a)
        let third = try CorpusLoader(store: store).load([folder.path])
        #expect((third.cached, third.analysed) == (1, 1))
        #expect(third.articles.first?.quotes.first?.text == "The pier closes,")
        // A deleted file is simply not loaded.
        try FileManager.default.removeItem(at: b)
        #expect(try CorpusLoader(store: store).load([folder.path]).articles.count == 1)
    }

    @Test func aCachedArticleTakesItsCurrentPath() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Data("\"The pier stays open,\" Anna Holt said.".utf8)
        try text.write(to: folder.appendingPathComponent("one.txt"))
        let store = try Store.inMemory()
        _ = try CorpusLoader(store: store).load([folder.path])
        try FileManager.default.moveItem(at: folder.appendingPathComponent("one.txt"), to: folder.appendingPathComponent("two.txt"))
        let moved = try CorpusLoader(store: store).load([folder.path])
        #expect(moved.cached == 1)
        #expect(moved.articles.first?.article.path.hasSuffix("two.txt") == true)
    }

    @Test func aCorruptCacheIsSetAsideAndRebuilt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        try Data("this is not a database, just some bytes that happen to be here".utf8).write(to: URL(fileURLWithPath: path))
        let (store, notice) = try Store.open(at: path)
        #expect(notice != nil)
        #expect(notice?.description.contains("moved to") == true)
        #expect(try store.count() == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("cache.sqlite.unusable-") })
    }

    /// An older newsdesk run beside a newer one leaves the newer one's cache alone (and goes without a
    /// cache this time), so two versions taking turns do not rebuild it each time.
    @Test func aCacheFromANewerVersionIsLeftAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Store.schema.migrator.migrate(queue)
            try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        }
        let error = try #require(throws: (any Error).self) { try Store.open(at: path) }
        #expect("\(error)".contains("newer Newsdesk"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains("unusable") })
        #expect(try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }.contains("v99: from the future"))
    }

    @Test func twoProcessesCanShareTheCache() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        let (first, _) = try Store.open(at: path)
        let (second, _) = try Store.open(at: path)
        try first.save([("k", Analyzed.text("\"Yes,\" Anna Holt said."))])
        #expect(second.analysis(forKey: "k") != nil)
        try second.save([("k2", Analyzed.text("\"No,\" Marcus Brenner said."))])
        #expect(try first.count() == 2)
    }

    @Test func keysDependOnContentOutletAndVersion() {
        let data = Data("text".utf8)
        #expect(CorpusLoader.key(data: data, folderOutlet: nil) == CorpusLoader.key(data: data, folderOutlet: nil))
        #expect(CorpusLoader.key(data: data, folderOutlet: nil) != CorpusLoader.key(data: Data("texT".utf8), folderOutlet: nil))
        #expect(CorpusLoader.key(data: data, folderOutlet: nil) != CorpusLoader.key(data: data, folderOutlet: "Baltic Wire"))
        #expect(CorpusLoader.key(data: data, folderOutlet: nil).hasPrefix(CorpusLoader.analyserVersion))
    }
}

@Suite struct UnchangedFilesTests {
    /// A file whose size and modification time have not changed is taken from the cache without being
    /// read: shown by changing its bytes behind the cache's back (same size, same time).
    @Test func anUnchangedFileIsNotReadAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data("\"The pier stays open,\" Anna Holt said.".utf8).write(to: file)
        // A whole second, so that setting it again gives exactly the same time.
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: file.path)
        let store = try Store.inMemory()
        _ = try CorpusLoader(store: store).load([folder.path])
        try Data("\"The pier stays shut,\" Anna Holt said.".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: file.path)
        let again = try CorpusLoader(store: store).load([folder.path])
        #expect(again.cached == 1)
        #expect(again.articles.first?.quotes.first?.text == "The pier stays open,")
        // Touching it (a new time) makes the loader read and analyse it.
        try FileManager.default.setAttributes([.modificationDate: stamp.addingTimeInterval(5)], ofItemAtPath: file.path)
        let touched = try CorpusLoader(store: store).load([folder.path])
        #expect(touched.analysed == 1)
        #expect(touched.articles.first?.quotes.first?.text == "The pier stays shut,")
    }
}

@Suite struct StoreSearchTests {
    /// The keys of the analyses the index finds for `query`; nil when it cannot answer.
    private static func keys(_ store: Store, matching query: String) -> Set<String>? {
        store.rows(matching: query).map(store.keys(ofRows:))
    }

    @Test func findsWordsAndWordBeginningsIgnoringCaseAndAccents() throws {
        let store = try Store.inMemory()
        try store.save([("pier", Analyzed.text("The pier at Saltmarsk reopened.")),
                        ("cafe", Analyzed.text("The Café by the harbour closed early.")),
                        ("both", Analyzed.text("A café on the pier."))])
        #expect(Self.keys(store, matching: "pier") == ["pier", "both"])
        #expect(Self.keys(store, matching: "PIER") == ["pier", "both"])
        #expect(Self.keys(store, matching: "cafe") == ["cafe", "both"])
        #expect(Self.keys(store, matching: "salt") == ["pier"])
        #expect(Self.keys(store, matching: "café on the pi") == ["both"])
        #expect(Self.keys(store, matching: "pier café") == ["both"]) // every word, anywhere
        #expect(Self.keys(store, matching: "almsk") == [])
        #expect(Self.keys(store, matching: "\"*)(") == nil) // no words: the caller reads everything
    }

    @Test func entriesOfAnAnalyserUnusedForLongLeaveWithTheirIndexEntries() throws {
        let store = try Store.inMemory()
        try store.save([("old|1", Analyzed.text("The old pier.")), ("new|1", Analyzed.text("The new pier."))])
        try store.noteUse(ofAnalyser: "old", at: Date(timeIntervalSinceNow: -3_600))
        #expect(store.removeEntries(ofAnalysersUnusedSince: Date(timeIntervalSinceNow: -60), keeping: "new") == nil)
        #expect(try store.count() == 1)
        #expect(Self.keys(store, matching: "pier") == ["new|1"])
        #expect(Self.keys(store, matching: "old") == [])
        // The index stays consistent: saving and searching go on.
        try store.save([("new|2", Analyzed.text("An old ferry."))])
        #expect(Self.keys(store, matching: "old") == ["new|2"])
    }
}
