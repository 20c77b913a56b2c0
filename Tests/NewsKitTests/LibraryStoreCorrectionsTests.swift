import Foundation
import GRDB
import Testing
@testable import NewsKit

/// Corrections in the library: kept across openings, undone one at a time, merged on import, and
/// added to a library made before they existed.
@Suite struct LibraryStoreCorrectionsTests {
    static let when = Date(timeIntervalSince1970: 1_780_000_000)

    static func correction(_ quote: String, _ verdict: Correction.Verdict) -> Correction {
        Correction(quote: QuoteID(rawValue: quote), verdict: verdict, text: "The silt has to go somewhere.", article: "dredging.txt", madeAt: when)
    }

    static let orla = Correction.Verdict.speaker(name: "Orla Brennick", id: PersonID(rawValue: "p0123456789ab"))

    @Test func correctionsAreKeptAcrossOpenings() throws {
        let path = LibraryStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let made = [Self.correction("q1", Self.orla), Self.correction("q2", .noSpeaker), Self.correction("q3", .notAQuote)]
        let library = try LibraryStore.open(at: path)
        for correction in made { #expect(try library.record(correction)) }
        #expect(try LibraryStore.open(at: path).corrections() == made)
        #expect(try LibraryStore.open(at: path).correction(of: QuoteID(rawValue: "q2")) == made[1])
        #expect(try LibraryStore.open(at: path).correction(of: QuoteID(rawValue: "q4")) == nil)
    }

    @Test func undoRestoresTheCorrectionBefore() throws {
        let library = try LibraryStore.inMemory()
        let first = Self.correction("q1", .noSpeaker), second = Self.correction("q1", Self.orla)
        try library.record(first)
        try library.record(second)
        #expect(try library.corrections() == [second])
        let undone = try #require(try library.undoCorrection(of: QuoteID(rawValue: "q1")))
        #expect(undone.undone == second && undone.restored == first)
        #expect(try library.corrections() == [first])
        let last = try #require(try library.undoCorrection(of: QuoteID(rawValue: "q1")))
        #expect(last.undone == first && last.restored == nil)
        #expect(try library.corrections().isEmpty)
        #expect(try library.undoCorrection(of: QuoteID(rawValue: "q1")) == nil)
    }

    @Test func theSameVerdictAgainChangesNothing() throws {
        let library = try LibraryStore.inMemory()
        #expect(try library.record(Self.correction("q1", Self.orla)))
        #expect(try !library.record(Self.correction("q1", Self.orla)))
        _ = try library.undoCorrection(of: QuoteID(rawValue: "q1"))
        #expect(try library.corrections().isEmpty)
    }

    @Test func anImportMergesAndCounts() throws {
        let library = try LibraryStore.inMemory()
        try library.record(Self.correction("q1", .noSpeaker))
        try library.record(Self.correction("q2", .notAQuote))
        let result = try library.importCorrections([
            Self.correction("q1", Self.orla), Self.correction("q2", .notAQuote), Self.correction("q3", .noSpeaker),
        ])
        #expect(result == LibraryStore.CorrectionImport(added: 1, replaced: 1, unchanged: 1))
        #expect(try library.corrections().map(\.verdict) == [.notAQuote, Self.orla, .noSpeaker])
        // The replaced correction comes back on undo.
        #expect(try library.undoCorrection(of: QuoteID(rawValue: "q1"))?.restored?.verdict == .noSpeaker)
    }

    /// A library made before corrections existed (read state and subscriptions only) opens, keeps what
    /// it had, and takes corrections.
    @Test func aLibraryWithoutCorrectionsIsMigrated() throws {
        let path = LibraryStoreTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let older = LibraryStore.schema.migrations.filter { !$0.identifier.contains("corrections") }
        #expect(older.count == LibraryStore.schema.migrations.count - 1)
        let queue = try DatabaseQueue(path: path)
        #expect(try Schema(migrations: older).migrate(queue))
        try queue.write { try $0.execute(sql: "INSERT INTO readArticle(article, readAt) VALUES ('a.txt', 1)") }
        #expect(try queue.read { try $0.tableExists("correction") } == false)
        try queue.close()

        let library = try LibraryStore.open(at: path)
        #expect(try library.readArticles() == ["a.txt"])
        #expect(try library.corrections().isEmpty)
        try library.record(Self.correction("q1", Self.orla))
        #expect(try LibraryStore.open(at: path).corrections().map(\.verdict) == [Self.orla])
    }
}
