import Foundation

/// What kind of document a file is, from its extension and, when that does not tell, its first bytes.
public enum DocumentFormat: Sendable, Hashable {
    /// A plain-text article (`.txt`, `.text`, or anything else that is neither markup nor a feed).
    case text
    /// A web page (`.html`, `.htm`, `.xhtml`, or markup that opens like HTML).
    case page
    /// A feed (`.rss`, `.atom`, `.xml`, `.rdf`, a `.json` JSON Feed, or content that opens like one).
    case feed

    static let textExtensions: Set<String> = ["txt", "text"]
    static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf", "json"]

    /// The format of a file. A file found in a folder with a feed's extension that is not a feed (a
    /// `.json` of settings, an `.xml` sitemap) is nil: passed over. A file named directly is always read,
    /// so that it can be said what is wrong with it.
    public static func of(path: String, data: Data, named: Bool) -> DocumentFormat? {
        let ext = (path as NSString).pathExtension.lowercased()
        if textExtensions.contains(ext) { return .text }
        if pageExtensions.contains(ext) { return .page }
        if feedExtensions.contains(ext) {
            if Feed.looksLikeFeed(data) { return .feed }
            if ext != "json", looksLikeHTML(data) { return .page }
            return named ? .feed : nil
        }
        if Feed.looksLikeFeed(data) { return .feed }
        if looksLikeHTML(data) { return .page }
        return .text
    }

    /// Markup that opens like a web page: a doctype or an `<html>`, `<head>` or `<body>` near the start.
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let opening = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || head.contains("<html")
            || head.contains("<head>") || head.contains("<body")
    }
}
