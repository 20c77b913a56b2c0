import Foundation

/// Reads JSON Feed 1.0 and 1.1 (`https://jsonfeed.org/version/1`, `/1.1`).
enum JSONFeedReader {
    static func read(_ data: Data, url: String?) throws(FeedError) -> Feed {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .notAJSONFeed("not valid JSON")
        }
        guard let object = json as? [String: Any] else { throw .notAJSONFeed("not a JSON object") }
        let version = object["version"] as? String ?? ""
        guard version.contains("jsonfeed.org/version/") else {
            throw .notAJSONFeed(version.isEmpty ? "no \"version\" naming jsonfeed.org" : "version \(version)")
        }
        var feed = Feed()
        feed.title = (object["title"] as? String).map(MetadataReader.clean)
        feed.link = object["home_page_url"] as? String
        let base = url ?? feed.link
        let feedAuthors = authors(object)
        guard let items = object["items"] as? [Any] else {
            feed.problems.append("no \"items\" list")
            return feed
        }
        for (index, value) in items.enumerated() {
            guard let item = value as? [String: Any] else {
                feed.problems.append("item \(index + 1): not an object, skipped")
                continue
            }
            let link = ((item["url"] as? String) ?? (item["external_url"] as? String)).map { XMLFeedReader.resolve($0, base: base) }
            let title = (item["title"] as? String).map(MetadataReader.clean).flatMap { $0.isEmpty ? nil : $0 }
            let published = FeedDate.parse(item["date_published"] as? String) ?? FeedDate.parse(item["date_modified"] as? String)
            var content = item["content_html"] as? String
            if content == nil, let text = item["content_text"] as? String { content = FeedText.html(fromPlain: text) }
            let summary = (item["summary"] as? String).map(FeedText.escape)
            let id: String
            if let string = item["id"] as? String, !string.isEmpty { id = string }
            else if let number = item["id"] as? NSNumber { id = number.stringValue }
            else { id = FeedItem.fallbackID(link: link, title: title, published: published) }
            let itemAuthors = authors(item)
            feed.items.append(FeedItem(id: id, link: link, title: title, authors: itemAuthors.isEmpty ? feedAuthors : itemAuthors,
                                       published: published, contentHTML: content, summaryHTML: summary))
        }
        return feed
    }

    /// `authors` (1.1) or `author` (1.0): objects with a `name`.
    private static func authors(_ object: [String: Any]) -> [String] {
        let list = (object["authors"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        return list.compactMap { ($0 as? [String: Any])?["name"] as? String }.map(MetadataReader.clean).filter { !$0.isEmpty }
    }
}
