import Foundation

/// Loads the articles under some paths and their analyses, from the cache where the file has not
/// changed, analysing the rest on every core and saving them.
public struct CorpusLoader: Sendable {
    /// Bump whenever a change to the parser or the analysis changes results: old cache entries then
    /// miss and are analysed again.
    public static let analyserVersion = "2026-12-02.9"

    /// What produced an analysis: the analyser's version (its rules) and the word lists it reads, by
    /// their contents. Two builds of the same sources, or a copy of the program, share it; it never
    /// depends on the binary's own file. Every cache key starts with it.
    public static let analyserIdentity = "\(analyserVersion)+\(lexiconDigest)"

    /// A digest of the bundled word lists (names and contents, in name order), computed once.
    static let lexiconDigest: String = {
        guard let folder = Bundle.module.url(forResource: "Lexicon", withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("Lexicon"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return "no-lexicon" }
        var bytes = Data()
        // The lists, not their notes: PROVENANCE.md changes no result.
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".tsv") {
            bytes.append(contentsOf: Array(name.utf8) + [0])
            bytes.append((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
            bytes.append(0)
        }
        return digest(bytes)
    }()

    /// How long the entries of another analyser stay in the cache after it was last used: a reader
    /// of another build, open now, searches them (see `Store.removeEntries(ofAnalysersUnusedSince:keeping:)`).
    static let otherAnalysersKept: TimeInterval = 30 * 24 * 3600

    public struct Result: Sendable {
        public var articles: [AnalyzedArticle] = []
        /// Each article's row in the cache's search index (nil without a cache, or when it could not be
        /// saved), in the order of `articles`.
        public var indexRows: [Int64?] = []
        public var problems: [ArticleLoader.Problem] = []
        /// How many came from the cache, and how many were analysed now.
        public var cached = 0
        public var analysed = 0

        /// Why the batch's analyses could not be saved, if they could not.
        var saveFailure: String?

        public init() {}

        /// Adds what a later batch loaded.
        public mutating func append(_ batch: Result) {
            articles += batch.articles
            indexRows += batch.indexRows
            problems += batch.problems
            cached += batch.cached
            analysed += batch.analysed
        }

        /// Adds what a later load brought, an article already here (the same path: a fetched article
        /// that came again with new content) taking the place of the one it replaces.
        public mutating func merge(_ batch: Result) {
            let positions = Dictionary(articles.enumerated().map { ($1.article.path, $0) }, uniquingKeysWith: { first, _ in first })
            var fresh = Result()
            for (index, article) in batch.articles.enumerated() {
                let row = index < batch.indexRows.count ? batch.indexRows[index] : nil
                if let position = positions[article.article.path] {
                    articles[position] = article
                    if position < indexRows.count { indexRows[position] = row }
                } else {
                    fresh.articles.append(article)
                    fresh.indexRows.append(row)
                }
            }
            fresh.problems = batch.problems
            fresh.cached = batch.cached
            fresh.analysed = batch.analysed
            append(fresh)
        }
    }

    /// How far a load has come: everything loaded so far, and how many files are done of how many.
    public struct Progress: Sendable {
        public var loaded: Result
        public var filesDone: Int
        public var filesTotal: Int
    }

    public let store: Store?

    public init(store: Store?) {
        self.store = store
    }

    /// Loads every article under `paths`, in path order. Files are taken in batches (small first, so a
    /// reader can show something at once, then larger), each read, looked up, analysed on every core
    /// and saved before the next; `progress` hears of all loaded so far after each batch.
    /// Articles `fetched` (from the library, or from URLs) come first, in batches like files.
    public func load(_ paths: [String], fetched: [Fetched] = [], progress: ((Progress) -> Void)? = nil) throws(ArticleLoader.MissingPath) -> Result {
        try load(paths.map { FileLocation($0) }, fetched: fetched, progress: progress)
    }

    /// Loads every article under `locations` (and the `fetched` ones first), as `load(_:fetched:progress:)`
    /// does paths given as text.
    public func load(_ locations: [FileLocation], fetched: [Fetched] = [], progress: ((Progress) -> Void)? = nil) throws(ArticleLoader.MissingPath) -> Result {
        var (entries, problems) = try ArticleLoader.entries(under: locations)
        // A live load (a reader waiting for its first frame) takes the large files of the first batch
        // last, each in a batch of its own.
        var late = 0
        if progress != nil { (entries, late) = Self.largeFilesLast(entries, among: Self.firstBatch) }
        let (fetchedEntries, libraries, fetchedProblems) = Self.entries(of: fetched)
        var result = Result()
        result.problems = problems + fetchedProblems
        var saveFailure: String?
        var start = 0, size = Self.firstBatch
        // The first time a load is noted: after the first batch, so that the first frame never waits
        // on another writer for it.
        var noted = false
        let total = fetchedEntries.count + entries.count
        let lateStart = total - late
        repeat {
            let end = min(total, start < lateStart ? min(lateStart, start + size) : start + 1)
            // After a failed save (disk full, cache locked or read-only) the rest is not saved either.
            var batch = Result()
            if start < fetchedEntries.count {
                let part = loadFetched(Array(fetchedEntries[start..<min(end, fetchedEntries.count)]), libraries: libraries, saving: saveFailure == nil)
                batch.saveFailure = part.saveFailure
                batch.append(part)
            }
            if end > fetchedEntries.count {
                let files = load(Array(entries[max(start, fetchedEntries.count) - fetchedEntries.count..<end - fetchedEntries.count]), saving: saveFailure == nil)
                batch.saveFailure = batch.saveFailure ?? files.saveFailure
                batch.append(files)
            }
            if let failure = batch.saveFailure, saveFailure == nil {
                saveFailure = failure
                batch.problems.append(ArticleLoader.Problem(path: store?.path ?? "cache", reason: failure, isWarning: true))
            }
            result.append(batch)
            progress?(Progress(loaded: result, filesDone: end, filesTotal: total))
            if !noted, saveFailure == nil, let store {
                noted = true
                // Not noted (cache busy): the entries stay at least as long as the last time it was.
                try? store.noteUse(ofAnalyser: Self.analyserIdentity)
            }
            start = end
            size = min(size * 2, 8_000)
        } while start < total
        if saveFailure == nil, let store,
           let failure = store.removeEntries(ofAnalysersUnusedSince: Date(timeIntervalSinceNow: -Self.otherAnalysersKept), keeping: Self.analyserIdentity) {
            result.problems.append(ArticleLoader.Problem(path: store.path ?? "cache", reason: failure, isWarning: true))
        }
        return result
    }

    /// Files in the first batch.
    static let firstBatch = 200
    /// A file this large (bytes) takes a second or more to analyse: a live load reads it last.
    static let largeFile: Int64 = 1_000_000

    /// The entries with the large files among the first `count` moved to the end, so that one slow
    /// file never holds back the first articles; their stamps are kept, so they are not stat'ed again.
    static func largeFilesLast(_ entries: [ArticleLoader.Entry], among count: Int) -> (entries: [ArticleLoader.Entry], late: Int) {
        let head = parallelMap(Array(entries.prefix(count))) { entry in
            var stamped = entry
            stamped.stamp = entry.stamp ?? ArticleLoader.Stamp(location: entry.location)
            return stamped
        }
        let isLarge = { (entry: ArticleLoader.Entry) in (entry.stamp?.size ?? 0) >= largeFile }
        let large = head.filter(isLarge)
        return (head.filter { !isLarge($0) } + entries.dropFirst(count) + large, large.count)
    }

    /// Loads one batch of files.
    private func load(_ entries: [ArticleLoader.Entry], saving: Bool) -> Result {
        var result = Result()
        let store = self.store
        let loader = ArticleLoader()
        let analyzer = ArticleAnalyzer()
        /// One article of a file: from the cache (with its index row) or analysed now (with its key).
        enum Loaded: Sendable {
            case cached(AnalyzedArticle, row: Int64)
            case analysed(AnalyzedArticle, key: String?)
        }
        enum Outcome: Sendable {
            case loaded([Loaded], warnings: [ArticleLoader.Problem])
            case failed(ArticleLoader.Problem)
        }
        // A file whose size and modification time are what the cache saw is not read at all; the
        // others are read and keyed on all cores (a feed is parsed for it: each item has a key of its
        // own). Then every key is looked up in one go, the cached analyses decoded and the rest
        // analysed, on all cores.
        // A file's record is per analyser, path and folder outlet: the same file read under another root
        // may take its outlet from another folder, and two analysers taking turns keep their own. The
        // path is the absolute path's `FileLocation.encoded` form: exact to the byte, so two files that
        // show alike (a stray byte `\xE9`, a name with a real backslash) never share a record.
        let absolute = entries.map { Self.versionPrefix + Self.absolutePath($0.location) + "\u{1F}" + ($0.folderOutlet ?? "") }
        let known = store?.files(absolute) ?? [:]
        let files = parallelMap(Array(zip(entries, absolute))) { entry, recordKey -> FileRead in
            // The walk stat'ed the file a moment ago; a file named directly is stat'ed now.
            let stamp = entry.stamp ?? ArticleLoader.Stamp(location: entry.location)
            if let stamp, let record = known[recordKey], record.stamp == stamp, record.key.hasPrefix(Self.versionPrefix) {
                return FileRead(data: nil, keys: Self.keys(inRecord: record.key), stamp: stamp, problem: nil, isNew: false)
            }
            switch ArticleLoader.contents(of: entry.location) {
            case .success(let data):
                guard store != nil else { return FileRead(data: data, keys: nil, stamp: stamp, problem: nil, isNew: true) }
                let fileKey = Self.key(data: data, folderOutlet: entry.folderOutlet)
                guard DocumentFormat.of(path: entry.path, data: data, named: entry.isNamed) == .feed else {
                    return FileRead(data: data, keys: [fileKey], stamp: stamp, problem: nil, isNew: true)
                }
                switch loader.parseAll(data, entry: entry) {
                case .success(let loaded):
                    let keys = loaded.articles.map { fileKey + Self.itemSeparator + Self.suffix(of: $0.path, entry: entry) }
                    return FileRead(data: data, keys: keys, stamp: stamp, problem: nil, isNew: true, parsed: loaded)
                case .failure(let problem):
                    return FileRead(data: nil, keys: nil, stamp: nil, problem: problem, isNew: true)
                }
            case .failure(let problem):
                return FileRead(data: nil, keys: nil, stamp: nil, problem: problem, isNew: true)
            }
        }
        let cached = store?.analyses(forKeys: files.flatMap { $0.keys ?? [] }) ?? [:]
        let outcomes = parallelMap(Array(zip(entries, files))) { entry, file -> Outcome in
            if let problem = file.problem { return .failed(problem) }
            // Every article of the file in the cache: nothing is read or parsed.
            if let keys = file.keys, !keys.isEmpty {
                var hits: [Loaded] = []
                var warnings: [ArticleLoader.Problem] = []
                for key in keys {
                    guard let hit = cached[key], var analyzed = Store.decode(hit.data) else { break }
                    analyzed.article.path = entry.path + Self.suffix(ofKey: key)
                    hits.append(.cached(analyzed, row: hit.row))
                    if let warning = hit.warning, !warnings.contains(where: { $0.reason == warning }) {
                        warnings.append(ArticleLoader.Problem(path: entry.path, reason: warning, isWarning: true))
                    }
                }
                if hits.count == keys.count {
                    return .loaded(hits, warnings: warnings)
                }
            }
            // Not in the cache after all (or unreadable there): read it now.
            let loaded: ArticleLoader.Loaded
            if let parsed = file.parsed {
                loaded = parsed
            } else {
                let data: Data
                if let read = file.data {
                    data = read
                } else {
                    switch ArticleLoader.contents(of: entry.location) {
                    case .success(let read): data = read
                    case .failure(let problem): return .failed(problem)
                    }
                }
                switch loader.parseAll(data, entry: entry) {
                case .success(let parsed): loaded = parsed
                case .failure(let problem): return .failed(problem)
                }
            }
            let keys: [String?] = file.keys.map { $0 as [String?] } ?? Array(repeating: nil, count: loaded.articles.count)
            guard keys.count == loaded.articles.count else {
                // The file changed between keying and reading: analysed, not saved.
                return .loaded(loaded.articles.map { .analysed(analyzer.analyze($0), key: nil) }, warnings: loaded.warnings)
            }
            let articles = zip(loaded.articles, keys).map { article, key -> Loaded in
                if let key, let hit = cached[key], var analyzed = Store.decode(hit.data) {
                    analyzed.article.path = article.path
                    return .cached(analyzed, row: hit.row)
                }
                return .analysed(analyzer.analyze(article), key: key)
            }
            return .loaded(articles, warnings: loaded.warnings)
        }
        var fresh: [(key: String, analyzed: AnalyzedArticle)] = []
        var warnings: [String: String] = [:]
        // Each article's index row, or the key of a fresh one whose row comes with saving.
        var rowsOrKeys: [(row: Int64?, key: String?)] = []
        for outcome in outcomes {
            switch outcome {
            case .loaded(let articles, let fileWarnings):
                result.problems += fileWarnings
                for article in articles {
                    switch article {
                    case .cached(let analyzed, let row):
                        result.articles.append(analyzed)
                        rowsOrKeys.append((row, nil))
                        result.cached += 1
                    case .analysed(let analyzed, let key):
                        result.articles.append(analyzed)
                        rowsOrKeys.append((nil, key))
                        result.analysed += 1
                        if let key {
                            fresh.append((key, analyzed))
                            if !fileWarnings.isEmpty { warnings[key] = fileWarnings.map(\.reason).joined(separator: "; ") }
                        }
                    }
                }
            case .failed(let problem):
                result.problems.append(problem)
            }
        }
        let records = zip(absolute, files).compactMap { path, file -> (path: String, record: Store.FileRecord)? in
            guard file.isNew, let keys = file.keys, let stamp = file.stamp, let key = Self.record(of: keys) else { return nil }
            return (path, Store.FileRecord(stamp: stamp, key: key))
        }
        var saved: [String: Int64] = [:]
        if let store {
            do {
                guard saving else { throw SaveSkipped() }
                saved = try store.save(fresh, warnings: warnings)
                try store.saveFiles(records)
            } catch {
                // What was not saved is not in the search index either: its row stays nil.
                if Store.isDamage(error) {
                    result.saveFailure = "could not save to the cache (\(Store.reason(error))): it is damaged, and will be set aside and started again next time; the articles are read without it"
                } else if !(error is SaveSkipped) {
                    result.saveFailure = "could not save to the cache (\(Store.reason(error))); the articles are read but will be analysed again next time"
                }
            }
        }
        result.indexRows = rowsOrKeys.map { $0.row ?? $0.key.flatMap { saved[$0] } }
        return result
    }

    private struct SaveSkipped: Error {}

    private struct FileRead: Sendable {
        var data: Data?
        /// The cache key of each article of the file (one for a text or a page, one per item of a feed).
        var keys: [String]?
        var stamp: ArticleLoader.Stamp?
        var problem: ArticleLoader.Problem?
        /// The keys were computed now (not taken from the file record).
        var isNew: Bool
        /// The file's articles, when keying them meant parsing it (a feed).
        var parsed: ArticleLoader.Loaded?
    }

    /// Between a file's key and an item's part in a feed item's key.
    static let itemSeparator = "\u{1D}"
    /// Between the keys of a file's articles in its file record.
    static let keySeparator = "\u{1E}"

    /// The file record's key for a file's article keys; nil for a file with no article (not recorded,
    /// so it is read again next time).
    static func record(of keys: [String]) -> String? {
        keys.isEmpty ? nil : keys.joined(separator: keySeparator)
    }

    /// The article keys a file record holds.
    static func keys(inRecord record: String) -> [String] {
        record.components(separatedBy: keySeparator)
    }

    /// What an article's path adds to its file's path (`#…` for a feed item, else nothing).
    static func suffix(of articlePath: String, entry: ArticleLoader.Entry) -> String {
        articlePath.hasPrefix(entry.path) ? String(articlePath.dropFirst(entry.path.count)) : ""
    }

    /// What a key says an article's path adds to its file's path.
    static func suffix(ofKey key: String) -> String {
        guard let separator = key.range(of: itemSeparator) else { return "" }
        return String(key[separator.upperBound...])
    }

    /// The absolute path of `location` in its lossless text form (`FileLocation.encoded`), the working
    /// directory read as bytes too.
    static func absolutePath(_ location: FileLocation) -> String {
        location.absolute.encoded
    }

    /// What every key made by this analyser starts with.
    static let versionPrefix = "\(analyserIdentity)|"

    /// The cache key of a file: its bytes, its folder's outlet, and the analyser's identity. A feed's
    /// item is keyed by its file's key, `itemSeparator` and its part of the path (`#` and its id's digest).
    static func key(data: Data, folderOutlet: String?) -> String {
        "\(versionPrefix)\(folderOutlet ?? "")|\(data.count)|\(digest(data))"
    }

    /// 128 bits of two multiplicative hashes of some bytes, in hex.
    static func digest(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
                b ^= b >> 29
            }
        }
        return String(a, radix: 16) + String(b, radix: 16)
    }
}
