/// What an element's `class` and `id` (and a few roles) say about it: part of the article, or part of
/// the page around it (comments, share buttons, related links, menus, cookie notices, ads …).
enum ClassHints {
    enum Hint { case positive, negative, neutral }

    /// Words that mark boilerplate wherever they appear inside a class or id.
    private static let negativeFragments = [
        "comment", "disqus", "sidebar", "widget", "related", "recommend", "newsletter", "subscri", "signup",
        "sign-up", "promo", "sponsor", "advert", "cookie", "consent", "gdpr", "banner", "popup", "modal",
        "breadcrumb", "pagination", "pager", "footer", "masthead", "navbar", "navigation", "menu", "share",
        "sharing", "social", "trending", "popular", "outbrain", "taboola", "author-bio", "authorbio",
        "author-info", "about-author", "more-stories", "morestories", "read-more", "readmore", "tag-list",
        "taglist", "toolbar", "skip-link", "jump-link", "print-only", "visually-hidden", "screen-reader",
        "sr-only", "paywall", "inline-ad", "ad-container", "adslot", "ad-slot", "dfp", "carousel",
        "slideshow", "gallery", "rating", "next-post", "prev-post", "post-nav", "postnav", "entry-meta",
        "post-meta", "article-meta", "byline", "timestamp", "credit", "caption", "offscreen",
        "follow", "donate", "login", "register", "upsell", "app-promo", "download", "pullquote", "pull-quote",
    ]
    /// Whole words (split on spaces, hyphens and underscores) that mark boilerplate.
    private static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "nav", "tags", "tag", "meta", "related", "aside", "extra", "links", "footnote",
        "more", "sponsored", "share", "social", "print", "email", "author", "bio", "date", "time", "subscribe",
        "login", "banner", "masthead", "header", "hdr", "topics", "categories", "category",
    ]
    /// Words that mark the article itself.
    private static let positiveFragments = [
        "article-body", "articlebody", "article-content", "articlecontent", "article-text", "articletext",
        "story-body", "storybody", "story-content", "storycontent", "entry-content", "entrycontent",
        "post-content", "postcontent", "post-body", "postbody", "post-entry", "content-body", "body-text",
        "bodytext", "main-content", "maincontent", "article__body", "article__content", "story__body",
        "rich-text", "richtext", "article-main", "blog-post", "single-post", "news-text",
    ]
    private static let positiveWords: Set<String> = [
        "article", "content", "entry", "post", "story", "body", "text", "main", "blog", "prose", "page",
    ]

    /// The hint of an element from its class, id, itemprop and role.
    static func hint(class className: String?, id: String?, itemprop: String?, role: String?) -> Hint {
        if let itemprop, itemprop.lowercased().contains("articlebody") || itemprop == "text" { return .positive }
        if let role {
            switch role.lowercased() {
            case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog",
                 "search", "toolbar", "tablist": return .negative
            case "main", "article": return .positive
            default: break
            }
        }
        let words = [className, id].compactMap { $0?.lowercased() }.joined(separator: " ")
        guard !words.isEmpty else { return .neutral }
        if positiveFragments.contains(where: words.contains) { return .positive }
        if negativeFragments.contains(where: words.contains) { return .negative }
        let tokens = words.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
        if tokens.contains(where: { negativeWords.contains(String($0)) }) { return .negative }
        if tokens.contains(where: { positiveWords.contains(String($0)) }) { return .positive }
        return .neutral
    }
}
