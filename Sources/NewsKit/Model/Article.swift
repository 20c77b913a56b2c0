/// One news article as parsed from a file: its metadata and its blocks in file order.
public struct Article: Hashable, Sendable, Codable {
    /// The path the article was read from, as the user named it.
    public var path: String
    /// The headline, from the file's header or its front matter.
    public var title: String?
    /// The outlet that published the article; nil when nothing names it.
    public var source: String?
    /// How `source` was found.
    public var sourceEvidence: SourceEvidence?
    public var author: String?
    public var date: ArticleDate?
    public var url: String?
    /// A dateline opening the first paragraph (`KYIV, Sept 24 (Reuters) -`), kept in that paragraph too.
    public var dateline: String?
    /// Every block of the file in order: headline, byline, date line, captions, body paragraphs …
    /// For a web page or a feed item, the blocks are those of the extracted text, and their ranges are
    /// offsets in that text (the blocks' texts joined by blank lines), not in the page's markup.
    public var blocks: [Paragraph]
    /// Where each metadata field of a web page or a feed item was read from (empty for a text file,
    /// whose fields come from its header).
    public var evidence: [Field: Origin]

    /// Where an article's outlet was read from, most trusted first.
    public enum SourceEvidence: String, Hashable, Sendable, Codable {
        case byline, frontMatter, dateline, folder
        /// What a web page says about itself (see `evidence[.source]` for where in it).
        case page
        /// The feed the item came from.
        case feed
    }

    /// A metadata field whose origin is recorded.
    public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
        case title, author, date, source, url
    }

    /// Where in a web page or a feed a metadata field was found.
    public enum Origin: String, Hashable, Sendable, Codable, CaseIterable {
        /// schema.org JSON-LD (`NewsArticle`, `Article`, `BlogPosting` …).
        case jsonLD = "json-ld"
        /// OpenGraph `og:` and `article:` properties.
        case openGraph = "opengraph"
        /// Other `<meta>` tags (`author`, `date`, Dublin Core, Parse.ly …).
        case meta
        /// A `<time datetime>` element.
        case time
        /// The page's `<h1>`.
        case heading
        /// The page's `<title>`.
        case documentTitle = "title"
        /// A byline or date line in the page's text.
        case text
        /// The page's address (its host for the outlet, a date in its path).
        case url
        /// The feed item (or the feed, for the outlet).
        case feed
    }

    public init(path: String, title: String? = nil, source: String? = nil,
                sourceEvidence: SourceEvidence? = nil, author: String? = nil, date: ArticleDate? = nil,
                url: String? = nil, dateline: String? = nil, blocks: [Paragraph] = [], evidence: [Field: Origin] = [:]) {
        self.path = path
        self.title = title
        self.source = source
        self.sourceEvidence = sourceEvidence
        self.author = author
        self.date = date
        self.url = url
        self.dateline = dateline
        self.blocks = blocks
        self.evidence = evidence
    }

    /// The body paragraphs, in order.
    public var paragraphs: [Paragraph] { blocks(.body) }
    public var captions: [Paragraph] { blocks(.caption) }
    public var subheadings: [Paragraph] { blocks(.subheading) }
    /// `Related article: …` lines and the like.
    public var related: [Paragraph] { blocks(.related) }

    public func blocks(_ role: Paragraph.Role) -> [Paragraph] {
        blocks.filter { $0.role == role }
    }
}
