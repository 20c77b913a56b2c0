/// The questions asked of a corpus, by the reader and by the commands alike: articles and people as the
/// outlet filter lets them through, each person's statements, an article's main speakers, and search.
public struct CorpusQuery: Sendable {
    public private(set) var corpus: Corpus
    /// The outlets shown; every answer below respects it.
    public var outletFilter = OutletFilter()

    /// The keys (paths) of the articles read, from the library; the reader keeps it up to date.
    public var readArticles: Set<String> = []

    /// Every article, newest first (undated last, by outlet and headline), and by outlet: sorted once,
    /// filtered per frame.
    public let articlesByDate: [Int]
    /// Whether any article has a date (else the date column and order mean nothing).
    public let hasDates: Bool
    public let articlesByOutlet: [Int]
    /// Every statement of each person, in article order: a pivot is a lookup, not a scan.
    private var statementsByPerson: [PersonID: [Statement]]
    /// The store's full-text index, when the corpus came through the cache; else search reads everything.
    private let textIndex: TextIndex?
    /// Stories, coverage and statement groups, worked out once for this corpus and shared by copies of
    /// this query.
    private(set) var derived = DerivedAnswers()
    /// Whether answers that rest on statement groups (outlets quoting a statement, inferred speakers)
    /// use only the groups built so far, building them in the background: set by the reader, whose
    /// frames must not wait seconds for a large corpus's groups.
    public var groupsStatementsInBackground = false

