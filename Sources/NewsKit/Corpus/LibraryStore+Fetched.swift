import Foundation
import GRDB

/// Fetched articles: each kept with the page or feed item it was made from, once (by GUID, URL and
/// content; one that comes again with new content replaces the old version), written a feed at a time in one transaction, so a fetch that is killed leaves the library
/// as it was or with whole articles only.
extension LibraryStore {
    /// An article as fetched, to keep.
    public struct FetchedArticle: Sendable {
        public var article: Article
        public var guid: String?
        public var url: String?
        /// The page as fetched, and its media type.
        public var page: Data?
        public var pageType: String?
        /// The feed item as fetched (JSON).
        public var item: String?

        public init(article: Article, guid: String?, url: String?, page: Data? = nil, pageType: String? = nil, item: String? = nil) {
            self.article = article
            self.guid = guid
            self.url = url
            self.page = page
            self.pageType = pageType
            self.item = item
        }

        /// The article's key in the library: its `path`.
        public var key: String { article.path }
    }

    /// What a fetch of one subscription brought, stored at once.
    public struct FetchOutcome: Sendable {
        public var articles: [FetchedArticle] = []
        /// The validators to send next time (nil keeps none).
        public var etag: String?
        public var lastModified: String?
        /// What the feed or page calls itself.
        public var title: String?
        public var itemCount: Int
        /// A problem worth telling although the fetch went through (malformed XML, a page not read).
        public var warning: String?

        public init(articles: [FetchedArticle] = [], etag: String? = nil, lastModified: String? = nil, title: String? = nil, itemCount: Int, warning: String? = nil) {
            self.articles = articles
            self.etag = etag
            self.lastModified = lastModified
            self.title = title
            self.itemCount = itemCount
            self.warning = warning
        }
    }

    /// What storing a fetch changed: the keys of the articles added, and of those kept before whose
    /// content has changed (the new version replaces the old; read state stays with the key).
    public struct Stored: Sendable, Equatable {
        public var added: [String] = []
        public var updated: [String] = []
    }

