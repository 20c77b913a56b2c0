/// Articles of two or more outlets about the same event, grouped (see `Stories`).
public struct Story: Hashable, Sendable, Identifiable {
    public var id: StoryID
    /// The headline of its most central article (the one most like the others).
    public var title: String
    /// The articles (indices into the corpus), by date (undated last), then outlet and path.
    public var articles: [Int]
    /// The outlets covering it, in the order of `articles`, each once.
    public var outlets: [String]
    /// The first and last dates of its dated articles; nil when none has a date.
    public var firstDate: ArticleDate?
    public var lastDate: ArticleDate?

    public init(id: StoryID, title: String, articles: [Int], outlets: [String], firstDate: ArticleDate?, lastDate: ArticleDate?) {
        self.id = id
        self.title = title
        self.articles = articles
        self.outlets = outlets
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// `2026-05-11 – 2026-05-13`, one date when they are the same, `undated` when there is none.
    public var dateSpan: String {
        switch (firstDate, lastDate) {
        case let (first?, last?) where first != last: "\(first) – \(last)"
        case let (first?, _): first.description
        default: "undated"
        }
    }
}
