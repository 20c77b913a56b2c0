import Foundation
import Testing
@testable import NewsKit

/// Analyses are kept per analyser (its version and word lists); another analyser's entries stay until
/// no one has used them for a long time.
@Suite struct StoreAnalyserTests {
    private static func folder(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-analyser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent("a.txt"))
        return url
    }

    /// Another build's entries (a reader of that build may be searching them right now) survive a load.
    @Test func anotherAnalysersRecentEntriesSurviveALoad() throws {
        let folder = try Self.folder("\"The pier stays open,\" Anna Holt said.")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store.inMemory()
        let theirs = try store.save([("another-build|x|1|abc", Analyzed.text("The old ferry sank."))])
        let result = try CorpusLoader(store: store).load([folder.path])
        #expect(result.problems.isEmpty)
        #expect(store.rows(matching: "old ferry") == theirs.values.map { $0 })
        #expect(try store.count() == 2)
    }

    /// Entries of an analyser the cache has no time for (an older Newsdesk's) get one now, and leave
    /// only once that analyser has not been used for the whole time.
    @Test func anAnalysersEntriesLeaveOnlyWhenItWasNotUsedForLong() throws {
        let store = try Store.inMemory()
        try store.save([("older|1", Analyzed.text("The old ferry sank.")), ("mine|1", Analyzed.text("The new pier."))])
        let weekAgo = Date(timeIntervalSinceNow: -7 * 24 * 3600)
        #expect(store.removeEntries(ofAnalysersUnusedSince: weekAgo, keeping: "mine") == nil)
        #expect(try store.count() == 2)
        try store.noteUse(ofAnalyser: "older", at: weekAgo.addingTimeInterval(-1))
        try store.noteUse(ofAnalyser: "mine", at: weekAgo.addingTimeInterval(-1))
        #expect(store.removeEntries(ofAnalysersUnusedSince: weekAgo, keeping: "mine") == nil)
        #expect(try store.analyserIdentities() == ["mine"])
        #expect(store.rows(matching: "ferry") == [])
    }

    /// A load notes its analyser's use, so another analyser's load a while later keeps its entries.
    @Test func aLoadNotesItsAnalysersUse() throws {
        let folder = try Self.folder("\"The pier stays open,\" Anna Holt said.")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try Store.inMemory()
        _ = try CorpusLoader(store: store).load([folder.path])
        #expect(store.removeEntries(ofAnalysersUnusedSince: Date(timeIntervalSinceNow: -60), keeping: "another") == nil)
        #expect(try store.analyserIdentities() == [CorpusLoader.analyserIdentity])
        #expect(store.removeEntries(ofAnalysersUnusedSince: Date(timeIntervalSinceNow: 60), keeping: "another") == nil)
        #expect(try store.count() == 0)
    }

    @Test func theAnalysersIdentityIsItsVersionAndWordLists() {
        #expect(CorpusLoader.analyserIdentity.hasPrefix(CorpusLoader.analyserVersion + "+"))
        #expect(CorpusLoader.lexiconDigest.count >= 16 && CorpusLoader.lexiconDigest != "no-lexicon")
        #expect(!CorpusLoader.analyserIdentity.contains("|"))
    }
}
