/// Why a document gave no feed at all. (A feed that is partly broken still gives what could be read,
/// with the trouble in `Feed.problems`.)
public enum FeedError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// XML, but not RSS, RDF or Atom: the root element's name says what it is.
    case notAFeed(root: String)
    /// Not XML (nor JSON Feed): the parser's first complaint and its line.
    case unreadable(reason: String, line: Int)
    /// JSON, but not a JSON Feed.
    case notAJSONFeed(String)

    public var description: String {
        switch self {
        case .empty: "empty document, not a feed"
        case .notAFeed(let root) where root.lowercased() == "html": "a web page, not a feed (the root element is <html>)"
        case .notAFeed(let root): "not a feed: the root element is <\(root)>, not <rss>, <rdf:RDF> or <feed>"
        case .unreadable(let reason, let line): "not a feed: line \(line): \(reason)"
        case .notAJSONFeed(let why): "not a JSON Feed: \(why)"
        }
    }
}
