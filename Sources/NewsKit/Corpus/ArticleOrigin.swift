import Foundation

/// Where an article came from, in words, section by section: for a fetched article its address, the
/// subscription (feed or page) that brought it, when it was fetched, the validators kept and the
/// charset of its page and where that was found; for a file its path, size and modification time and
/// the layout found (front matter, byline, date line …); and for every metadata field of a page or
/// feed item (headline, author, date, outlet) which part of it gave the value.
public struct ArticleOrigin: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var label: String
        public var value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var lines: [Line]

        public init(title: String, lines: [Line]) {
            self.title = title
            self.lines = lines
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) {
        self.sections = sections
    }

    /// What is known of `article`'s origin; `library` is asked for a fetched one (nil: files only).
    public static func of(_ article: Article, library: LibraryStore?) -> ArticleOrigin {
        var sections: [Section] = []
        if let library, let fetched = try? library.origin(ofArticle: article.path) {
            sections.append(fetchedSection(article, fetched))
            if let page = fetched.page { sections.append(charsetSection(page, httpCharset: charset(inContentType: fetched.pageType))) }
        } else {
            sections += fileSections(article)
        }
        sections.append(fieldsSection(article))
        return ArticleOrigin(sections: sections)
    }

    // MARK: - Fetched

    private static func fetchedSection(_ article: Article, _ origin: LibraryStore.Origin) -> Section {
        var lines = [Line(label: "address", value: origin.url ?? article.url ?? article.path)]
        let isFeed = origin.item != nil
        lines.append(Line(label: isFeed ? "feed" : "page subscription", value: origin.subscription))
        if let title = origin.subscriptionTitle { lines.append(Line(label: "which calls itself", value: title)) }
        if let outlet = origin.subscriptionOutlet { lines.append(Line(label: "outlet given", value: outlet)) }
        if let guid = origin.guid { lines.append(Line(label: "item id (GUID)", value: guid)) }
        lines.append(Line(label: "fetched", value: timestamp(origin.fetchedAt)))
        if isFeed {
            lines.append(Line(label: "text from", value: origin.page == nil ? "the feed item (its whole text, or its summary)" : "the item's linked page"))
        }
        lines.append(Line(label: "HTTP status", value: "200 (only answers with content are kept; the status is not stored)"))
        lines.append(Line(label: isFeed ? "feed's ETag" : "ETag", value: origin.etag ?? "none given"))
        lines.append(Line(label: isFeed ? "feed's Last-Modified" : "Last-Modified", value: origin.lastModified ?? "none given"))
        if let type = origin.pageType { lines.append(Line(label: "page's Content-Type", value: type)) }
        if let page = origin.page { lines.append(Line(label: "page size", value: bytes(page.count))) }
        return Section(title: "Fetched", lines: lines)
    }

    /// The charset a page was read in, and where it was found.
    private static func charsetSection(_ page: Data, httpCharset: String?) -> Section {
        let decoded = CharsetSniffer.decode([UInt8](page), httpCharset: httpCharset)
        let origins = ["bom": "a byte-order mark", "http": "the HTTP Content-Type header", "meta": "the page's <meta> charset",
                       "utf8": "none declared; the bytes are valid UTF-8", "fallback": "none declared and not UTF-8: read as Windows-1252"]
        var lines = [Line(label: "charset", value: decoded.charset),
                     Line(label: "found in", value: origins[decoded.origin] ?? decoded.origin)]
        if let warning = decoded.warning { lines.append(Line(label: "warning", value: warning)) }
        return Section(title: "Charset", lines: lines)
    }

    /// `text/html; charset=UTF-8` → `UTF-8`.
    static func charset(inContentType type: String?) -> String? {
        guard let type, let range = type.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let value = type[range.upperBound...].prefix { $0 != ";" }.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        return value.isEmpty ? nil : value
    }

    // MARK: - Files

    private static func fileSections(_ article: Article) -> [Section] {
        // A feed item read from a file is `FILE#ITEM`.
        let (filePath, item) = splitItem(article.path)
        let location = FileLocation(filePath)
        var lines = [Line(label: "path", value: ArticleLoader.printable(filePath))]
        if let item { lines.append(Line(label: "feed item", value: "#" + item)) }
        if let url = article.url { lines.append(Line(label: "address", value: url)) }
        var info = stat()
        if location.withCString({ stat($0, &info) }) == 0 {
            lines.append(Line(label: "size", value: bytes(Int(info.st_size))))
            lines.append(Line(label: "modified", value: timestamp(Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec)))))
        } else {
            lines.append(Line(label: "file", value: "no longer there"))
        }
        var sections = [Section(title: "File", lines: lines)]
        if article.evidence.isEmpty, item == nil { sections.append(layoutSection(article, location: location)) }
        if !article.evidence.isEmpty, item == nil, case .success(let data) = ArticleLoader.contents(of: location),
           !Feed.looksLikeFeed(data) {
            sections.append(charsetSection(data, httpCharset: nil))
        }
        return sections
    }

    private static func splitItem(_ path: String) -> (String, String?) {
        guard let hash = path.lastIndex(of: "#"), path[path.index(after: hash)...].count == 16,
              path[path.index(after: hash)...].allSatisfy(\.isHexDigit) else { return (path, nil) }
        return (String(path[..<hash]), String(path[path.index(after: hash)...]))
    }

    /// What the parser found in a text file's layout.
    private static func layoutSection(_ article: Article, location: FileLocation) -> Section {
        var lines: [Line] = []
        var hasFrontMatter = false
        if case .success(let data) = ArticleLoader.contents(of: location), let decoded = try? TextDecoding.decode(data) {
            hasFrontMatter = FrontMatter(SourceText(decoded.text)) != nil
            if let warning = decoded.warning { lines.append(Line(label: "encoding", value: warning)) }
        }
        lines.append(Line(label: "front matter", value: hasFrontMatter ? "yes (title:, source:, date:, author:, url:)" : "none"))
        let byline = article.blocks.first { $0.role == .byline }
        lines.append(Line(label: "byline", value: byline.map { "“\($0.text)”" } ?? "none"))
        let dateLine = article.blocks.first { $0.role == .date }
        lines.append(Line(label: "date line", value: dateLine.map { "“\($0.text)”" } ?? "none"))
        if let dateline = article.dateline { lines.append(Line(label: "dateline", value: dateline)) }
        let outletFrom: [Article.SourceEvidence: String] = [.byline: "the byline", .frontMatter: "the front matter",
                                                            .dateline: "the dateline's agency", .folder: "the folder's name"]
        lines.append(Line(label: "outlet from", value: article.sourceEvidence.flatMap { outletFrom[$0] } ?? "nothing names it"))
        let roles: [(Paragraph.Role, String)] = [(.body, "paragraphs"), (.caption, "captions"), (.subheading, "subheadings"), (.related, "related lines")]
        let counts = roles.map { role, name in "\(article.blocks(role).count) \(name)" }
        lines.append(Line(label: "blocks", value: counts.joined(separator: ", ")))
        return Section(title: "Layout found", lines: lines)
    }

    // MARK: - Fields

    /// Each metadata field, its value and what gave it.
    private static func fieldsSection(_ article: Article) -> Section {
        let origins: [Article.Origin: String] = [
            .jsonLD: "JSON-LD (schema.org)", .openGraph: "OpenGraph", .meta: "<meta> tag", .time: "<time datetime>",
            .heading: "the page's <h1>", .documentTitle: "the page's <title>", .text: "the text (a byline or date line)",
            .url: "the address", .feed: "the feed",
        ]
        let fields: [(Article.Field, String, String?)] = [
            (.title, "headline", article.title), (.author, "author", article.author), (.date, "date", article.date?.description),
            (.source, "outlet", article.source), (.url, "address", article.url),
        ]
        let lines = fields.map { field, name, value -> Line in
            guard let value else { return Line(label: name, value: "none found") }
            let origin: String
            if let recorded = article.evidence[field] {
                origin = origins[recorded] ?? recorded.rawValue
            } else if field == .source, let evidence = article.sourceEvidence {
                origin = [.byline: "the byline", .frontMatter: "the front matter", .dateline: "the dateline",
                          .folder: "the folder's name", .page: "the page", .feed: "the feed"][evidence] ?? evidence.rawValue
            } else {
                origin = article.evidence.isEmpty ? "the file's header" : "the feed or the page around it"
            }
            return Line(label: name, value: "\(value)  ← \(origin)")
        }
        return Section(title: "Each field and what gave it", lines: lines)
    }

    // MARK: - Values

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func bytes(_ count: Int) -> String {
        count < 10_000 ? "\(count) bytes" : String(format: "%.1f KB (%d bytes)", Double(count) / 1000, count)
    }
}
