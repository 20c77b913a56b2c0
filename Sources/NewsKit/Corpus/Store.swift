import Foundation
import GRDB

/// The cache of analysed articles in SQLite: the only code that touches the database.
///
/// An entry is keyed by the file's content (and its folder's outlet) and the analyser's identity (its
/// version and word lists), so a file that has not changed is never analysed again, a changed file is,
/// and a rule change invalidates everything; another analyser's entries stay while it is in use. WAL
/// mode lets several readers share the cache. A cache that cannot be opened (corrupt, from a newer
/// Newsdesk) is set aside and a new one started; so is one found damaged inside.
public final class Store: Sendable {
    /// Something the user should hear about the cache; loading goes on without it or with a new one.
    public struct Notice: CustomStringConvertible, Sendable {
        public var description: String
    }

    private let writer: any DatabaseWriter
    /// Where the cache lives; nil in memory.
    public let path: String?

    /// The cache at `path` (created with its folder if missing). `notice` is set when an unusable cache
    /// (not a database, truncated, damaged inside, from a newer Newsdesk) was set aside and a new one
    /// started; of the caches set aside, only that newest one is kept. Several processes may open a
    /// cache that does not exist yet at once: one creates it, the others wait and use it. Throws
    /// when there can be no cache this time: the place cannot be written, or another process holds
    /// the cache locked for longer than `busyTimeout` seconds.
    public static func open(at path: String) throws -> (store: Store, notice: Notice?) {
        try open(at: path, busyTimeout: 5)
    }

    /// `maxPageCount` caps the file's size, to test a full disk.
    static func open(at path: String, busyTimeout: Double, maxPageCount: Int? = nil) throws -> (store: Store, notice: Notice?) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        if let maxPageCount {
            // Read-only connections refuse the pragma; they cannot grow the file anyway.
            configuration.prepareDatabase { db in try? db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            return (try opening(path, configuration, busyTimeout: busyTimeout), nil)
        } catch where isUnusable(error) {
            // Set aside under a lock of its own, and only if it is still unusable once that is held:
            // two processes that found the same damage must not set aside each other's new cache.
            return try withSetAsideLock(path, timeout: busyTimeout) {
                do {
                    return (try opening(path, configuration, busyTimeout: busyTimeout), nil)
                } catch where isUnusable(error) {
                    let aside = path + ".unusable-\(Int(Date().timeIntervalSince1970))"
                    try? FileManager.default.removeItem(atPath: aside)
                    try FileManager.default.moveItem(atPath: path, toPath: aside)
                    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                    try? FileManager.default.removeItem(atPath: damageMark(path))
                    let older = removeOlderCopies(of: path, keeping: aside)
                    let store = try opening(path, configuration, busyTimeout: busyTimeout)
                    let removed = older == 0 ? "" : " (the \(older) older \(older == 1 ? "copy" : "copies") set aside before \(older == 1 ? "was" : "were") removed: only the newest is kept)"
                    return (store, Notice(description: "the cache \(UserFolder.displayPath(path)) could not be used (\(Self.reason(error))); it was moved to \(UserFolder.displayPath(aside))\(removed) and a new one started"))
                }
            }
        }
    }

