/// An article with what the analysis found in it: names, quotations with their speakers, and the people
/// it mentions (one entry per person, aliases merged).
public struct AnalyzedArticle: Hashable, Sendable, Codable {
    public var article: Article
    public var mentions: [Mention]
    public var quotes: [Quote]
    public var people: [ArticlePerson]

    public init(article: Article, mentions: [Mention], quotes: [Quote], people: [ArticlePerson]) {
        self.article = article
        self.mentions = mentions
        self.quotes = quotes
        self.people = people
    }
}

/// One person as one article names them.
public struct ArticlePerson: Hashable, Sendable, Codable {
    /// The fullest name the article gives (`Volodymyr Zelensky`), without titles.
    public var name: String
    /// Every form that names the person here: `Zelensky`, `President Volodymyr Zelensky`, `the Ukrainian leader`.
    public var aliases: [String]
    /// Titles and roles written with the name: `President`, `State Department spokesman`.
    public var roles: [String]

    public init(name: String, aliases: [String], roles: [String]) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }
}
