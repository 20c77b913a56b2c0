/// Articles about the same event across outlets, grouped into stories: pairs of articles that share
/// rare people, a statement, headline words and close dates (`StoryEvidence`) are joined, strongest
/// first, as long as a story's dated articles stay within `StoryEvidence.maxSpan` days. Only groups
/// covered by two or more outlets are stories.
public struct Stories: Sendable {
    /// Every story, the newest first (undated ones last), then by title.
    public let stories: [Story]
    /// For each article (by index in the corpus), its story's index in `stories`; -1 for none.
    private let storyOfArticle: [Int32]
    private let indexOfStory: [StoryID: Int]

    /// No stories (a corpus not grouped yet).
    public init() {
        stories = []
        storyOfArticle = []
        indexOfStory = [:]
    }

    /// Groups the corpus's articles; nil when `isCancelled` said to stop (checked now and then).
    public init?(corpus: Corpus, isCancelled: () -> Bool = { false }) {
        guard let evidence = StoryEvidence(corpus: corpus, isCancelled: isCancelled),
              let pairs = evidence.candidatePairs(isCancelled: isCancelled) else { return nil }
        var links: [(a: Int, b: Int, score: Double)] = []
        for (n, pair) in pairs.enumerated() {
            if n % 4096 == 0, isCancelled() { return nil }
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            if let score = evidence.score(a, b) { links.append((a, b, score)) }
        }
        links.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
        var groups = Groups(days: evidence.features.map(\.day))
        for link in links { groups.join(link.a, link.b) }
        // How central each article is in its group: the strength of its links inside it.
        var centrality = [Double](repeating: 0, count: corpus.articles.count)
        for link in links where groups.root(link.a) == groups.root(link.b) {
            centrality[link.a] += link.score
            centrality[link.b] += link.score
        }
        var members: [Int: [Int]] = [:]
        for article in corpus.articles.indices where groups.size(of: article) > 1 {
            members[groups.root(article), default: []].append(article)
        }
        var stories: [Story] = []
        for group in members.values {
            if let story = Self.story(of: group, in: corpus, centrality: centrality) { stories.append(story) }
        }
        stories.sort { a, b in
            switch (a.lastDate, b.lastDate) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.title, a.id) < (b.title, b.id)
            }
        }
        var storyOfArticle = [Int32](repeating: -1, count: corpus.articles.count)
        var indexOfStory: [StoryID: Int] = [:]
        for (n, story) in stories.enumerated() {
            indexOfStory[story.id] = n
            for article in story.articles { storyOfArticle[article] = Int32(n) }
        }
        self.stories = stories
        self.storyOfArticle = storyOfArticle
        self.indexOfStory = indexOfStory
    }

    /// A group of articles as a story, if two or more outlets cover it.
    private static func story(of group: [Int], in corpus: Corpus, centrality: [Double]) -> Story? {
        let articles = group.map { (index: $0, article: corpus.articles[$0].article) }
        let outletKeys = Set(articles.map { OutletFilter.outlet(of: $0.article).lowercased() })
        guard outletKeys.count >= 2 else { return nil }
        let ordered = articles.sorted { x, y in
            switch (x.article.date, y.article.date) {
            case let (a?, b?) where a != b: return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                return (OutletFilter.outlet(of: x.article), x.article.path) < (OutletFilter.outlet(of: y.article), y.article.path)
            }
        }
        var outlets: [String] = [], seen = Set<String>()
        for (_, article) in ordered where seen.insert(OutletFilter.outlet(of: article).lowercased()).inserted {
            outlets.append(OutletFilter.outlet(of: article))
        }
        // The most central article names the story; the earliest on a tie.
        var central = ordered[0]
        for candidate in ordered.dropFirst() where centrality[candidate.index] > centrality[central.index] { central = candidate }
        let dates = ordered.compactMap(\.article.date)
        return Story(id: StoryID(firstArticle: ordered[0].article.path),
                     title: central.article.title ?? ArticleListing.openingWords(of: central.article),
                     articles: ordered.map(\.index), outlets: outlets, firstDate: dates.first, lastDate: dates.last)
    }

    /// The story an article is in (its index in `stories`).
    public func story(ofArticle index: Int) -> Int? {
        guard storyOfArticle.indices.contains(index) else { return nil }
        let story = storyOfArticle[index]
        return story < 0 ? nil : Int(story)
    }

    /// The story with this ID.
    public func story(_ id: StoryID) -> Story? {
        indexOfStory[id].map { stories[$0] }
    }
}

/// Union-find over articles that keeps each group's dated articles within `StoryEvidence.maxSpan`
/// days, so that a chain of day-to-day links does not run one event into the next.
private struct Groups {
    private var parent: [Int]
    private var sizes: [Int]
    private var span: [(first: Int, last: Int)?]

    init(days: [Int?]) {
        parent = Array(days.indices)
        sizes = [Int](repeating: 1, count: days.count)
        span = days.map { $0.map { ($0, $0) } }
    }

    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func size(of x: Int) -> Int { sizes[root(x)] }

    /// Joins the groups of `a` and `b` unless the joined group would span too many days.
    mutating func join(_ a: Int, _ b: Int) {
        var x = root(a), y = root(b)
        guard x != y else { return }
        let joined: (first: Int, last: Int)?
        switch (span[x], span[y]) {
        case let (p?, q?):
            joined = (min(p.first, q.first), max(p.last, q.last))
            if let joined, joined.last - joined.first > StoryEvidence.maxSpan { return }
        case let (p, q): joined = p ?? q
        }
        if sizes[x] < sizes[y] { swap(&x, &y) }
        parent[y] = x
        sizes[x] += sizes[y]
        span[x] = joined
    }
}
