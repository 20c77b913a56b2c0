import CLibXML2
import Foundation

/// What a web page says about itself: headline, authors, date, outlet and address, each with where it
/// was found. Sources in order of trust: schema.org JSON-LD (`NewsArticle` and kin), OpenGraph, other
/// `<meta>` tags, `<time datetime>`, the `<h1>` and `<title>`, then the page's URL.
struct MetadataReader {
    struct Metadata {
        var title: String?
        var authors: [String] = []
        var date: ArticleDate?
        var source: String?
        var url: String?
        var evidence: [Article.Field: Article.Origin] = [:]
        /// What the page calls itself: true for an article (JSON-LD article type, `og:type` article),
        /// false for a site's page (`og:type` website, a JSON-LD `CollectionPage`), nil when it does not say.
        var declaresArticle: Bool?
        /// `articleBody` from JSON-LD, when the page gives it.
        var articleBody: String?
    }

    /// JSON-LD types that are an article.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicquestionnewsarticle", "blogposting",
        "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "satiricalarticle",
        "advertisercontentarticle", "medicalscholarlyarticle", "posting", "discussionforumposting",
    ]

    static func read(_ document: HTMLDocument, url: String?) -> Metadata {
        var reader = Candidates()
        if let root = document.root {
            for node in root.descendants(where: Self.isMetadataElement) {
                switch node.name {
                case "script":
                    if let type = node.attribute("type"), type.lowercased().contains("ld+json") {
                        reader.readJSONLD(node.textContent)
                    }
                case "meta": reader.readMeta(node)
                case "time":
                    if reader.time == nil, let value = node.attribute("datetime"), let date = Self.date(value) {
                        reader.time = date
                    }
                case "h1":
                    if reader.heading == nil { reader.heading = Self.clean(node.textContent) }
                case "title":
                    if reader.documentTitle == nil, node.parent?.named("head") ?? true { reader.documentTitle = Self.clean(node.textContent) }
                default: break
                }
            }
        }
        return reader.metadata(url: url)
    }

    /// `<script>`, `<meta>`, `<time>`, `<h1>` or `<title>` (by the first letter before the whole name: this runs on every element).
    private static func isMetadataElement(_ node: MarkupNode) -> Bool {
        switch node.pointer.pointee.name?.pointee {
        case UInt8(ascii: "s"): node.named("script")
        case UInt8(ascii: "m"): node.named("meta")
        case UInt8(ascii: "t"): node.named("time") || node.named("title")
        case UInt8(ascii: "h"): node.named("h1")
        default: false
        }
    }

    /// The candidates for each field, by origin, as the page is read.
    private struct Candidates {
        var ld = Metadata(), og = Metadata(), meta = Metadata()
        var time: ArticleDate?
        var heading: String?
        var documentTitle: String?
        var ldSource: String?
        var applicationName: String?

        mutating func readJSONLD(_ text: String) {
            guard let data = text.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
            var objects: [[String: Any]] = []
            func gather(_ value: Any) {
                if let list = value as? [Any] { list.forEach(gather) }
                if let object = value as? [String: Any] {
                    objects.append(object)
                    if let graph = object["@graph"] { gather(graph) }
                    if let main = object["mainEntity"] { gather(main) }
                }
            }
            gather(json)
            for object in objects {
                let types = MetadataReader.strings(object["@type"]).map { $0.lowercased() }
                if types.contains(where: { ["website", "collectionpage", "searchresultspage"].contains($0) }), ld.declaresArticle == nil {
                    ld.declaresArticle = false
                }
                if types.contains("organization") || types.contains("newsmediaorganization"), ldSource == nil {
                    ldSource = MetadataReader.strings(object["name"]).first
                }
                guard types.contains(where: MetadataReader.articleTypes.contains), ld.title == nil else { continue }
                ld.declaresArticle = true
                ld.title = MetadataReader.strings(object["headline"]).first.map(MetadataReader.clean)
                    ?? MetadataReader.strings(object["name"]).first.map(MetadataReader.clean)
                ld.authors = MetadataReader.names(object["author"]) + MetadataReader.names(object["creator"])
                ld.date = (MetadataReader.strings(object["datePublished"]) + MetadataReader.strings(object["dateCreated"])
                           + MetadataReader.strings(object["dateModified"])).lazy.compactMap(MetadataReader.date).first
                ld.source = MetadataReader.names(object["publisher"]).first ?? MetadataReader.names(object["sourceOrganization"]).first
                ld.url = MetadataReader.strings(object["url"]).first
                    ?? (object["mainEntityOfPage"] as? [String: Any]).flatMap { MetadataReader.strings($0["@id"]).first }
                    ?? MetadataReader.strings(object["mainEntityOfPage"]).first
                ld.articleBody = MetadataReader.strings(object["articleBody"]).first
            }
        }

        mutating func readMeta(_ node: MarkupNode) {
            guard let content = node.attribute("content").map(MetadataReader.clean), !content.isEmpty else { return }
            let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
            switch key {
            case "og:title": og.title = og.title ?? content
            case "og:site_name": og.source = og.source ?? content
            case "og:url": og.url = og.url ?? content
            case "og:type": og.declaresArticle = og.declaresArticle ?? (content.lowercased() == "article")
            case "article:published_time", "og:published_time", "article:published":
                og.date = og.date ?? MetadataReader.date(content)
            case "article:author", "og:article:author":
                // Often a profile URL rather than a name.
                if !content.contains("://") { og.authors.append(content) }
            case "author", "dc.creator", "dcterms.creator", "byl", "sailthru.author", "parsely-author", "citation_author":
                let name = content.hasPrefix("By ") ? String(content.dropFirst(3)) : content
                if !name.contains("://") { meta.authors.append(name) }
            case "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
                 "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
                 "citation_publication_date", "citation_date", "original-publish-date", "datepublished", "date.release",
                 "publication_date", "cxenseparse:recs:publishtime", "article_date_original":
                meta.date = meta.date ?? MetadataReader.date(content)
            case "title", "dc.title", "parsely-title", "sailthru.title", "headline", "twitter:title":
                meta.title = meta.title ?? content
            case "application-name", "publisher", "dc.publisher", "twitter:site":
                if key == "twitter:site" {
                    meta.source = meta.source ?? (content.hasPrefix("@") ? String(content.dropFirst()) : content)
                } else {
                    meta.source = meta.source ?? content
                }
            default: break
            }
        }

        func metadata(url pageURL: String?) -> Metadata {
            var result = Metadata()
            func pick<T>(_ field: Article.Field, _ candidates: [(T?, Article.Origin)]) -> T? {
                for (value, origin) in candidates {
                    if let value {
                        result.evidence[field] = origin
                        return value
                    }
                }
                return nil
            }
            result.title = pick(.title, [(ld.title, .jsonLD), (og.title, .openGraph), (meta.title, .meta),
                                         (heading.flatMap { $0.isEmpty ? nil : $0 }, .heading),
                                         (documentTitle.flatMap { $0.isEmpty ? nil : $0 }, .documentTitle)])
            let authors = pick(.author, [(ld.authors.isEmpty ? nil : ld.authors, .jsonLD),
                                         (og.authors.isEmpty ? nil : og.authors, .openGraph),
                                         (meta.authors.isEmpty ? nil : meta.authors, .meta)]) ?? []
            var seen = Set<String>()
            result.authors = authors.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
            result.date = pick(.date, [(ld.date, .jsonLD), (og.date, .openGraph), (meta.date, .meta), (time, .time),
                                       (pageURL.flatMap(MetadataReader.dateInPath), .url)])
            result.source = pick(.source, [(ld.source ?? ldSource, .jsonLD), (og.source, .openGraph), (meta.source, .meta),
                                           (pageURL.flatMap(MetadataReader.host), .url)])
            result.url = pick(.url, [(pageURL, .url), (og.url, .openGraph), (ld.url, .jsonLD)])
            result.declaresArticle = ld.declaresArticle ?? og.declaresArticle
            result.articleBody = ld.articleBody
            return result
        }
    }

    // MARK: - Values

    /// Text with white space collapsed and HTML entities that slipped through left alone.
    static func clean(_ text: String) -> String {
        // Runs of white space (ASCII by bytes, the rest by their Unicode properties) become one space.
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = true
                continue
            }
            if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Strings in a JSON-LD value: a string, or a list of them.
    static func strings(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let list = value as? [Any] { return list.compactMap { $0 as? String } }
        return []
    }

    /// Names in a JSON-LD value: a string, an object with `name`, or a list of either.
    static func names(_ value: Any?) -> [String] {
        if let string = value as? String { return string.contains("://") ? [] : [clean(string)] }
        if let object = value as? [String: Any] { return strings(object["name"]).map(clean) }
        if let list = value as? [Any] { return list.flatMap(names) }
        return []
    }

    /// The calendar day at the start of an ISO 8601 stamp (`2025-09-24T10:31:00Z`), or a date written
    /// out (`September 24, 2025`, `Tue, 24 Sep 2025 10:31:00 GMT`).
    static func date(_ text: String) -> ArticleDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = Array(trimmed.unicodeScalars.prefix(10))
        if scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
           let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
           let month = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
           let day = Int(String(String.UnicodeScalarView(scalars[8..<10]))) {
            return ArticleDate(year: year, month: month, day: day)
        }
        if scalars.count >= 8, scalars.prefix(8).allSatisfy({ $0.properties.numericType != nil }),
           let year = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
           let month = Int(String(String.UnicodeScalarView(scalars[4..<6]))),
           let day = Int(String(String.UnicodeScalarView(scalars[6..<8]))) {
            return ArticleDate(year: year, month: month, day: day)
        }
        return ArticleDate(line: trimmed)
    }

    /// A date in a URL's path: `/2025/09/24/` or `/2025-09-24/`.
    static func dateInPath(_ url: String) -> ArticleDate? {
        guard let path = URLComponents(string: url)?.path else { return nil }
        let parts = path.split(separator: "/")
        for (i, part) in parts.enumerated() {
            if part.count == 10, let date = date(String(part)) { return date }
            if part.count == 4, let year = Int(part), (1990...2100).contains(year), i + 2 < parts.count,
               let month = Int(parts[i + 1]), let day = Int(parts[i + 2].prefix(2)), parts[i + 1].count == 2 {
                return ArticleDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// A URL's host without `www.`.
    static func host(_ url: String) -> String? {
        guard let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
