/// What an element's `class` and `id` (and a few roles) say about it: part of the article, or part of
/// the page around it (comments, share buttons, related links, menus, cookie notices, ads …).
enum ClassHints {
    enum Hint {
        /// Names the article's body itself (`itemprop="articleBody"`, `entry-content`, `<main>` …).
        case strong
        case positive, negative, neutral
    }

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
        "ad", "ads", "adv", "nav", "tags", "meta", "related", "aside", "links", "sponsored", "share", "social",
        "bio", "subscribe", "login", "banner", "masthead", "header", "hdr", "topics",
    ]
    private static let taxonomyPrefixes = ["tag-", "category-", "categories-", "format-", "status-", "type-", "postid-", "topic-", "section-"]
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

    private static let positiveBytes = positiveFragments.map { Array($0.utf8) }
    private static let negativeBytes = negativeFragments.map { Array($0.utf8) }

    /// Whether `needle` occurs in `haystack` (bytes: no Foundation, no Unicode, on every class name).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The hint of an element from its class, id, itemprop and role.
    static func hint(class className: String?, id: String?, itemprop: String?, role: String?) -> Hint {
        if let itemprop, itemprop.lowercased().contains("articlebody") || itemprop == "text" { return .strong }
        if let role {
            switch role.lowercased() {
            case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog",
                 "search", "toolbar", "tablist": return .negative
            case "main": return .strong
            case "article": return .positive
            default: break
            }
        }
        // Class names that name a post's taxonomy or state (WordPress's `tag-…`, `category-…`,
        // `format-…`) say nothing about the element.
        let names = ((className ?? "") + " " + (id ?? "")).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .filter { name in !taxonomyPrefixes.contains(where: { name.hasPrefix($0) }) }
        guard !names.isEmpty else { return .neutral }
        let bytes = names.map { Array($0.utf8) }
        if bytes.contains(where: { name in positiveBytes.contains { contains(name, $0) } }) { return .strong }
        if bytes.contains(where: { name in negativeBytes.contains { contains(name, $0) } }) { return .negative }
        // A word counts at either end of a name (`ad-slot`, `top-ad`), not inside it (`non-ad-column`).
        let ends = names.flatMap { name -> [Substring] in
            let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
            return [words.first, words.last].compactMap { $0 }
        }
        if ends.contains(where: { negativeWords.contains(String($0)) }) { return .negative }
        if ends.contains(where: { positiveWords.contains(String($0)) }) { return .positive }
        return .neutral
    }
}
