import Foundation
import GRDB

/// The library: what the user would miss if it were lost, unlike the cache (`Store`), which can be
/// computed again. It lives in `$XDG_DATA_HOME/newsdesk/library.sqlite` and holds read state (and, as
/// they come, subscriptions, fetched articles and corrections), each in tables of its own added by
/// migrations. It is never set aside or rebuilt: when it cannot be used, opening it throws and says
/// why, and the file is left as it is. Safe when two processes open it at once (see `Schema`).
public final class LibraryStore: Sendable {
    let writer: any DatabaseWriter
    /// Where the library lives; nil in memory.
    public let path: String?

    /// Why the library could not be opened; the file is left untouched.
    public struct Unusable: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "the library \(UserFolder.displayPath(path)) cannot be used (\(reason)); it was left as it is" }
    }

    /// The library at `path`, created with its folder if missing.
    public static func open(at path: String, busyTimeout: Double = 5) throws -> LibraryStore {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            return try Schema.retryingWhileBusy(for: busyTimeout) {
                try LibraryStore(writer: DatabasePool(path: path, configuration: configuration), path: path)
            }
        } catch let error as Unusable {
            throw error
        } catch let error as DatabaseError {
            throw Unusable(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw Unusable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// A library in memory, for tests.
    public static func inMemory() throws -> LibraryStore {
        try LibraryStore(writer: DatabaseQueue(), path: nil)
    }

    private init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        let (superseded, migrated) = try Self.schema.state(of: writer)
        let current = try superseded ? false : migrated || Self.schema.migrate(writer)
        if !current {
            throw Unusable(path: path ?? ":memory:", reason: "it was made by a newer Newsdesk")
        }
    }

    /// The default place: `$XDG_DATA_HOME/newsdesk/library.sqlite`, else `~/.local/share/newsdesk/library.sqlite`.
    public static var defaultPath: String { UserFolder.data.path("library.sqlite") }

    /// The versioned schema. Add migrations; never change one that has shipped.
    static let schema: Schema = {
        var migrations: [Schema.Migration] = []
        migrations.append(("v1: articles read", { db in
            // An article is known by its key in the library: a file's path, a feed item's or a page's URL.
            try db.create(table: "readArticle") { table in
                table.primaryKey("article", .text)
                table.column("readAt", .double).notNull()
            }
        }))
        migrations.append(("v2: subscriptions and fetched articles", migrateSubscriptions))
        migrations.append(("v3: corrections", migrateCorrections))
        return Schema(migrations: migrations)
    }()

    // MARK: Read state

    /// Marks articles read (or unread again).
    public func setRead(_ read: Bool, articles: [String]) throws {
        try writer.write { db in
            for article in articles {
                if read {
                    try db.execute(sql: "INSERT OR REPLACE INTO readArticle(article, readAt) VALUES (?, ?)",
                                   arguments: [article, Date().timeIntervalSince1970])
                } else {
                    try db.execute(sql: "DELETE FROM readArticle WHERE article = ?", arguments: [article])
                }
            }
        }
    }

    /// Every article marked read.
    public func readArticles() throws -> Set<String> {
        Set(try writer.read { try String.fetchAll($0, sql: "SELECT article FROM readArticle") })
    }
}
