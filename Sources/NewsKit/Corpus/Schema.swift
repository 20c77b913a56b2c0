import Foundation
import GRDB

/// A versioned SQLite schema, for the cache and the library alike: migrations applied in order, each
/// once, recorded in GRDB's `grdb_migrations` table. Add migrations; never change one that has shipped.
struct Schema: Sendable {
    typealias Migration = (identifier: String, migrate: @Sendable (Database) throws -> Void)

    let migrations: [Migration]

    /// The same migrations as GRDB's migrator knows them (to ask what has been applied).
    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, migrate) in migrations { migrator.registerMigration(identifier, migrate: migrate) }
        return migrator
    }

    /// Whether the database has migrations this build does not know (a newer Newsdesk made it), and
    /// whether it has every one this build knows: read without writing, so that a database another
    /// process is writing to opens without waiting.
    func state(of writer: any DatabaseWriter) throws -> (superseded: Bool, migrated: Bool) {
        let migrator = migrator
        return try writer.read { db in (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db)) }
    }

    /// Brings the schema up to date in one immediate transaction: the first process to start it
    /// migrates, the others wait for the lock (the busy timeout) and then find nothing left to do.
    /// GRDB's own migrator reads what was applied before it takes the lock, so two processes creating
    /// a database at once would both create its tables. Returns false, changing nothing, when the
    /// database has migrations this build does not know (a newer Newsdesk made it).
    func migrate(_ writer: any DatabaseWriter) throws -> Bool {
        try writer.writeWithoutTransaction { db in
            var known = true
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                guard applied.isSubset(of: migrations.map(\.identifier)) else {
                    known = false
                    return .rollback
                }
                for (identifier, migrate) in migrations where !applied.contains(identifier) {
                    try migrate(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES (?)", arguments: [identifier])
                }
                return .commit
            }
            return known
        }
    }

    /// Runs `open` again while another process holds the database busy (creating it, switching it to
    /// WAL, migrating it: SQLite does not always wait on its own), for up to `seconds`.
    static func retryingWhileBusy<T>(for seconds: Double, _ open: () throws -> T) throws -> T {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while true {
            do {
                return try open()
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline {
                usleep(UInt32.random(in: 5_000...25_000))
            }
        }
    }
}