    public init(corpus: Corpus, textIndex: TextIndex? = nil) {
        self.corpus = corpus
        self.textIndex = textIndex
        let articles = corpus.articles.map(\.article)
        articlesByDate = articles.indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            case (_?, _?): return articles[a].path < articles[b].path
            case (nil, nil):
                let x = (OutletFilter.outlet(of: articles[a]), articles[a].title ?? ""), y = (OutletFilter.outlet(of: articles[b]), articles[b].title ?? "")
                return x != y ? x < y : articles[a].path < articles[b].path
            }
        }
        hasDates = articles.contains { $0.date != nil }
        statementsByPerson = Self.statementsByPerson(corpus)
        articlesByOutlet = articles.indices.sorted { a, b in
            let x = OutletFilter.outlet(of: articles[a]), y = OutletFilter.outlet(of: articles[b])
            return x != y ? x < y : articles[a].path < articles[b].path
        }
    }

    /// Every statement of each person (corrections applied), in article order.
    private static func statementsByPerson(_ corpus: Corpus) -> [PersonID: [Statement]] {
        var byPerson: [PersonID: [Statement]] = [:]
        for (a, analyzed) in corpus.articles.enumerated() {
            for (q, quote) in analyzed.quotes.enumerated() where corpus.isStatement(quote) {
                if let speaker = corpus.speaker(of: quote, inArticle: a) {
                    byPerson[speaker.id, default: []].append(Statement(article: a, quote: q))
                }
            }
        }
        return byPerson
    }

    /// Puts `corrections` in force in place of those before (see `Corpus.apply(_:)`): every answer
    /// below follows them.
    public mutating func apply(_ corrections: [Correction]) {
        corpus.apply(corrections)
        statementsByPerson = Self.statementsByPerson(corpus)
        // Stories, coverage and statement groups rest on who said what: worked out again when asked.
        derived = DerivedAnswers()
    }

    /// A copy sharing none of this query's derived answers (stories, coverage, statement groups): what
    /// work in the background reads, so that it keeps none of them alive once the reader drops them.
    var detached: CorpusQuery {
        var copy = self
        copy.derived = DerivedAnswers()
        return copy
    }

    /// A statement and where it is: the article (index in the corpus) and the quote (index in it).
    public struct Statement: Hashable, Sendable {
        public var article: Int
        public var quote: Int
        public init(article: Int, quote: Int) {
            self.article = article
            self.quote = quote
        }
    }

    /// Every outlet with its number of articles, most articles first.
    public var outlets: [(name: String, articles: Int)] {
        var counts: [String: Int] = [:]
        for analyzed in corpus.articles { counts[OutletFilter.outlet(of: analyzed.article), default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// Whether the article has been read (opened, or marked).
    public func isRead(article index: Int) -> Bool {
        !readArticles.isEmpty && readArticles.contains(corpus.articles[index].article.path)
    }

    public func isVisible(article index: Int) -> Bool {
        outletFilter.shows(corpus.articles[index].article)
    }

    /// The indices of the articles the filter lets through, in corpus order.
    public var visibleArticles: [Int] {
        corpus.articles.indices.filter(isVisible)
    }

    /// The statements of an article (full and partial quotes), in reading order.
    public func statements(inArticle index: Int) -> [Int] {
        corpus.articles[index].quotes.indices.filter { corpus.isStatement(corpus.articles[index].quotes[$0]) }
    }

    /// The person with this ID (or a former ID of theirs).
    public func person(_ id: PersonID) -> Person? {
        corpus.person(id)
    }

    /// Everything a person said in the visible articles, in article order.
    public func statements(of id: PersonID) -> [Statement] {
        guard let person = corpus.person(id) else { return [] }
        let all = statementsByPerson[person.id] ?? []
        return outletFilter.showsAll ? all : all.filter { isVisible(article: $0.article) }
    }

    /// The people named in the visible articles, most statements there first.
    public var people: [(person: Person, statements: Int)] {
        if outletFilter.showsAll {
            // The corpus already lists people by statements.
            return corpus.people.map { ($0, $0.quoteCount) }
        }
        let visiblePaths = Set(visibleArticles.map { corpus.articles[$0].article.path })
        return corpus.people.filter { !visiblePaths.isDisjoint(with: $0.articles) }
            .map { ($0, statements(of: $0.id).count) }
            .sorted { ($0.statements, $1.person.name) > ($1.statements, $0.person.name) }
    }

    /// The people of `people` any of whose names or aliases contain `text`, case and accents ignored.
    public func people(matching text: String) -> [(person: Person, statements: Int)] {
        let wanted = SearchText.words(text).joined(separator: " ")
        guard !wanted.isEmpty else { return people }
        return people.filter { Self.person($0.person, isNamed: wanted) }
    }

    /// Whether any of a person's names or aliases has `name` in it, both folded as search folds them:
    /// the one rule for finding a person by name (the People filter, `--speaker`, `speaker:`).
    static func person(_ person: Person, isNamed name: String) -> Bool {
        ([person.name] + person.aliases).contains { SearchText.words($0).joined(separator: " ").contains(name) }
    }

    /// The main speakers of an article, most statements first.
    public func mainSpeakers(ofArticle index: Int, limit: Int = 2) -> [Person] {
        var counts: [PersonID: (person: Person, statements: Int)] = [:]
        for q in statements(inArticle: index) {
            if let speaker = corpus.speaker(of: corpus.articles[index].quotes[q], inArticle: index) {
                counts[speaker.id, default: (speaker, 0)].statements += 1
            }
        }
        return counts.values.sorted { ($0.statements, $1.person.name) > ($1.statements, $0.person.name) }
            .prefix(limit).map(\.person)
    }

    /// A place in an article where a search matched.
    public struct Match: Sendable {
        public var article: Int
        public var block: Int
        /// Scalar offsets in the block's text.
        public var range: Range<Int>
    }

    /// Where `query` (see `SearchQuery`) matches in the visible articles (all articles with
    /// `everyOutlet`): each word that starts with one of its words and each of its phrases, in the
    /// articles that have every word and phrase and none of the excluded words, quote a speaker named
    /// in each `speaker:` term and come from an outlet named in each `outlet:` term. A query of only
    /// `speaker:` terms matches those speakers' statements; of only other terms, each article's
    /// headline. Newest articles first, at most `limit` matches.
    ///
    /// The text index narrows the articles to read, when there is one; but asking it costs about as
    /// much as the articles it names (every article, for a common word), so the newest articles are
    /// read first, and the index is asked only when they do not promise `limit` matches soon
    /// (`SearchPace`). Either way the answer is the same: the index only leaves out articles that
    /// cannot match.
    public func search(_ query: SearchQuery, limit: Int = 1_000, everyOutlet: Bool = false) -> [Match] {
        guard !query.isEmpty else { return [] }
        var pace = SearchPace(limit: limit, indexed: textIndex != nil)
        var candidates: [Bool]?
        let speakers = query.speakers.isEmpty ? nil : speakerArticles(query.speakers)
        let terms = query.words.count + query.phrases.count
        // Whether each outlet (by name as written) is named by every `outlet:` term: folded once per outlet.
        var outletNamed: [String: Bool] = [:]
        var matches: [Match] = []
        for a in articlesByDate where speakers?.articles[a] ?? true {
            if pace.asksIndex(matches: matches.count) { candidates = textIndex?.articles(matching: query) }
            // The index's answer first: it leaves out most articles, for less than asking each its outlet.
            if let candidates, !candidates[a] { continue }
            guard everyOutlet || isVisible(article: a) else { continue }
            let article = corpus.articles[a].article
            if !query.outlets.isEmpty {
                let name = OutletFilter.outlet(of: article)
                let named = outletNamed[name] ?? {
                    let outlet = SearchText.words(name).joined(separator: " ")
                    return query.outlets.allSatisfy { outlet.contains($0) }
                }()
                outletNamed[name] = named
                guard named else { continue }
            }
            pace.read()
            var texts: [SearchText] = []
            if terms > 0 || !query.excluded.isEmpty {
                // Every word and phrase somewhere in the article, no excluded word anywhere.
                var found = Set<Int>()
                var excluded = false
                for block in article.blocks {
                    let text = SearchText(block.text)
                    let presence = text.presence(of: query)
                    if presence.excluded { excluded = true; break }
                    found.formUnion(presence.found)
                    texts.append(text)
                }
                guard !excluded, found.count == terms else { continue }
            }
            if terms > 0 {
                for (b, text) in texts.enumerated() {
                    for range in text.ranges(of: query) {
                        matches.append(Match(article: a, block: b, range: range))
                        if matches.count == limit { return matches }
                    }
                }
            } else if let speakers {
                for quote in corpus.articles[a].quotes where corpus.isStatement(quote) {
                    guard let speaker = corpus.speaker(of: quote, inArticle: a), speakers.people.contains(speaker.id) else { continue }
                    matches.append(Match(article: a, block: quote.block, range: quote.range.start..<quote.range.end))
                    if matches.count == limit { return matches }
                }
            } else {
                let block = article.blocks.firstIndex { $0.role == .headline } ?? 0
                matches.append(Match(article: a, block: block, range: 0..<0))
                if matches.count == limit { return matches }
            }
        }
        return matches
    }

    /// `search` of a query as typed.
    public func search(_ query: String, limit: Int = 1_000, everyOutlet: Bool = false) -> [Match] {
        search(SearchQuery(query), limit: limit, everyOutlet: everyOutlet)
    }

    /// The people any of whose names has every one of `names` (folded), and the articles quoting one
    /// of them for each name.
    private func speakerArticles(_ names: [String]) -> (people: Set<PersonID>, articles: [Bool]) {
        var articles = [Bool](repeating: true, count: corpus.articles.count)
        var everyone = Set<PersonID>()
        for name in names {
            var quoting = [Bool](repeating: false, count: corpus.articles.count)
            for person in corpus.people where Self.person(person, isNamed: name) {
                everyone.insert(person.id)
                for statement in statementsByPerson[person.id] ?? [] { quoting[statement.article] = true }
            }
            for a in articles.indices where !quoting[a] { articles[a] = false }
        }
        return (everyone, articles)
    }
}
