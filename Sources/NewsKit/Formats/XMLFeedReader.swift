import CLibXML2
import Foundation

/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 with libxml2's XML parser, in recover mode (what can
/// be read of malformed XML is kept), with no network and no entity taken from outside the document.
/// HTML's named references (`&eacute;`), which XML does not define, are read as HTML reads them.
enum XMLFeedReader {
    static func read(_ bytes: [UInt8], url: String?) throws(FeedError) -> Feed {
        let bytes = HTMLEntityReferences.numeric(in: bytes)
        guard let context = xmlNewParserCtxt() else { throw .unreadable(reason: "out of memory", line: 0) }
        defer { xmlFreeParserCtxt(context) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), url, nil, newsdesk_xml_options())
            }
        }
        var problem: (reason: String, line: Int)?
        if context.pointee.wellFormed == 0, let error = xmlCtxtGetLastError(context) {
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            problem = (message.trimmingCharacters(in: .whitespacesAndNewlines), Int(error.pointee.line))
        }
        guard let document = parsed else {
            throw .unreadable(reason: problem?.reason ?? "not XML", line: problem?.line ?? 1)
        }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            throw .unreadable(reason: problem?.reason ?? "no element", line: problem?.line ?? 1)
        }
        let root = MarkupNode(rootPointer)
        var feed: Feed
        switch root.name {
        case "rss", "RDF", "rdf": feed = rss(root, url: url)
        case "feed": feed = atom(root, url: url)
        case "channel": feed = rss(root, url: url)
        default: throw .notAFeed(root: root.name)
        }
        if let problem {
            feed.problems.insert("malformed XML at line \(problem.line): \(problem.reason); kept the \(feed.items.count) items read", at: 0)
        }
        return feed
    }

    // MARK: - RSS

    private static func rss(_ root: MarkupNode, url: String?) -> Feed {
        // RSS 2.0 and 0.9x hold items in the channel; RSS 1.0 beside it.
        let channel = root.name == "channel" ? root : root.elements.first { $0.name == "channel" }
        var feed = Feed()
        feed.title = channel.flatMap { child($0, "title") }.map { FeedText.plain(fromHTML: $0.textContent) }
        feed.link = channel.flatMap { child($0, "link") }.map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
        let base = url ?? feed.link
        let itemNodes = (channel?.elements ?? []).filter { $0.name == "item" } + root.elements.filter { $0.name == "item" }
        for node in itemNodes {
            var link = child(node, "link").map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
            let guid = child(node, "guid")
            let guidText = guid.map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
            if link == nil || link!.isEmpty, let guid, let guidText, guid.attribute("isPermaLink")?.lowercased() != "false",
               guidText.hasPrefix("http") {
                link = guidText
            }
            link = link.flatMap { $0.isEmpty ? nil : resolve($0, base: node.base ?? base) }
            let title = child(node, "title").map { FeedText.plain(fromHTML: $0.textContent) }.flatMap { $0.isEmpty ? nil : $0 }
            let published = FeedDate.parse(child(node, "pubDate")?.textContent)
                ?? FeedDate.parse(child(node, "date")?.textContent)
                ?? FeedDate.parse(child(node, "published")?.textContent)
                ?? FeedDate.parse(child(node, "updated")?.textContent)
            let authors = node.elements.filter { $0.name == "creator" || $0.name == "author" }
                .map { rssAuthor($0.textContent) }.filter { !$0.isEmpty }
            let content = child(node, "encoded").map(\.textContent).flatMap { $0.isEmpty ? nil : $0 }
            let summary = child(node, "description").map(\.textContent).flatMap { $0.isEmpty ? nil : $0 }
            let about = node.attribute("about")
            let id = [guidText, about].compactMap { $0 }.first { !$0.isEmpty }
                ?? FeedItem.fallbackID(link: link, title: title, published: published)
            feed.items.append(FeedItem(id: id, link: link, title: title, authors: authors, published: published,
                                       contentHTML: content, summaryHTML: summary))
        }
        return feed
    }

    /// RSS 2.0's `<author>` is an e-mail address with the name in brackets: `jane@example.com (Jane Doe)`.
    private static func rssAuthor(_ text: String) -> String {
        let trimmed = MetadataReader.clean(text)
        if let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close, trimmed.contains("@") {
            return String(trimmed[trimmed.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }

    // MARK: - Atom

    private static func atom(_ root: MarkupNode, url: String?) -> Feed {
        var feed = Feed()
        feed.title = child(root, "title").map { atomText($0, plain: true) }
        feed.link = alternateLink(root)
        let feedAuthors = authors(root)
        for entry in root.elements where entry.name == "entry" {
            let link = alternateLink(entry)
            let title = child(entry, "title").map { atomText($0, plain: true) }.flatMap { $0.isEmpty ? nil : $0 }
            let published = FeedDate.parse(child(entry, "published")?.textContent) ?? FeedDate.parse(child(entry, "updated")?.textContent)
            let entryAuthors = authors(entry)
            var content: String?
            if let node = child(entry, "content"), node.attribute("src") == nil {
                content = atomText(node, plain: false)
            }
            let summary = child(entry, "summary").map { atomText($0, plain: false) }
            let id = child(entry, "id").map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
                .flatMap { $0.isEmpty ? nil : $0 } ?? FeedItem.fallbackID(link: link, title: title, published: published)
            feed.items.append(FeedItem(id: id, link: link, title: title, authors: entryAuthors.isEmpty ? feedAuthors : entryAuthors,
                                       published: published, contentHTML: content.flatMap { $0.isEmpty ? nil : $0 },
                                       summaryHTML: summary.flatMap { $0.isEmpty ? nil : $0 }))
        }
        return feed
    }

    private static func authors(_ node: MarkupNode) -> [String] {
        node.elements.filter { $0.name == "author" }.compactMap { author in
            (child(author, "name")?.textContent).map(MetadataReader.clean).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// The `rel="alternate"` link (or one with no `rel`), resolved against `xml:base` and the feed's URL.
    private static func alternateLink(_ node: MarkupNode) -> String? {
        let links = node.elements.filter { $0.name == "link" }
        guard let link = links.first(where: { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil })
                ?? links.first(where: { $0.attribute("href") != nil }),
              let href = link.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        return resolve(href, base: link.base)
    }

    /// An Atom text construct as HTML (or, with `plain`, as one line of text): `type="text"` escaped,
    /// `html` as it is, `xhtml` serialised.
    private static func atomText(_ node: MarkupNode, plain: Bool) -> String {
        let type = node.attribute("type")?.lowercased() ?? "text"
        let html: String
        switch type {
        case "xhtml": html = innerXML(node)
        case "html", "text/html": html = node.textContent
        default:
            return plain ? MetadataReader.clean(node.textContent) : FeedText.html(fromPlain: node.textContent)
        }
        return plain ? FeedText.plain(fromHTML: html) : html
    }

    /// The markup inside an element, as text.
    private static func innerXML(_ node: MarkupNode) -> String {
        guard let buffer = xmlBufferCreate() else { return node.textContent }
        defer { xmlBufferFree(buffer) }
        var child = node.pointer.pointee.children
        while let current = child {
            xmlNodeDump(buffer, node.pointer.pointee.doc, current, 0, 0)
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    // MARK: - Helpers

    private static func child(_ node: MarkupNode, _ name: String) -> MarkupNode? {
        node.elements.first { $0.name == name }
    }

    /// A link made absolute against a base, when it is relative and a base is known.
    static func resolve(_ link: String, base: String?) -> String {
        if link.contains("://") || link.hasPrefix("mailto:") { return link }
        guard let base, let baseURL = URL(string: base), let resolved = URL(string: link, relativeTo: baseURL) else { return link }
        return resolved.absoluteString
    }
}
