import Foundation

/// Finds the article files under the paths a user names and parses them, collecting a problem for every
/// file that cannot be read instead of stopping.
public struct ArticleLoader: Sendable {
    /// File extensions read as articles when a folder is searched (text, web pages and feeds); a file
    /// named directly is always read.
    public static let articleExtensions: Set<String> = DocumentFormat.textExtensions
        .union(DocumentFormat.pageExtensions).union(DocumentFormat.feedExtensions)
    /// Extensions of plain-text articles.
    public static let textExtensions: Set<String> = DocumentFormat.textExtensions

    /// A file found to read, with the outlet its folder names.
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var folderOutlet: String?
        /// The file's size and time when it was found, so that a cache need not ask again.
        public var stamp: Stamp?
        /// Named by the user (read whatever it is), not found in a folder (a `.json` or `.xml` there that
        /// is not a feed is passed over).
        public var isNamed = true

        public init(path: String, folderOutlet: String?, stamp: Stamp? = nil, isNamed: Bool = true) {
            self.path = path
            self.folderOutlet = folderOutlet
            self.stamp = stamp
            self.isNamed = isNamed
        }
    }

    /// What one file gave: its articles (none, one, or a feed's items) and what was wrong but did not
    /// stop it being read.
    public struct Loaded: Sendable {
        public var articles: [Article]
        public var warnings: [Problem]
    }

    /// A file's size and modification time: unchanged, the file is taken to be unchanged.
    public struct Stamp: Hashable, Sendable {
        public var size: Int64
        /// Nanoseconds since 1970.
        public var modified: Int64

        init(size: Int64, modified: Int64) {
            self.size = size
            self.modified = modified
        }

        init(_ info: stat) {
            self.init(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }

        /// The stamp of the file at `path`, or nil when it cannot be stat'ed.
        public init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(info)
        }
    }

    /// Something wrong with one file; the rest still load.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// True when the file was still read (in a fallback encoding, say).
        public var isWarning: Bool

        /// One line: a control character in the path (a newline, an escape) is shown escaped.
        public var description: String { "\(ArticleLoader.printable(path)): \(isWarning ? "warning: " : "")\(reason)" }

        public init(path: String, reason: String, isWarning: Bool) {
            self.path = path
            self.reason = reason
            self.isWarning = isWarning
        }
    }

    /// A path that does not exist: the user's mistake, so the command stops.
    public struct MissingPath: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): no such file or folder" }
    }

    public struct Result: Sendable {
        public var articles: [Article] = []
        public var problems: [Problem] = []
    }

    /// The largest file read as an article, in bytes (16 MB; a long article is well under 1 MB). A
    /// bigger file is a dump or a log rather than an article: it is reported and skipped, not read.
    public static let maximumFileSize = 16_000_000

    private let parser = ArticleParser()
    /// How files are listed and read; tests replace it to make a read fail.
    var access = FileAccess.system

    public init() {}

    /// Parses every article under `paths` (files and folders, searched recursively), in path order.
    public func load(_ paths: [String]) throws(MissingPath) -> Result {
        var result = Result()
        let (entries, problems) = try Self.entries(under: paths, access: access)
        result.problems = problems
        let loader = self
        for read in parallelMap(entries, { loader.readAll($0) }) {
            switch read {
            case .success(let loaded):
                result.articles += loaded.articles
                result.problems += loaded.warnings
            case .failure(let problem):
                result.problems.append(problem)
            }
        }
        return result
    }

    /// Reads and parses one file (the first article of a feed).
    public func read(_ entry: Entry) -> Swift.Result<(Article, Problem?), Problem> {
        access.read(entry.path).flatMap { parse($0, entry: entry) }
    }

    /// Reads and parses one file: a text, a web page, or a feed's items.
    public func readAll(_ entry: Entry) -> Swift.Result<Loaded, Problem> {
        access.read(entry.path).flatMap { parseAll($0, entry: entry) }
    }

    /// Decodes and parses the bytes of one file (the first article of a feed).
    public func parse(_ data: Data, entry: Entry) -> Swift.Result<(Article, Problem?), Problem> {
        parseAll(data, entry: entry).flatMap { loaded in
            guard let first = loaded.articles.first else {
                return .failure(Problem(path: entry.path, reason: "no article in it, skipped", isWarning: false))
            }
            return .success((first, loaded.warnings.first))
        }
    }

    /// Decodes and parses the bytes of one file, as its format says: a text (one article), a web page
    /// (one article, or none with a problem saying why), a feed (an article per item, each with the
    /// path `FILE#ITEM`, where ITEM is a digest of the item's id).
    public func parseAll(_ data: Data, entry: Entry) -> Swift.Result<Loaded, Problem> {
        switch DocumentFormat.of(path: entry.path, data: data, named: entry.isNamed) {
        case nil:
            return .success(Loaded(articles: [], warnings: []))
        case .page:
            return parsePage(data, entry: entry)
        case .feed:
            return parseFeed(data, entry: entry)
        case .text:
            return parseText(data, entry: entry).map { article, warning in Loaded(articles: [article], warnings: warning.map { [$0] } ?? []) }
        }
    }

    private func parseText(_ data: Data, entry: Entry) -> Swift.Result<(Article, Problem?), Problem> {
        do {
            let decoded = try TextDecoding.decode(data)
            let article = parser.parse(decoded.text, path: entry.path, folderOutlet: entry.folderOutlet)
            return .success((article, decoded.warning.map { Problem(path: entry.path, reason: $0, isWarning: true) }))
        } catch {
            let reason = switch error {
            case .empty: "empty file, skipped"
            case .binary: "binary file (contains NUL bytes), skipped"
            case .undecodable(let why): "cannot decode (\(why)), skipped"
            }
            return .failure(Problem(path: entry.path, reason: reason, isWarning: false))
        }
    }

    /// The article files under `paths`, sorted, each once; folders that cannot be listed are problems.
    /// Nothing is opened here: a named pipe or a device is reported, never waited on or read, and so
    /// are article files that are broken links (a file too large to be an article is reported here
    /// when it was stat'ed, else when it is read).
    public static func entries(under paths: [String]) throws(MissingPath) -> ([Entry], [Problem]) {
        try entries(under: paths, access: .system)
    }

    static func entries(under paths: [String], access: FileAccess) throws(MissingPath) -> ([Entry], [Problem]) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        for path in paths {
            switch FileKind(path) {
            case .folder:
                var visited = Set<String>()
                walk(folder: path, outlet: nil, access: access, into: &entries, problems: &problems, visited: &visited)
            case .file(let stamp):
                add(path, stamp: stamp, outlet: nil, isNamed: true, into: &entries, problems: &problems)
            case .other(let what):
                problems.append(Problem(path: path, reason: FileKind.notAFile(what), isWarning: false))
            case .unreachable:
                throw MissingPath(path: path)
            }
        }
        entries.sort { $0.path < $1.path }
        // Paths under one root are unique as built; several roots may name a file twice ("a", "./a"),
        // and a problem with it, too.
        if paths.count > 1 {
            var seen = Set<String>()
            entries = entries.filter { seen.insert(($0.path as NSString).standardizingPath).inserted }
            seen = []
            problems = problems.filter { seen.insert(($0.path as NSString).standardizingPath).inserted }
        }
        return (entries, problems)
    }

    /// A file too large to be an article is a problem here when its size is known, else when it is read.
    private static func add(_ path: String, stamp: Stamp?, outlet: String?, isNamed: Bool, into entries: inout [Entry], problems: inout [Problem]) {
        if let stamp, stamp.size > maximumFileSize {
            problems.append(Problem(path: path, reason: FileKind.tooLarge(stamp.size), isWarning: false))
        } else {
            entries.append(Entry(path: path, folderOutlet: outlet, stamp: stamp, isNamed: isNamed))
        }
    }

    /// Walks a folder. `outlet` is the outlet its files get: the nearest folder below the root whose
    /// name is not a date or a number (`Reuters/2025/09/a.txt` is Reuters); nil directly in the root.
    /// Entries that are neither folders nor article files are passed over in silence; an article file
    /// that is a broken link, a loop of links, a named pipe or a device is reported.
    private static func walk(folder: String, outlet: String?, access: FileAccess, into entries: inout [Entry],
                             problems: inout [Problem], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [FileAccess.Listed]
        do {
            names = try access.list(folder)
        } catch {
            problems.append(Problem(path: folder, reason: reason(error), isWarning: false))
            return
        }
        let shown = names.filter { !$0.name.hasPrefix(".") }.sorted { $0.name < $1.name }
        let paths = shown.map { folder.hasSuffix("/") ? folder + $0.name : folder + "/" + $0.name }
        // What the listing does not say (links, unknown types) is stat'ed, from the open folder and on
        // every core: in a folder of thousands of articles that would be most of the walk. Regular
        // files are stat'ed later, when the cache asks whether they changed.
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        let kinds = parallelMap(Array(zip(shown, paths))) { listed, path in
            FileKind(listedType: listed.type) ?? (descriptor >= 0 ? FileKind(name: listed.name, in: descriptor) : FileKind(path))
        }
        for (name, (path, kind)) in zip(shown.map(\.name), zip(paths, kinds)) {
            let isArticle = hasArticleExtension(name)
            switch kind {
            case .folder:
                // A folder's name becomes text on screen: no control character of it may get there.
                let named = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .control }))
                walk(folder: path, outlet: isDateLike(name) ? outlet : named, access: access, into: &entries,
                     problems: &problems, visited: &visited)
            case .file(let stamp) where isArticle:
                add(path, stamp: stamp, outlet: outlet, isNamed: false, into: &entries, problems: &problems)
            case .other(let what) where isArticle:
                problems.append(Problem(path: path, reason: FileKind.notAFile(what), isWarning: false))
            case .unreachable(let why) where isArticle:
                problems.append(Problem(path: path, reason: why + ", skipped", isWarning: false))
            default:
                continue
            }
        }
    }

    /// Whether a file name ends in one of `articleExtensions`, in any case (`a.txt`, `B.TEXT`). Looked
    /// at without Foundation: it is asked of every name in the folders walked.
    static func hasArticleExtension(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return false }
        let suffix = bytes[bytes.index(after: dot)...]
        return articleExtensions.contains(String(decoding: suffix.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self))
    }

    /// `2025`, `09`, `2025-09-24`: a folder that dates rather than names.
    static func isDateLike(_ name: String) -> Bool {
        name.allSatisfy { $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