    /// Stores what a fetch of subscription `id` brought and its validators, in one transaction. An
    /// article already kept (the same key, GUID in this feed, or URL) is replaced when its text or
    /// feed item has changed, and left alone otherwise; one whose text another article already has is
    /// passed over.
    @discardableResult
    public func store(_ outcome: FetchOutcome, for id: Int64, at date: Date = Date()) throws -> Stored {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let rows = try outcome.articles.map { fetched -> (FetchedArticle, Data, String, String) in
            let json = try encoder.encode(fetched.article)
            return (fetched, json, CorpusLoader.digest(json), Self.contentDigest(of: fetched.article, json: json))
        }
        return try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM subscription WHERE id = ?", arguments: [id]) == 1 else { return Stored() }
            var stored = Stored()
            // Rows written by this fetch: a later item matching one of them is a duplicate, not a change.
            var written = Set<Int64>()
            for (fetched, json, articleDigest, contentDigest) in rows {
                if let kept = try Row.fetchOne(db, sql: """
                    SELECT id, key, contentDigest, item FROM fetchedArticle WHERE key = ? OR url = ? OR (subscription = ? AND guid = ?) LIMIT 1
                    """, arguments: [fetched.key, fetched.url, id, fetched.guid]) {
                    let keptID: Int64 = kept["id"], keptKey: String = kept["key"]
                    let keptDigest: String = kept["contentDigest"], keptItem: String? = kept["item"]
                    guard !written.contains(keptID), keptDigest != contentDigest || keptItem != fetched.item else { continue }
                    try db.execute(sql: """
                        UPDATE OR IGNORE fetchedArticle SET key = ?, guid = ?, url = ?, contentDigest = ?, article = ?, articleDigest = ?,
                        page = ?, pageType = ?, item = ?, fetchedAt = ? WHERE id = ?
                        """, arguments: [fetched.key, fetched.guid, fetched.url, contentDigest, json, articleDigest,
                                         fetched.page, fetched.pageType, fetched.item, date.timeIntervalSince1970, keptID])
                    guard db.changesCount > 0 else { continue }
                    written.insert(keptID)
                    if keptKey != fetched.key {
                        try db.execute(sql: "UPDATE OR REPLACE readArticle SET article = ? WHERE article = ?", arguments: [fetched.key, keptKey])
                    }
                    if keptDigest != contentDigest { stored.updated.append(fetched.key) }
                    continue
                }
                try db.execute(sql: """
                    INSERT OR IGNORE INTO fetchedArticle(key, subscription, guid, url, contentDigest, article, articleDigest, page, pageType, item, fetchedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [fetched.key, id, fetched.guid, fetched.url, contentDigest, json, articleDigest,
                                     fetched.page, fetched.pageType, fetched.item, date.timeIntervalSince1970])
                if db.changesCount > 0 {
                    stored.added.append(fetched.key)
                    written.insert(db.lastInsertedRowID)
                }
            }
            try db.execute(sql: """
                UPDATE subscription SET lastFetch = ?, lastError = ?, etag = ?, lastModified = ?, title = COALESCE(?, title), itemCount = ?
                WHERE id = ?
                """, arguments: [date.timeIntervalSince1970, outcome.warning, outcome.etag, outcome.lastModified, outcome.title, outcome.itemCount, id])
            return stored
        }
    }

    /// The feed item (JSON) kept with the article that has this key, GUID in subscription `id`, or URL:
    /// to tell an item that has changed since it was fetched from one that has not.
    public func storedItem(subscription id: Int64, guid: String?, url: String?, key: String) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT item FROM fetchedArticle WHERE key = ? OR url = ? OR (subscription = ? AND guid = ?) LIMIT 1",
                                arguments: [key, url, id, guid])
        }
    }

    /// The body's text (else the whole article): one article under two addresses is kept once.
    static func contentDigest(of article: Article, json: Data) -> String {
        let body = article.paragraphs.map(\.text).joined(separator: "\n")
        return body.isEmpty ? "article:" + CorpusLoader.digest(json) : CorpusLoader.digest(Data(body.utf8))
    }

    /// What is kept already, so that a fetch need not download it again.
    public struct Known: Sendable {
        /// GUIDs by subscription.
        public var guids: [Int64: Set<String>] = [:]
        public var urls: Set<String> = []
        public var keys: Set<String> = []

        public init() {}

        public func contains(subscription: Int64, guid: String?, url: String?, key: String) -> Bool {
            keys.contains(key) || url.map(urls.contains) == true || guid.map { guids[subscription]?.contains($0) == true } == true
        }
    }

    public func known() throws -> Known {
        try writer.read { db in
            var known = Known()
            let rows = try Row.fetchCursor(db, sql: "SELECT subscription, guid, url, key FROM fetchedArticle")
            while let row = try rows.next() {
                if let guid: String = row["guid"] { known.guids[row["subscription"], default: []].insert(guid) }
                if let url: String = row["url"] { known.urls.insert(url) }
                known.keys.insert(row["key"])
            }
            return known
        }
    }

    /// Every fetched article's key and the digest of its stored form (the cache key of its analysis),
    /// in key order; only `keys` when given.
    public func fetchedDigests(keys: [String]? = nil) throws -> [(key: String, digest: String)] {
        try writer.read { db in
            try Self.fetchedRows(db, column: "articleDigest", keys: keys).map { ($0["key"], $0["articleDigest"]) }
        }
    }

    /// The fetched articles with these keys (every one when nil), in key order.
    public func fetchedArticles(keys: [String]? = nil) throws -> [Article] {
        let decoder = JSONDecoder()
        return try writer.read { db in
            try Self.fetchedRows(db, column: "article", keys: keys).compactMap { try? decoder.decode(Article.self, from: $0["article"] as Data) }
        }
    }

    /// The key and `column` of the fetched articles with these keys (every one when nil), in key
    /// order: asked 500 keys at a time, within SQLite's limit on a statement's arguments.
    private static func fetchedRows(_ db: Database, column: String, keys: [String]?) throws -> [Row] {
        guard let keys else { return try Row.fetchAll(db, sql: "SELECT key, \(column) FROM fetchedArticle ORDER BY key") }
        return try keys.chunked(500).flatMap { chunk in
            try Row.fetchAll(db, sql: "SELECT key, \(column) FROM fetchedArticle WHERE key IN (\(databaseQuestionMarks(count: chunk.count)))",
                             arguments: StatementArguments(chunk))
        }.sorted { ($0["key"] as String) < ($1["key"] as String) }
    }

    /// Where a fetched article came from, as fetched.
    public struct Origin: Sendable {
        /// The subscription's address (a feed or a page), what it calls itself, and the outlet given to it.
        public var subscription: String
        public var subscriptionTitle: String?
        public var subscriptionOutlet: String?
        /// The validators the subscription's last answer gave (kept for the feed or page, not per item).
        public var etag: String?
        public var lastModified: String?
        public var guid: String?
        public var url: String?
        public var page: Data?
        public var pageType: String?
        public var item: String?
        public var fetchedAt: Date
    }

    public func origin(ofArticle key: String) throws -> Origin? {
        try writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT subscription.source, subscription.title, subscription.outlet, subscription.etag, subscription.lastModified,
                       fetchedArticle.guid, fetchedArticle.url, page, pageType, item, fetchedAt FROM fetchedArticle
                JOIN subscription ON subscription.id = fetchedArticle.subscription WHERE key = ?
                """, arguments: [key]).map {
                Origin(subscription: $0["source"], subscriptionTitle: $0["title"], subscriptionOutlet: $0["outlet"],
                       etag: $0["etag"], lastModified: $0["lastModified"], guid: $0["guid"], url: $0["url"],
                       page: $0["page"], pageType: $0["pageType"], item: $0["item"],
                       fetchedAt: Date(timeIntervalSince1970: $0["fetchedAt"]))
            }
        }
    }

    /// How many fetched articles are kept.
    public func fetchedCount() throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM fetchedArticle") ?? 0 }
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}
