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
    public var blocks: [Paragraph]

    /// Where an article's outlet was read from, most trusted first.
    public enum SourceEvidence: String, Hashable, Sendable, Codable {
        case byline, frontMatter, dateline, folder
    }

    public init(path: String, title: String? = nil, source: String? = nil,
                sourceEvidence: SourceEvidence? = nil, author: String? = nil, date: ArticleDate? = nil,
                url: String? = nil, dateline: String? = nil, blocks: [Paragraph] = []) {
        self.path = path
        self.title = title
        self.source = source
        self.sourceEvidence = sourceEvidence
        self.author = author
        self.date = date
        self.url = url
        self.dateline = dateline
        self.blocks = blocks
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
