import NewsKit

/// What the reader shows, over an analysed corpus: the articles and people as the outlet filter lets
/// them through, each person's statements, and search.
public struct Library: Sendable {
    public let corpus: Corpus
    /// Outlets switched off in the Sources screen; `Library.unknownOutlet` stands for articles with none.
    public var hiddenOutlets: Set<String> = []

    public static let unknownOutlet = "(unknown outlet)"

    /// Every article, newest first (undated last), and by outlet: sorted once, filtered per frame.
    public let articlesByDate: [Int]
    public let articlesByOutlet: [Int]
    /// Every statement of each speaker, in article order: a pivot is a lookup, not a scan.
    private let statementsBySpeaker: [String: [Statement]]
    /// The store's full-text index, when the corpus came through the cache; else search reads everything.
    private let textIndex: TextIndex?

    public init(corpus: Corpus, textIndex: TextIndex? = nil) {
        self.corpus = corpus
        self.textIndex = textIndex
        let articles = corpus.articles.map(\.article)
        articlesByDate = articles.indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return articles[a].path < articles[b].path
            }
        }
        var bySpeaker: [String: [Statement]] = [:]
        for (a, analyzed) in corpus.articles.enumerated() {
            for (q, quote) in analyzed.quotes.enumerated() where quote.isStatement {
                if let speaker = quote.attribution?.speaker { bySpeaker[speaker, default: []].append(Statement(article: a, quote: q)) }
            }
        }
        statementsBySpeaker = bySpeaker
        articlesByOutlet = articles.indices.sorted { a, b in
            let x = Self.outlet(of: articles[a]), y = Self.outlet(of: articles[b])
            return x != y ? x < y : articles[a].path < articles[b].path
        }
    }

    /// A statement and where it is.
    public struct Statement: Sendable {
        public var article: Int
        public var quote: Int
        public init(article: Int, quote: Int) {
            self.article = article
            self.quote = quote
        }
    }

    public static func outlet(of article: Article) -> String { article.source ?? unknownOutlet }

    /// Every outlet with its number of articles, most articles first.
    public var outlets: [(name: String, articles: Int)] {
        var counts: [String: Int] = [:]
        for analyzed in corpus.articles { counts[Self.outlet(of: analyzed.article), default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    public func isVisible(article index: Int) -> Bool {
        !hiddenOutlets.contains(Self.outlet(of: corpus.articles[index].article))
    }

    /// The indices of the articles the filter lets through.
    public var visibleArticles: [Int] {
        corpus.articles.indices.filter(isVisible)
    }

    /// The statements of an article (full and partial quotes), in reading order.
    public func statements(inArticle index: Int) -> [Int] {
        corpus.articles[index].quotes.indices.filter { corpus.articles[index].quotes[$0].isStatement }
    }

    /// Everything a person said in the visible articles, in article order.
    public func statements(of person: Person) -> [Statement] {
        let all = statementsBySpeaker[person.name] ?? []
        return hiddenOutlets.isEmpty ? all : all.filter { isVisible(article: $0.article) }
    }

    /// The people with statements in the visible articles, most statements first, then everyone else
    /// named there.
    public var people: [(person: Person, statements: Int)] {
        if hiddenOutlets.isEmpty {
            // The corpus already lists people by statements.
            return corpus.people.map { ($0, $0.quoteCount) }
        }
        let visiblePaths = Set(visibleArticles.map { corpus.articles[$0].article.path })
        return corpus.people.filter { !visiblePaths.isDisjoint(with: $0.articles) }
            .map { ($0, statements(of: $0).count) }
            .sorted { ($0.statements, $1.person.name) > ($1.statements, $0.person.name) }
    }

    public func person(named name: String) -> Person? {
        corpus.people.first { $0.name == name }
    }

    /// The main speakers of an article, most statements first.
    public func mainSpeakers(ofArticle index: Int, limit: Int = 2) -> [String] {
        var counts: [String: Int] = [:]
        for q in statements(inArticle: index) {
            if let speaker = corpus.articles[index].quotes[q].attribution?.speaker { counts[speaker, default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key)
    }

    /// A place in an article where a search matched.
    public struct Match: Sendable {
        public var article: Int
        public var block: Int
        /// Scalar offsets in the block's text.
        public var range: Range<Int>
    }

    /// Where `query` starts a word in the visible articles' headlines and text, ignoring case: newest
    /// articles first, at most `limit` matches. The text index narrows the articles to read, when
    /// there is one.
    public func search(_ query: String, limit: Int = 1_000) -> [Match] {
        let needle = Array(query.lowercased().unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let candidates = textIndex?.articles(matching: query)
        var matches: [Match] = []
        for a in articlesByDate where candidates?[a] ?? true && isVisible(article: a) {
            for (b, block) in corpus.articles[a].article.blocks.enumerated() {
                let hay = Array(block.text.lowercased().unicodeScalars)
                guard hay.count >= needle.count else { continue }
                var i = 0
                while i + needle.count <= hay.count {
                    if hay[i] == needle[0], i == 0 || !Self.isWordScalar(hay[i - 1]), hay[i..<(i + needle.count)].elementsEqual(needle) {
                        matches.append(Match(article: a, block: b, range: i..<(i + needle.count)))
                        if matches.count == limit { return matches }
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return matches
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
