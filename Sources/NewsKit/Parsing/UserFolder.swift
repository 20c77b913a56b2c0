import Foundation

/// Newsdesk's folder in one of the user's XDG homes: `$XDG_CACHE_HOME/newsdesk`, `$XDG_DATA_HOME/newsdesk`,
/// `$XDG_CONFIG_HOME/newsdesk` (an absolute path; else `~/.cache`, `~/.local/share`, `~/.config`).
///
/// A home named by bytes that are not UTF-8 (`/home/caf\xE9` on a Latin-1 system) is read as those bytes,
/// as file names are (`FileLocation`): a `String` would turn them into U+FFFD and name another folder.
/// SQLite and Foundation take paths as `String`s, so such a folder is created and opened by its bytes
/// and reached through its descriptor (`/proc/self/fd/N/newsdesk/…`), and `displayPath` shows such a
/// path as the real one, each stray byte written `\xE9`.
public enum UserFolder: Sendable {
    case cache, data, config

    var variable: String {
        switch self {
        case .cache: "XDG_CACHE_HOME"
        case .data: "XDG_DATA_HOME"
        case .config: "XDG_CONFIG_HOME"
        }
    }

    /// Where the home is when the variable is unset or relative, below the user's home folder.
    var fallback: String {
        switch self {
        case .cache: ".cache"
        case .data: ".local/share"
        case .config: ".config"
        }
    }

    /// The home's location (without `newsdesk`): the variable's bytes as the process got them when
    /// `environment` is the process's own, else its text; the usual place when it is unset or relative.
    public func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> FileLocation {
        let given = environment[variable]
        if let raw = getenv(variable).map({ Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }),
           raw.first == UInt8(ascii: "/"), given == String(decoding: raw, as: UTF8.self) {
            return FileLocation(bytes: raw)
        }
        if let given, given.hasPrefix("/") { return FileLocation(given) }
        return FileLocation((NSHomeDirectory() as NSString).appendingPathComponent(fallback))
    }

    /// A path to `name` in the home's `newsdesk` folder that `String` APIs can use: the path itself
    /// when the home is UTF-8; else a path through the home opened by its bytes (created if missing).
    /// When it cannot be opened, the path with U+FFFD for the stray bytes (it then fails where used,
    /// and says so).
    public func path(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = home(environment: environment)
        if let text = String(validating: home.bytes, as: UTF8.self) {
            return ((text as NSString).appendingPathComponent("newsdesk") as NSString).appendingPathComponent(name)
        }
        guard let reachable = Self.reachable(home) else { return home.displayName + "/newsdesk/" + name }
        return reachable + "/newsdesk/" + name
    }

    /// How to show a path `path(_:)` gave: the real path, a stray byte written `\xE9`.
    public static func displayPath(_ path: String) -> String {
        guard path.hasPrefix(procPrefix) else { return path }
        let opened = opened.withLock { $0 }
        for (descriptor, location) in opened {
            let prefix = procPrefix + String(descriptor)
            if path == prefix || path.hasPrefix(prefix + "/") {
                return location.displayName + path.dropFirst(prefix.count)
            }
        }
        return path
    }

    private static let procPrefix = "/proc/self/fd/"
    /// The homes opened by their bytes, by descriptor; kept open while the process runs.
    private static let opened = LockedValue<[Int32: FileLocation]>([:])

    /// `/proc/self/fd/N` for `home`, created (with its parents) and opened as a folder by its bytes.
    private static func reachable(_ home: FileLocation) -> String? {
        opened.withLock { opened in
            if let known = opened.first(where: { $0.value == home }) { return procPrefix + String(known.key) }
            makeFolders(home)
            let descriptor = home.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            guard descriptor >= 0 else { return nil }
            opened[descriptor] = home
            return procPrefix + String(descriptor)
        }
    }

    /// `mkdir -p` by bytes.
    private static func makeFolders(_ location: FileLocation) {
        var prefix: [UInt8] = []
        for (index, byte) in location.bytes.enumerated() {
            if byte == UInt8(ascii: "/"), index > 0 {
                _ = FileLocation(bytes: prefix).withCString { mkdir($0, 0o755) }
            }
            prefix.append(byte)
        }
        _ = location.withCString { mkdir($0, 0o755) }
    }
}
