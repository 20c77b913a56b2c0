import Foundation
import GRDB

/// Corrections of quotes (`Correction`), kept in the library: the reader's own work, never thrown away.
///
/// Each quote keeps the corrections made to it in order; the latest is the one in force. Undo removes
/// the latest, so the one before it (if any) applies again, and the analysis when there was none.
extension LibraryStore {
    /// Migration v3: the corrections table.
    @Sendable static func migrateCorrections(_ db: Database) throws {
        try db.create(table: "correction") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("quote", .text).notNull()
            // `speaker`, `no-speaker` or `not-a-quote`.
            table.column("verdict", .text).notNull()
            // For `speaker`: the name chosen and the person's ID at the time.
            table.column("personName", .text)
            table.column("personId", .text)
            table.column("text", .text).notNull()
            table.column("article", .text).notNull()
            table.column("madeAt", .double).notNull()
        }
        try db.create(index: "correction_quote", on: "correction", columns: ["quote"])
    }

    /// What an import did.
    public struct CorrectionImport: Equatable, Sendable {
        /// For quotes without a correction; in place of a different one; the same as the one in force.
        public var added = 0, replaced = 0, unchanged = 0
    }

    /// The corrections in force: the latest of each quote, oldest first.
    public func corrections() throws -> [Correction] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM correction WHERE id IN (SELECT MAX(id) FROM correction GROUP BY quote) ORDER BY id
                """).compactMap(Self.correction(from:))
        }
    }

    /// The correction in force for a quote.
    public func correction(of quote: QuoteID) throws -> Correction? {
        try writer.read { try Self.current(of: quote, in: $0) }
    }

    /// Puts `correction` in force for its quote; the one it replaces comes back on undo. The same
    /// verdict as the one in force changes nothing. Returns whether anything changed.
    @discardableResult
    public func record(_ correction: Correction) throws -> Bool {
        try writer.write { try Self.record(correction, in: $0) }
    }

    /// Undoes the latest correction of a quote: the one before it applies again, if there was one.
    /// Returns what was undone and what is now in force; nil when the quote has no correction.
    public func undoCorrection(of quote: QuoteID) throws -> (undone: Correction, restored: Correction?)? {
        try writer.write { db in
            guard let latest = try Row.fetchOne(db, sql: "SELECT * FROM correction WHERE quote = ? ORDER BY id DESC LIMIT 1",
                                                arguments: [quote.rawValue]),
                  let undone = Self.correction(from: latest) else { return nil }
            try db.execute(sql: "DELETE FROM correction WHERE id = ?", arguments: [latest["id"] as Int64])
            return (undone, try Self.current(of: quote, in: db))
        }
    }

    /// Merges corrections made elsewhere, in one transaction: each is put in force for its quote
    /// (the one it replaces comes back on undo) unless the same verdict is in force already.
    public func importCorrections(_ corrections: [Correction]) throws -> CorrectionImport {
        try writer.write { db in
            var result = CorrectionImport()
            for correction in corrections {
                let existed = try Self.current(of: correction.quote, in: db) != nil
                if try Self.record(correction, in: db) {
                    if existed { result.replaced += 1 } else { result.added += 1 }
                } else {
                    result.unchanged += 1
                }
            }
            return result
        }
    }

    private static func record(_ correction: Correction, in db: Database) throws -> Bool {
        if try current(of: correction.quote, in: db)?.verdict == correction.verdict { return false }
        let (verdict, name, id): (String, String?, String?) = switch correction.verdict {
        case .speaker(let name, let id): ("speaker", name, id.rawValue)
        case .noSpeaker: ("no-speaker", nil, nil)
        case .notAQuote: ("not-a-quote", nil, nil)
        }
        try db.execute(sql: """
            INSERT INTO correction(quote, verdict, personName, personId, text, article, madeAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [correction.quote.rawValue, verdict, name, id, correction.text, correction.article,
                             correction.madeAt.timeIntervalSince1970])
        return true
    }

    private static func current(of quote: QuoteID, in db: Database) throws -> Correction? {
        try Row.fetchOne(db, sql: "SELECT * FROM correction WHERE quote = ? ORDER BY id DESC LIMIT 1", arguments: [quote.rawValue])
            .flatMap(correction(from:))
    }

    /// A row as a correction; nil for a verdict this build does not know.
    private static func correction(from row: Row) -> Correction? {
        let verdict: Correction.Verdict
        switch row["verdict"] as String {
        case "speaker":
            guard let name = row["personName"] as String?, let id = row["personId"] as String? else { return nil }
            verdict = .speaker(name: name, id: PersonID(rawValue: id))
        case "no-speaker": verdict = .noSpeaker
        case "not-a-quote": verdict = .notAQuote
        default: return nil
        }
        return Correction(quote: QuoteID(rawValue: row["quote"]), verdict: verdict, text: row["text"], article: row["article"],
                          madeAt: Date(timeIntervalSince1970: row["madeAt"]))
    }
}
