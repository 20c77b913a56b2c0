import Foundation
import NewsKit

/// The subscriptions of a library, kept in step with the `urls` file beside them: a change made with
/// a command is written to the file, and a file someone edited (or copied from newsboat) is taken in
/// by the next command.
public struct Subscriptions: Sendable {
    public let library: LibraryStore
    public let urlsPath: String

    public init(library: LibraryStore, urlsPath: String = Subscriptions.defaultURLsPath) {
        self.library = library
        self.urlsPath = urlsPath
    }

    /// `$XDG_CONFIG_HOME/newsdesk/urls`, else `~/.config/newsdesk/urls`.
    public static var defaultURLsPath: String { UserFolder.config.path("urls") }

    /// The library's subscriptions as the file writes them.
    func entries() throws -> [SubscriptionEntry] {
        try library.subscriptions().map(SubscriptionEntry.init)
    }

    /// Takes in the urls file when it says something else than the library (someone edited it): the
    /// file's subscriptions are added, their outlets and tags set, and those no longer in it removed.
    /// Writes the file when it is missing. Returns what is worth telling (lines passed over, changes).
    @discardableResult
    public func synchronise() throws -> [String] {
        let current = try entries()
        guard let data = FileManager.default.contents(atPath: urlsPath) else {
            if !current.isEmpty { try write(current) }
            return []
        }
        let (listed, skipped) = URLsFile.parse(String(decoding: data, as: UTF8.self))
        var notes = skipped.map { "\(urlsPath): \($0)" }
        guard Set(listed) != Set(current) else { return notes }
        let listedSources = Set(listed.map(\.source))
        for entry in listed {
            try library.subscribe(entry.source, kind: SubscriptionEntry.kind(of: entry.source), outlet: entry.outlet, tags: entry.tags)
            if let existing = current.first(where: { $0.source == entry.source }), existing.outlet != nil, entry.outlet == nil {
                // The file dropped the outlet: so does the library.
                try library.setOutlet(nil, of: entry.source)
            }
        }
        var removed = 0
        for entry in current where !listedSources.contains(entry.source) {
            try library.unsubscribe(entry.source)
            removed += 1
        }
        let added = listedSources.subtracting(current.map(\.source)).count
        if added > 0 || removed > 0 {
            notes.append("\(urlsPath): taken in (\(added) added, \(removed) removed)")
        }
        return notes
    }

    /// Writes the urls file for the library as it is now (atomically).
    public func write(_ entries: [SubscriptionEntry]? = nil) throws {
        let entries = try entries ?? self.entries()
        try FileManager.default.createDirectory(atPath: (urlsPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(URLsFile.render(entries).utf8).write(to: URL(fileURLWithPath: urlsPath), options: .atomic)
    }

    /// Follows `entry` (made absolute first) and writes the urls file. Returns the subscription and
    /// whether it is new.
    @discardableResult
    public func add(_ argument: String, outlet: String?, tags: [String]) throws -> (LibraryStore.Subscription, isNew: Bool) {
        let (source, kind) = try SubscriptionEntry.classify(argument)
        let result = try library.subscribe(source, kind: kind, outlet: outlet, tags: tags)
        try write()
        return result
    }

    /// Takes in many at once (an OPML file): each added or updated, the urls file written once.
    public func add(_ entries: [SubscriptionEntry]) throws -> (added: Int, updated: Int) {
        var added = 0, updated = 0
        for entry in entries {
            let isNew = try library.subscribe(entry.source, kind: SubscriptionEntry.kind(of: entry.source), outlet: entry.outlet, tags: entry.tags).isNew
            if isNew { added += 1 } else { updated += 1 }
        }
        try write()
        return (added, updated)
    }

    /// Stops following a source, named as it was added (a path may be relative); false when it was not followed.
    public func remove(_ argument: String) throws -> Bool {
        var candidates = [argument]
        if let (source, _) = try? SubscriptionEntry.classify(argument) { candidates.insert(source, at: 0) }
        if !argument.contains("://") {
            let absolute = argument.hasPrefix("/") ? argument : FileManager.default.currentDirectoryPath + "/" + argument
            candidates.append((absolute as NSString).standardizingPath)
        }
        for candidate in candidates where try library.unsubscribe(candidate) {
            try write()
            return true
        }
        return false
    }
}
