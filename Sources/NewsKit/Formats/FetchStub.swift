// TEMPORARY stand-in for part A (h-formats) of issue 11, with its announced API; deleted when h-formats is merged.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

public enum HTMLPage {
    public static func article(from data: Data, path: String, url: String?, httpCharset: String?) -> Article? {
        let html = String(decoding: data, as: UTF8.self)
        func all(_ tag: String) -> [String] {
            var found: [String] = []
            var rest = html[...]
            while let open = rest.range(of: "<\(tag)"), let close = rest[open.upperBound...].range(of: "</\(tag)>"),
                  let gt = rest[open.upperBound...].firstIndex(of: ">"), gt < close.lowerBound {
                found.append(strip(String(rest[rest.index(after: gt)..<close.lowerBound])))
                rest = rest[close.upperBound...]
            }
            return found
        }
        let paragraphs = all("p").filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return nil }
        let title = all("h1").first ?? all("title").first
        let text = ([title].compactMap { $0 } + paragraphs).joined(separator: "\n\n")
        var article = ArticleParser().parse(text, path: path, folderOutlet: nil)
        article.url = url
        article.title = title
        return article
    }

    static func strip(_ s: String) -> String {
        var out = "", inTag = false
        for c in s { if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) } }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

public struct FeedItem: Sendable {
    public var id: String
    public var link: String?
    public var title: String?
    public var authors: [String] = []
    public var published: ArticleDate?
    public var contentHTML: String?
    public var summaryHTML: String?
    public var hasFullContent: Bool { contentHTML.map { HTMLPage.strip($0).count > 400 } ?? false }
    public func article(path: String, feedTitle: String?) -> Article {
        let body = HTMLPage.strip(contentHTML ?? summaryHTML ?? "")
        var article = ArticleParser().parse(([title].compactMap { $0 } + [body]).joined(separator: "\n\n"), path: path, folderOutlet: nil)
        article.title = title
        article.url = link
        article.source = feedTitle
        article.date = published
        return article
    }
}

public struct Feed: Sendable {
    public var title: String?
    public var link: String?
    public var items: [FeedItem] = []
    public var problems: [String] = []

    public struct NotAFeed: Error, CustomStringConvertible { public var description: String { "not a feed" } }

    public static func parse(_ data: Data, url: String?) throws -> Feed {
        let delegate = StubFeedParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let ok = parser.parse()
        guard delegate.sawFeed else { throw NotAFeed() }
        var feed = delegate.feed
        if !ok { feed.problems.append("malformed XML") }
        return feed
    }
}

private final class StubFeedParser: NSObject, XMLParserDelegate {
    var feed = Feed()
    var sawFeed = false
    var item: FeedItem?
    var text = ""
    var link: String?
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "rss" || name == "feed" { sawFeed = true }
        if name == "item" || name == "entry" { item = FeedItem(id: "") }
        if name == "link", let href = attributes["href"] { link = href }
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if var current = item {
            switch name {
            case "title": current.title = value
            case "link": current.link = link ?? value; link = nil
            case "guid", "id": current.id = value
            case "description", "summary": current.summaryHTML = value
            case "content:encoded", "encoded", "content": current.contentHTML = value
            case "pubDate", "updated", "published":
                let parts = value.split(separator: "-").compactMap { Int($0.prefix(4)) }
                if parts.count >= 3 { current.published = ArticleDate(year: parts[0], month: parts[1], day: parts[2]) }
            case "item", "entry":
                if current.id.isEmpty { current.id = current.link ?? current.title ?? "" }
                feed.items.append(current)
                item = nil
                return
            default: break
            }
            item = current
        } else if name == "title", feed.title == nil {
            feed.title = value
        }
        text = ""
    }
}
