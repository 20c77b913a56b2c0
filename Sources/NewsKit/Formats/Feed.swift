import Foundation

/// A feed: RSS 0.9x, 1.0 (RDF) or 2.0, Atom 1.0, or JSON Feed 1.0/1.1, as one shape.
public struct Feed: Sendable, Hashable {
    public var title: String?
    public var link: String?
    public var items: [FeedItem]
    /// What was wrong with the document but did not stop it being read (malformed XML after which
    /// the rest was recovered, items skipped as duplicates …), one line each.
    public var problems: [String]

    public init(title: String? = nil, link: String? = nil, items: [FeedItem] = [], problems: [String] = []) {
        self.title = title
        self.link = link
        self.items = items
        self.problems = problems
    }

    /// RSS 0.9x/1.0 (RDF)/2.0, Atom 1.0, JSON Feed 1.0/1.1. Tolerant: keeps what it could read of malformed XML
    /// (and says so in `problems`); throws `FeedError` (with a clear description) only when nothing is a feed.
    public static func parse(_ data: Data, url: String?) throws -> Feed {
        let bytes = [UInt8](data)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { throw FeedError.empty }
        var feed = bytes[start] == UInt8(ascii: "{")
            ? try JSONFeedReader.read(Data(bytes[start...]), url: url)
            : try XMLFeedReader.read(bytes, url: url)
        feed.dropDuplicateItems()
        return feed
    }

    /// Whether a document looks like a feed from its first bytes (for files with no telling extension):
    /// an `<rss`, `<rdf:RDF` or `<feed` root, or JSON naming jsonfeed.org as its version.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        let lowered = head.lowercased()
        if lowered.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            return lowered.contains("jsonfeed.org/version")
        }
        return lowered.contains("<rss") || lowered.contains("<rdf:rdf") || lowered.range(of: "<feed[\\s>]", options: .regularExpression) != nil
    }

    /// Keeps the first item of each id; the others are problems.
    mutating func dropDuplicateItems() {
        var seen: [String: Int] = [:]
        var kept: [FeedItem] = []
        for (index, item) in items.enumerated() {
            if let first = seen[item.id] {
                problems.append("item \(index + 1): the same id as item \(first + 1) (\(item.id)); the first kept")
                continue
            }
            seen[item.id] = index
            kept.append(item)
        }
        items = kept
    }
}
