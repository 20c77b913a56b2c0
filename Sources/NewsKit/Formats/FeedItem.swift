import Foundation

/// One entry of a feed.
public struct FeedItem: Sendable, Hashable {
    public var id: String            // guid / atom:id / JSON id; else the link; else a stable hash of title and date
    public var link: String?         // absolute (relative links resolved against the feed's URL / xml:base)
    public var title: String?
    public var authors: [String]     // dc:creator, atom author, JSON authors …
    public var published: ArticleDate?
    public var contentHTML: String?  // content:encoded, atom content, content_html/content_text
    public var summaryHTML: String?  // description / summary

    public init(id: String, link: String? = nil, title: String? = nil, authors: [String] = [], published: ArticleDate? = nil,
                contentHTML: String? = nil, summaryHTML: String? = nil) {
        self.id = id
        self.link = link
        self.title = title
        self.authors = authors
        self.published = published
        self.contentHTML = contentHTML
        self.summaryHTML = summaryHTML
    }

    /// An item's id when the feed gives none: its link, else a stable hash of its title and date.
    static func fallbackID(link: String?, title: String?, published: ArticleDate?) -> String {
        if let link, !link.isEmpty { return link }
        var hash = StableHash()
        hash.combine(title ?? "")
        hash.combine(published?.description ?? "")
        return "urn:newsdesk:item:" + hash.hex
    }

    /// Whether the item carries the article itself, not only a summary (then the caller fetches `link`).
    ///
    /// It does when its content (`content:encoded`, Atom `content`, `content_html`) holds 300 characters
    /// or more of text, or, with no content, its summary 1,000 or more; and the text does not end as a
    /// teaser does (`…`, `[...]`, `Read more`, `Continue reading`).
    public var hasFullContent: Bool {
        let text = FeedText.blocks(fromHTML: contentHTML ?? summaryHTML ?? "").map(\.text).joined(separator: " ")
        let lowered = text.lowercased()
        let teaserEndings = ["…", "...", "[…]", "[...]", "read more", "continue reading", "read the full story",
                             "read the full article", "more »", "»"]
        if teaserEndings.contains(where: { lowered.hasSuffix($0) }) { return false }
        return contentHTML != nil ? text.count >= 300 : text.count >= 1000
    }

    /// The item as an article (paragraphs from its content's HTML); `path` is the item's key in the library.
    public func article(path: String, feedTitle: String?) -> Article {
        var article = Article(path: path)
        var evidence: [Article.Field: Article.Origin] = [:]
        if let title, !title.isEmpty { article.title = title; evidence[.title] = .feed }
        if !authors.isEmpty { article.author = authors.joined(separator: ", "); evidence[.author] = .feed }
        if let published { article.date = published; evidence[.date] = .feed }
        if let link { article.url = link; evidence[.url] = .feed }
        if let feedTitle, !feedTitle.isEmpty {
            article.source = feedTitle
            article.sourceEvidence = .feed
            evidence[.source] = .feed
        }
        article.evidence = evidence
        var blocks: [ContentExtractor.Block] = []
        if let title = article.title { blocks.append(.init(role: .headline, text: title)) }
        let content = FeedText.blocks(fromHTML: contentHTML ?? summaryHTML ?? "")
        let headline = article.title.map(ContentExtractor.normalized)
        blocks += content.filter { headline == nil || ContentExtractor.normalized($0.text) != headline }
        article.blocks = PageArticleBuilder.layout(blocks)
        return article
    }
}