    /// Removes the caches set aside before beside `path`, all but `newest`; returns how many.
    private static func removeOlderCopies(of path: String, keeping newest: String) -> Int {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".unusable-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0 != (newest as NSString).lastPathComponent }.count { name in
            (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))) != nil
        }
    }

    /// Whether an error opening the cache says the file itself cannot be used (not a database,
    /// damaged, cut short, from a newer Newsdesk), rather than that it cannot be used now (busy,
    /// locked, out of reach or out of room: left alone for next time).
    static func isUnusable(_ error: Error) -> Bool {
        if let error = error as? StoreError {
            switch error {
            // A newer Newsdesk's cache is whole: left for it (this run goes without a cache).
            case .lock, .newerVersion: return false
            case .truncated, .damaged: return true
            }
        }
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode)
    }

    /// Opens the cache, trying again while another process holds it busy (creating it, switching it
    /// to WAL, migrating it: SQLite does not always wait on its own) for up to `busyTimeout` seconds.
    private static func opening(_ path: String, _ configuration: Configuration, busyTimeout: Double) throws -> Store {
        try Schema.retryingWhileBusy(for: busyTimeout) { try Store(writer: DatabasePool(path: path, configuration: configuration), path: path) }
    }

    /// Runs `body` holding an exclusive lock on `path.lock` (created once, never removed, so that
    /// everyone locks the same file), waiting up to `timeout` seconds for it.
    private static func withSetAsideLock<T>(_ path: String, timeout: Double, _ body: () throws -> T) throws -> T {
        let descriptor = Foundation.open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError.lock(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                throw StoreError.lock(errno == EWOULDBLOCK ? "another process is setting it aside" : String(cString: strerror(errno)))
            }
            usleep(10_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// A cache in memory, for tests.
    public static func inMemory() throws -> Store {
        try Store(writer: DatabaseQueue(), path: nil)
    }

    private init(writer: any DatabaseWriter, path: String?) throws {
        self.writer = writer
        self.path = path
        // Reads first, so that a cache another process is writing to opens without waiting. A file
        // cut short is found here; damage inside is found below.
        let (superseded, migrated) = try Self.schema.state(of: writer)
        if let path, Self.isCutShort(path) { throw StoreError.truncated }
        if superseded { throw StoreError.newerVersion }
        if !migrated, try !Self.schema.migrate(writer) { throw StoreError.newerVersion }
        guard let path else { return }
        // A table gone is seen at once. Damage to a page is seen only when it is read or written;
        // then a mark is left beside the cache (`noteDamage`), and the next start checks the whole
        // file (`quick_check`) and sets it aside if the damage is real.
        let tables = Set(try writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") })
        if let missing = Self.tables.first(where: { !tables.contains($0) }) { throw StoreError.damaged("its table \(missing) is missing") }
        if FileManager.default.fileExists(atPath: Self.damageMark(path)) {
            let check = try writer.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
            guard check == ["ok"] else { throw StoreError.damaged(check.first ?? "it failed a check") }
            try? FileManager.default.removeItem(atPath: Self.damageMark(path))
        }
    }

    /// The tables every migrated cache has.
    static let tables = ["grdb_migrations", "analysis", "file", "articleText", "analyser"]

    /// The file whose presence says that damage was seen in the cache at `path`.
    static func damageMark(_ path: String) -> String { path + ".damaged" }

    /// Whether an error says the cache's file is damaged: a page that is not what SQLite wrote, or a
    /// table gone.
    static func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
            || error.resultCode == .SQLITE_ERROR && (error.message ?? "").hasPrefix("no such table")
    }

    /// Leaves the mark of damage beside the cache when `error` says it is damaged, so that the next
    /// start checks it and sets it aside. Not at once: other processes may have it open.
    private func noteDamage(_ error: Error) {
        guard let path, Self.isDamage(error) else { return }
        _ = FileManager.default.createFile(atPath: Self.damageMark(path), contents: Data())
    }

    /// Reads from the cache, noting damage.
    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch { noteDamage(error); throw error }
    }

    /// Writes to the cache in a transaction, noting damage.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch { noteDamage(error); throw error }
    }

    /// Whether the file is shorter than its header says it is. Only when nothing waits in the
    /// write-ahead log, and the header's size is current (its change counter matches).
    static func isCutShort(_ path: String) -> Bool {
        let files = FileManager.default
        if let wal = try? files.attributesOfItem(atPath: path + "-wal")[.size] as? Int, wal > 0 { return false }
        guard let size = try? files.attributesOfItem(atPath: path)[.size] as? Int, size >= 100,
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return false }
        func number(at offset: Int, bytes: Int) -> Int {
            header[offset..<(offset + bytes)].reduce(0) { $0 << 8 | Int($1) }
        }
        let pageSize = number(at: 16, bytes: 2) == 1 ? 65_536 : number(at: 16, bytes: 2)
        guard number(at: 24, bytes: 4) == number(at: 92, bytes: 4) else { return false }
        return number(at: 28, bytes: 4) * pageSize > size
    }

    enum StoreError: Error, CustomStringConvertible {
        case newerVersion, truncated
        /// Damage inside: a table gone, or a page that fails the check.
        case damaged(String)
        /// The lock taken to set a cache aside could not be had: not a fault of the cache.
        case lock(String)
        var description: String {
            switch self {
            case .newerVersion: "made by a newer Newsdesk"
            case .truncated: "the file was cut short"
            case .damaged(let what): "it is damaged: \(what)"
            case .lock(let reason): "could not lock it to set it aside (\(reason))"
            }
        }
    }

    /// The versioned schema. Add migrations; never change one that has shipped.
    static let schema: Schema = {
        var migrations: [Schema.Migration] = []
        migrations.append(("v1: analysed articles by content", { db in
            try db.create(table: "analysis") { table in
                table.primaryKey("key", .text)
                table.column("analyzed", .blob).notNull()
                table.column("savedAt", .double).notNull()
            }
        }))
        migrations.append(("v2: files seen, so that unchanged ones are not read again", { db in
            try db.create(table: "file") { table in
                table.primaryKey("path", .text)
                table.column("size", .integer).notNull()
                table.column("modified", .integer).notNull()
                table.column("key", .text).notNull()
            }
        }))
        migrations.append(("v3: full-text index of each analysed article", { db in
            // Contentless: the text is already in each analysis, the index only points at its row.
            try db.execute(sql: "CREATE VIRTUAL TABLE articleText USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2')")
            // Every analysis must be in the index (a contentless index cannot drop what it never had);
            // older builds' analyses are never read again anyway.
            try db.execute(sql: "DELETE FROM analysis")
            try db.execute(sql: "DELETE FROM file")
        }))
        migrations.append(("v4: what reading an article's file warned of", { db in
            try db.alter(table: "analysis") { $0.add(column: "warning", .text) }
        }))
        migrations.append(("v5: when each analyser was last used", { db in
            try db.create(table: "analyser") { table in
                table.primaryKey("identity", .text)
                table.column("lastUsed", .double).notNull()
            }
        }))
        return Schema(migrations: migrations)
    }()

    /// What the cache knows of a file: its size and modification time when its key was computed.
    public struct FileRecord: Sendable, Equatable {
        public var stamp: ArticleLoader.Stamp
        public var key: String
    }

    /// The records of many files at once.
    public func files(_ paths: [String]) -> [String: FileRecord] {
        var found: [String: FileRecord] = [:]
        forEachRow("SELECT path, size, modified, key FROM file WHERE path", in: paths) { row in
            found[row["path"]] = FileRecord(stamp: ArticleLoader.Stamp(size: row["size"], modified: row["modified"]), key: row["key"])
        }
        return found
    }

    /// Saves file records in one transaction.
    public func saveFiles(_ records: [(path: String, record: FileRecord)]) throws {
        guard !records.isEmpty else { return }
        try write { db in
            for (path, record) in records {
                try db.execute(sql: "INSERT OR REPLACE INTO file(path, size, modified, key) VALUES (?, ?, ?, ?)",
                               arguments: [path, record.stamp.size, record.stamp.modified, record.key])
            }
        }
    }

    /// The cached analysis for a key, or nil (also when the entry cannot be read back).
    func analysis(forKey key: String) -> AnalyzedArticle? {
        guard let data = try? read({ db in
            try Data.fetchOne(db, sql: "SELECT analyzed FROM analysis WHERE key = ?", arguments: [key])
        }) else { return nil }
        return try? AnalysisCodec.decode(data)
    }

    /// A cached analysis, undecoded: its row in the search index, and what reading its file warned of.
    public struct Entry: Sendable {
        public var row: Int64
        public var data: Data
        public var warning: String?
    }

    /// The cached analyses of many keys at once (one read transaction).
    public func analyses(forKeys keys: [String]) -> [String: Entry] {
        var found: [String: Entry] = [:]
        forEachRow("SELECT rowid, key, analyzed, warning FROM analysis WHERE key", in: keys) {
            found[$0["key"]] = Entry(row: $0["rowid"], data: $0["analyzed"], warning: $0["warning"])
        }
        return found
    }

    /// Runs `select … WHERE column` `IN (values)` in chunks (SQLite limits the parameters of one
    /// statement), in one read transaction.
    private func forEachRow(_ select: String, in values: [some DatabaseValueConvertible], _ body: (Row) -> Void) {
        try? read { db in
            for chunk in stride(from: 0, to: values.count, by: 500).map({ values[$0..<min(values.count, $0 + 500)] }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: "\(select) IN (\(marks))", arguments: StatementArguments(Array(chunk).map { $0 as any DatabaseValueConvertible }))
                while let row = try rows.next() { body(row) }
            }
        }
    }

    /// Decodes a cached entry; nil when it cannot be read back (it is then analysed again).
    static func decode(_ data: Data) -> AnalyzedArticle? {
        try? AnalysisCodec.decode(data)
    }

    /// Saves analyses, and indexes their text for search, in one transaction; returns each key's row
    /// in the search index.
    @discardableResult
    /// `warnings`: what reading a file warned of (an encoding guessed), by key, told again when the
    /// analysis is read back.
    public func save(_ entries: [(key: String, analyzed: AnalyzedArticle)], warnings: [String: String] = [:]) throws -> [String: Int64] {
        guard !entries.isEmpty else { return [:] }
        let rows = entries.map { ($0.key, AnalysisCodec.encode($0.analyzed), Self.searchableText(of: $0.analyzed)) }
        let now = Date().timeIntervalSince1970
        return try write { db in
            var saved: [String: Int64] = [:]
            for (key, data, text) in rows {
                // A replaced row leaves its old index entry behind, pointing at no row: searches ignore it.
                try db.execute(sql: "INSERT OR REPLACE INTO analysis(key, analyzed, savedAt, warning) VALUES (?, ?, ?, ?)",
                               arguments: [key, data, now, warnings[key]])
                saved[key] = db.lastInsertedRowID
                try db.execute(sql: "INSERT INTO articleText(rowid, text) VALUES (?, ?)", arguments: [db.lastInsertedRowID, text])
            }
            return saved
        }
    }

    /// What search sees of an article: its headline and every block.
    static func searchableText(of analyzed: AnalyzedArticle) -> String {
        ([analyzed.article.title ?? ""] + analyzed.article.blocks.map(\.text)).joined(separator: "\n")
    }

    /// The rows of the analyses whose text has every word of `query` anywhere (each as a word or the
    /// start of one), each of its phrases (words one after the other), and none of its excluded words,
    /// ignoring case, accents and punctuation; nil when the query has no words or phrases (only
    /// exclusions or terms the index does not hold) or the index cannot answer.
    public func rows(matching query: SearchQuery) -> [Int64]? {
        guard let match = query.ftsQuery else { return nil }
        return try? read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM articleText WHERE articleText MATCH ?", arguments: [match])
        }
    }

    /// The rows of `query` read as a search (see `SearchQuery`).
    public func rows(matching query: String) -> [Int64]? {
        rows(matching: SearchQuery(query))
    }

    /// The rows of the analyses with any of these (folded) words, as whole words; nil when the index
    /// cannot answer.
    public func rows(withAnyOf words: [String]) -> [Int64]? {
        guard !words.isEmpty else { return [] }
        let match = words.map { "\"\($0)\"" }.joined(separator: " OR ")
        return try? read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM articleText WHERE articleText MATCH ?", arguments: [match])
        }
    }

    /// The keys of the analyses in `rows` (those still there).
    func keys(ofRows rows: [Int64]) -> Set<String> {
        var keys = Set<String>()
        forEachRow("SELECT key FROM analysis WHERE rowid", in: rows) { keys.insert($0["key"]) }
        return keys
    }

    /// Notes that the analyser `identity` (what its keys start with, before a `|`) uses the cache now.
    public func noteUse(ofAnalyser identity: String, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO analyser(identity, lastUsed) VALUES (?, ?)",
                           arguments: [identity, date.timeIntervalSince1970])
        }
    }

    /// Removes the analyses (with their index entries and file records) of every analyser other than
    /// `current` that has not been used since `cutoff`. Nil when done; else why not.
    ///
    /// Several analysers share the cache: two builds of newsdesk with different rules or word lists,
    /// each perhaps with a reader open on it, whose search points at its own entries. So another
    /// analyser's entries are never removed because they are another's, only because no one has loaded
    /// with that analyser for a long time (`noteUse` keeps the time per analyser). Entries of an
    /// analyser the cache has no time for (written by an older Newsdesk) start their clock now.
    public func removeEntries(ofAnalysersUnusedSince cutoff: Date, keeping current: String) -> String? {
        func stale(_ db: Database) throws -> (unknown: [String], unused: [String]) {
            let lastUsed = try Dictionary(Row.fetchAll(db, sql: "SELECT identity, lastUsed FROM analyser").map {
                ($0["identity"] as String, $0["lastUsed"] as Double)
            }, uniquingKeysWith: max)
            let present = try Self.analyserIdentities(db)
            let unknown = present.filter { lastUsed[$0] == nil && $0 != current }
            let unused = lastUsed.filter { $0.key != current && $0.value < cutoff.timeIntervalSince1970 }.keys.sorted()
            return (unknown, unused)
        }
        do {
            let found = try read(stale)
            guard !found.unknown.isEmpty || !found.unused.isEmpty else { return nil }
            try write { db in
                // Again, now that no one else can write.
                let (unknown, unused) = try stale(db)
                for identity in unknown {
                    try db.execute(sql: "INSERT INTO analyser(identity, lastUsed) VALUES (?, ?)",
                                   arguments: [identity, Date().timeIntervalSince1970])
                }
                for identity in unused { try Self.removeEntries(ofAnalyser: identity, db) }
            }
            return nil
        } catch {
            return "could not remove old entries from the cache (\(Self.reason(error)))"
        }
    }

    /// The analysers the cache has entries of: what their keys start with before the first `|`. One
    /// indexed look-up per analyser (each skips past all the keys of the one before).
    static func analyserIdentities(_ db: Database) throws -> [String] {
        var found: [String] = []
        var next = ""
        while let key = try String.fetchOne(db, sql: "SELECT key FROM analysis WHERE key >= ? ORDER BY key LIMIT 1", arguments: [next]) {
            guard let bar = key.firstIndex(of: "|") else {
                next = key + "\u{1}"
                continue
            }
            found.append(String(key[..<bar]))
            // `}` follows `|`: the first key after every one that starts with this identity and a bar.
            next = String(key[..<bar]) + "}"
        }
        return found
    }

    /// The analysers the cache has entries of.
    func analyserIdentities() throws -> [String] {
        try read(Self.analyserIdentities)
    }

    /// Removes an analyser's entries, their index entries and its file records.
    private static func removeEntries(ofAnalyser identity: String, _ db: Database) throws {
        let range: StatementArguments = [identity + "|", identity + "}"]
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, analyzed FROM analysis WHERE key >= ? AND key < ?", arguments: range)
        var removed: [(Int64, String)] = []
        while let row = try rows.next() {
            // The index is contentless: an entry is removed by giving back the text it indexed.
            if let analyzed = decode(row["analyzed"]) { removed.append((row["rowid"], searchableText(of: analyzed))) }
        }
        for (rowid, text) in removed {
            try db.execute(sql: "INSERT INTO articleText(articleText, rowid, text) VALUES ('delete', ?, ?)", arguments: [rowid, text])
        }
        try db.execute(sql: "DELETE FROM analysis WHERE key >= ? AND key < ?", arguments: range)
        try db.execute(sql: "DELETE FROM file WHERE key >= ? AND key < ?", arguments: range)
        try db.execute(sql: "DELETE FROM analyser WHERE identity = ?", arguments: [identity])
    }

    /// How many analyses are cached.
    public func count() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM analysis") ?? 0 }
    }

    /// The default place: `$XDG_CACHE_HOME/newsdesk/cache.sqlite`, else `~/.cache/newsdesk/cache.sqlite`
    /// (a home that is not UTF-8 reached by its bytes: `UserFolder`).
    public static var defaultPath: String { UserFolder.cache.path("cache.sqlite") }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
