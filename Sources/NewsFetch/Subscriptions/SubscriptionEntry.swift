import Foundation
import NewsKit

/// A subscription as the urls file and OPML write it: where, the outlet (if set) and tags.
public struct SubscriptionEntry: Hashable, Sendable {
    /// An http(s) URL, or the absolute path of a file or folder.
    public var source: String
    public var outlet: String?
    public var tags: [String]

    public init(source: String, outlet: String? = nil, tags: [String] = []) {
        self.source = source
        self.outlet = outlet
        self.tags = tags
    }

    init(_ subscription: LibraryStore.Subscription) {
        self.init(source: subscription.source, outlet: subscription.outlet, tags: subscription.tags)
    }

    /// What a source named by a person is: a URL, or a file or folder (made absolute; `file://` read
    /// as a path). Throws when it is a path that does not exist.
    public static func classify(_ argument: String) throws -> (source: String, kind: LibraryStore.Subscription.Kind) {
        let lower = argument.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: argument), url.host != nil else { throw Invalid(argument: argument, reason: "not a valid address") }
            return (argument, .url)
        }
        var path = argument
        if lower.hasPrefix("file://") { path = URL(string: argument)?.path ?? String(argument.dropFirst(7)) }
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        path = (path as NSString).standardizingPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            if lower.contains("://") { throw Invalid(argument: argument, reason: "only http, https and file addresses can be followed") }
            throw Invalid(argument: argument, reason: "no such file or folder (a web address starts with http:// or https://)")
        }
        return (path, isFolder.boolValue ? .folder : .file)
    }

    /// The kind of a source already made absolute (a path that went away counts as a file).
    static func kind(of source: String) -> LibraryStore.Subscription.Kind {
        if source.hasPrefix("http://") || source.hasPrefix("https://") { return .url }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) && isFolder.boolValue ? .folder : .file
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var argument: String
        public var reason: String
        public var description: String { "\(ArticleLoader.printable(argument)): \(reason)" }
    }
}
