import Foundation
import GRDB

/// Subscriptions: the feeds, pages, files and folders the library follows.
extension LibraryStore {
    /// Migration v2: subscriptions and the articles fetched for them (see `LibraryStore+Fetched`).
    @Sendable static func migrateSubscriptions(_ db: Database) throws {
        try db.create(table: "subscription") { table in
            table.autoIncrementedPrimaryKey("id")
            // A URL (http, https), or the absolute path of a file or folder.
            table.column("source", .text).notNull().unique()
            table.column("kind", .text).notNull()
            // --outlet; nil: what the feed or page calls itself.
            table.column("outlet", .text)
            // What the feed or page called itself at the last fetch.
            table.column("title", .text)
            table.column("tags", .text).notNull().defaults(to: "[]")
            table.column("addedAt", .double).notNull()
            table.column("lastFetch", .double)
            table.column("etag", .text)
            table.column("lastModified", .text)
            table.column("itemCount", .integer).notNull().defaults(to: 0)
            table.column("lastError", .text)
        }
        try db.create(table: "fetchedArticle") { table in
            table.autoIncrementedPrimaryKey("id")
            // The article's key (its `path`): its URL, else the feed's URL and the item's GUID.
            table.column("key", .text).notNull().unique()
            table.column("subscription", .integer).notNull().references("subscription", onDelete: .cascade)
            table.column("guid", .text)
            table.column("url", .text)
            // Of the article's text, for finding one article under two URLs or GUIDs.
            table.column("contentDigest", .text).notNull().unique()
            // The article as extracted (JSON), and a digest of that JSON (the cache key of its analysis).
            table.column("article", .blob).notNull()
            table.column("articleDigest", .text).notNull()
            // What it was made from, as fetched: the page (with its media type) and/or the feed item (JSON).
            table.column("page", .blob)
            table.column("pageType", .text)
            table.column("item", .text)
            table.column("fetchedAt", .double).notNull()
            table.uniqueKey(["subscription", "guid"])
        }
        try db.create(index: "fetchedArticle_url", on: "fetchedArticle", columns: ["url"], unique: true, condition: Column("url") != nil)
        try db.create(index: "fetchedArticle_subscription", on: "fetchedArticle", columns: ["subscription"])
    }

    /// Something the library follows.
    public struct Subscription: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable, Codable {
            /// An http(s) URL: a feed or a page.
            case url
            /// A file or a folder of files, read from disk like a path named on the command line.
            case file, folder
        }

        public var id: Int64
        public var source: String
        public var kind: Kind
        public var outlet: String?
        public var title: String?
        public var tags: [String]
        public var addedAt: Date
        public var lastFetch: Date?
        public var etag: String?
        public var lastModified: String?
        /// Items in the feed at the last fetch (a page counts one, a folder its article files).
        public var itemCount: Int
        /// Articles kept in the library for it.
        public var articleCount: Int
        public var lastError: String?

        /// What to call it: `--outlet`, else what it calls itself, else its address.
        public var displayName: String { outlet ?? title ?? source }

        init(row: Row) {
            id = row["id"]
            source = row["source"]
            kind = Kind(rawValue: row["kind"]) ?? .url
            outlet = row["outlet"]
            title = row["title"]
            tags = (try? JSONDecoder().decode([String].self, from: Data((row["tags"] as String? ?? "[]").utf8))) ?? []
            addedAt = Date(timeIntervalSince1970: row["addedAt"])
            lastFetch = (row["lastFetch"] as Double?).map { Date(timeIntervalSince1970: $0) }
            etag = row["etag"]
            lastModified = row["lastModified"]
            itemCount = row["itemCount"]
            articleCount = row["articles"] ?? 0
            lastError = row["lastError"]
        }
    }

    static func encodeTags(_ tags: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(tags)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static let selectSubscriptions = """
        SELECT subscription.*, (SELECT COUNT(*) FROM fetchedArticle WHERE fetchedArticle.subscription = subscription.id) AS articles
        FROM subscription
        """

    /// Every subscription, in the order they were added.
    public func subscriptions() throws -> [Subscription] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.selectSubscriptions + " ORDER BY id").map(Subscription.init(row:))
        }
    }

    public func subscription(source: String) throws -> Subscription? {
        try writer.read { db in
            try Row.fetchOne(db, sql: Self.selectSubscriptions + " WHERE source = ?", arguments: [source]).map(Subscription.init(row:))
        }
    }

    /// Follows `source`; when it is followed already, its outlet and tags are replaced by those given
    /// (an outlet of nil keeps the one it had). Returns it, and whether it is new.
    @discardableResult
    public func subscribe(_ source: String, kind: Subscription.Kind, outlet: String? = nil, tags: [String] = []) throws -> (Subscription, isNew: Bool) {
        try writer.write { db in
            let existing = try Row.fetchOne(db, sql: "SELECT id FROM subscription WHERE source = ?", arguments: [source])
            if existing != nil {
                try db.execute(sql: "UPDATE subscription SET kind = ?, outlet = COALESCE(?, outlet), tags = ? WHERE source = ?",
                               arguments: [kind.rawValue, outlet, Self.encodeTags(tags), source])
            } else {
                try db.execute(sql: "INSERT INTO subscription(source, kind, outlet, tags, addedAt) VALUES (?, ?, ?, ?, ?)",
                               arguments: [source, kind.rawValue, outlet, Self.encodeTags(tags), Date().timeIntervalSince1970])
            }
            let row = try Row.fetchOne(db, sql: Self.selectSubscriptions + " WHERE source = ?", arguments: [source])!
            return (Subscription(row: row), existing == nil)
        }
    }

    /// Stops following `source` and forgets the articles fetched for it. False when it was not followed.
    @discardableResult
    public func unsubscribe(_ source: String) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM fetchedArticle WHERE subscription IN (SELECT id FROM subscription WHERE source = ?)", arguments: [source])
            try db.execute(sql: "DELETE FROM subscription WHERE source = ?", arguments: [source])
            return db.changesCount > 0
        }
    }

    /// Notes a fetch of a subscription that brought no articles: unchanged, failed, or a local one counted.
    public func noteFetch(of id: Int64, at date: Date = Date(), error: String?, itemCount: Int? = nil) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE subscription SET lastFetch = ?, lastError = ?, itemCount = COALESCE(?, itemCount) WHERE id = ?",
                           arguments: [date.timeIntervalSince1970, error, itemCount, id])
        }
    }
}

extension LibraryStore {
    /// Sets (or clears) the outlet of a subscription.
    public func setOutlet(_ outlet: String?, of source: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE subscription SET outlet = ? WHERE source = ?", arguments: [outlet, source])
        }
    }
}
