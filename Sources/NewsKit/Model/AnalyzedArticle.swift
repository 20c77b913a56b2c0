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

    /// The article's person who said `quote`, if a rule was sure.
    public func speaker(of quote: Quote) -> ArticlePerson? {
        quote.attribution.map { people[$0.speaker.index] }
    }

    /// A hash of the article's text (its blocks' words, in order), from which its quotes' IDs are made.
    public var textFingerprint: UInt64 {
        var hash = StableHash()
        for block in article.blocks { hash.combine(block.text) }
        return hash.value
    }

    /// Gives each quote its ID: the words and which of the quotes with those words it is.
    mutating func assignQuoteIDs() {
        let article = QuoteID.articleHash(textFingerprint)
        var seen: [String: Int] = [:]
        /// The count before this quote's, counting it (one lookup).
        func occurrence(_ count: inout Int) -> Int {
            defer { count += 1 }
            return count
        }
        for q in quotes.indices {
            quotes[q].id = QuoteID(article: article, words: quotes[q].text, occurrence: occurrence(&seen[quotes[q].text, default: 0]))
        }
    }
}

/// One person as one article names them.
public struct ArticlePerson: Hashable, Sendable, Codable {
    /// A person of one article: the index in `AnalyzedArticle.people`.
    public struct ID: Hashable, Sendable, Codable {
        public let index: Int
        public init(index: Int) {
            self.index = index
        }
    }

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
