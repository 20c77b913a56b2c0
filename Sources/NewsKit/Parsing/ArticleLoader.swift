import Foundation

/// Finds the article files under the paths a user names and parses them, collecting a problem for every
/// file that cannot be read instead of stopping.
public struct ArticleLoader: Sendable {
    /// File extensions read as articles when a folder is searched; a file named directly is always read.
    public static let articleExtensions: Set<String> = ["txt", "text"]

    /// A file found to read, with the outlet its folder names.
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var folderOutlet: String?
    }

    /// Something wrong with one file; the rest still load.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// True when the file was still read (in a fallback encoding, say).
        public var isWarning: Bool

        public var description: String { "\(path): \(isWarning ? "warning: " : "")\(reason)" }

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

    private let parser = ArticleParser()

    public init() {}

    /// Parses every article under `paths` (files and folders, searched recursively), in path order.
    public func load(_ paths: [String]) throws(MissingPath) -> Result {
        var result = Result()
        let (entries, problems) = try Self.entries(under: paths)
        result.problems = problems
        let loader = self
        for read in parallelMap(entries, { loader.read($0) }) {
            switch read {
            case .success(let (article, warning)):
                result.articles.append(article)
                if let warning { result.problems.append(warning) }
            case .failure(let problem):
                result.problems.append(problem)
            }
        }
        return result
    }

    /// Reads and parses one file.
    public func read(_ entry: Entry) -> Swift.Result<(Article, Problem?), Problem> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: entry.path))
        } catch {
            return .failure(Problem(path: entry.path, reason: Self.reason(error), isWarning: false))
        }
        return parse(data, entry: entry)
    }

    /// Decodes and parses the bytes of one file.
    public func parse(_ data: Data, entry: Entry) -> Swift.Result<(Article, Problem?), Problem> {
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
    public static func entries(under paths: [String]) throws(MissingPath) -> ([Entry], [Problem]) {
        let files = FileManager.default
        var entries: [Entry] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { throw MissingPath(path: path) }
            if isFolder.boolValue {
                var visited = Set<String>()
                walk(folder: path, outlet: nil, into: &entries, problems: &problems, visited: &visited)
            } else {
                entries.append(Entry(path: path, folderOutlet: nil))
            }
        }
        entries.sort { $0.path < $1.path }
        // Paths under one root are unique as built; several roots may name a file twice ("a", "./a").
        if paths.count > 1 { entries = entries.filter { seen.insert(($0.path as NSString).standardizingPath).inserted } }
        return (entries, problems)
    }

    /// Walks a folder. `outlet` is the outlet its files get: the nearest folder below the root whose
    /// name is not a date or a number (`Reuters/2025/09/a.txt` is Reuters); nil directly in the root.
    private static func walk(folder: String, outlet: String?, into entries: inout [Entry], problems: inout [Problem],
                             visited: inout Set<String>) {
        let files = FileManager.default
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append(Problem(path: folder, reason: reason(error), isWarning: false))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(folder: path, outlet: isDateLike(name) ? outlet : name, into: &entries, problems: &problems, visited: &visited)
            } else if articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                entries.append(Entry(path: path, folderOutlet: outlet))
            }
        }
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
