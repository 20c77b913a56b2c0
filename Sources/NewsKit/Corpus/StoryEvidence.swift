import Foundation

/// What tells that two articles are about the same event: the people both name (weighted by how rare
/// each is in the corpus), the words both headlines use (the same), a statement both quote
/// (`SharedStatements`), and how close their dates are. Candidate pairs come from an inverted index of
/// the rarer keys, within a few days of each other: never all pairs.
struct StoryEvidence {
    /// Dated articles further apart than this (in days) are never one story.
    static let maxDayGap = 3
    /// A story's dated articles span at most this many days.
    static let maxSpan = 7
    /// A key in more articles than this (or than `rareShare` of the corpus, whichever is more) says
    /// nothing about an event and proposes no pairs.
    static let rareFloor = 50
    static let rareShare = 0.02
    /// A key shared by more articles than this within `maxDayGap` days proposes no pairs there.
    static let windowCap = 30
    /// Undated articles are paired only through keys this rare.
    static let undatedCap = 12
    /// Runs of words an undated article must share with another (three runs of six: a passage of eight
    /// words or more, or more than one statement): a politician's stock phrase is not an event.
    static let undatedRuns = 3
    /// How much each kind of evidence counts (scores are 0...1 each).
    static let peopleWeight = 0.6, headlineWeight = 0.5, statementWeight = 0.45
    /// The evidence a pair needs: more for two articles of one outlet (follow-ups of one event are
    /// rarer than two outlets covering it).
    static let threshold = 0.3, sameOutletThreshold = 0.55

    struct Features {
        var day: Int?
        var outlet: Int32
        /// Sorted key ids.
        var people: [Int32]
        var words: [Int32]
        var statements: [Int32]
    }

    private(set) var features: [Features] = []
    /// Inverse document frequency of each person and headline word (by key id).
    private var peopleIDF: [Double] = [], wordIDF: [Double] = []
    /// In how many articles each statement key is.
    private var statementCount: [Int] = []
    /// Articles of each key.
    private var peoplePostings: [[Int32]] = [], wordPostings: [[Int32]] = [], statementPostings: [[Int32]] = []
    let rareCap: Int

    /// Reads every article's keys; nil when cancelled.
    init?(corpus: Corpus, isCancelled: () -> Bool) {
        let count = corpus.articles.count
        rareCap = max(Self.rareFloor, Int(Double(count) * Self.rareShare))
        var outlets: [String: Int32] = [:], people: [PersonID: Int32] = [:], words: [String: Int32] = [:], statements: [UInt64: Int32] = [:]
        let stop = Lexicon.shared.words(.functionWord).union(Lexicon.shared.words(.preposition)).union(Lexicon.shared.words(.determiner))
        func intern<Key: Hashable>(_ key: Key, in table: inout [Key: Int32], postings: inout [[Int32]], article: Int32) -> Int32 {
            if let id = table[key] {
                if postings[Int(id)].last != article { postings[Int(id)].append(article) }
                return id
            }
            let id = Int32(table.count)
            table[key] = id
            postings.append([article])
            return id
        }
        features.reserveCapacity(count)
        for (a, analyzed) in corpus.articles.enumerated() {
            if a % 512 == 0, isCancelled() { return nil }
            let article = analyzed.article, index = Int32(a)
            let outletName = OutletFilter.outlet(of: article).lowercased()
            let outlet = outlets[outletName] ?? Int32(outlets.count)
            outlets[outletName] = outlet
            var feature = Features(day: article.date?.dayNumber, outlet: outlet, people: [], words: [], statements: [])
            for local in analyzed.people.indices {
                let id = corpus.person(ArticlePerson.ID(index: local), inArticle: a).id
                feature.people.append(intern(id, in: &people, postings: &peoplePostings, article: index))
            }
            for word in SearchText.words(article.title ?? "") where word.unicodeScalars.count >= 3 && !stop.contains(word) {
                feature.words.append(intern(word, in: &words, postings: &wordPostings, article: index))
            }
            for key in SharedStatements.keys(of: analyzed) {
                feature.statements.append(intern(key, in: &statements, postings: &statementPostings, article: index))
            }
            feature.people = Self.sortedUnique(feature.people)
            feature.words = Self.sortedUnique(feature.words)
            feature.statements.sort()
            features.append(feature)
        }
        let total = Double(max(1, count))
        peopleIDF = peoplePostings.map { log((total + 1) / Double($0.count)) }
        wordIDF = wordPostings.map { log((total + 1) / Double($0.count)) }
        statementCount = statementPostings.map(\.count)
    }

    private static func sortedUnique(_ ids: [Int32]) -> [Int32] {
        var sorted = ids.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        return Array(sorted.prefix(write))
    }

    /// The pairs of articles that share a rare enough key close enough in time, each once (lower index
    /// first, packed as `a << 32 | b`), sorted; nil when cancelled.
    func candidatePairs(isCancelled: () -> Bool) -> [UInt64]? {
        var pairs: [UInt64] = []
        for postings in [peoplePostings, wordPostings, statementPostings] {
            for (n, articles) in postings.enumerated() where articles.count >= 2 && articles.count <= rareCap {
                if n % 4096 == 0, isCancelled() { return nil }
                addPairs(of: articles, to: &pairs)
            }
        }
        pairs.sort()
        var write = 0
        for read in pairs.indices where read == 0 || pairs[read] != pairs[read - 1] {
            pairs[write] = pairs[read]
            write += 1
        }
        pairs.removeSubrange(write...)
        return pairs
    }

    /// Pairs among the articles of one key: dated ones within `maxDayGap` days of each other (none
    /// where the key is common at the time), and undated ones with every other when the key is rare.
    private func addPairs(of articles: [Int32], to pairs: inout [UInt64]) {
        func add(_ a: Int32, _ b: Int32) {
            let (low, high) = a < b ? (a, b) : (b, a)
            pairs.append(UInt64(low) << 32 | UInt64(high))
        }
        var dated: [(day: Int, article: Int32)] = [], undated: [Int32] = []
        for article in articles {
            if let day = features[Int(article)].day { dated.append((day, article)) } else { undated.append(article) }
        }
        dated.sort { $0.day < $1.day }
        for i in dated.indices {
            var end = i + 1
            while end < dated.count, dated[end].day - dated[i].day <= Self.maxDayGap { end += 1 }
            guard end - i - 1 <= Self.windowCap else { continue }
            for j in (i + 1)..<end { add(dated[i].article, dated[j].article) }
        }
        guard !undated.isEmpty, articles.count <= Self.undatedCap else { return }
        for (n, a) in undated.enumerated() {
            for b in undated[(n + 1)...] { add(a, b) }
            for b in dated { add(a, b.article) }
        }
    }

    /// How strongly two articles look like one event, 0...1; nil when they do not pass. One kind of
    /// evidence alone is not enough: a pair needs two people in common, or a person and two headline
    /// words, or a statement, or headlines much alike. An undated article needs strong evidence: a
    /// passage quoted in both (`undatedRuns`) and a shared person or a close headline.
    func score(_ a: Int, _ b: Int) -> Double? {
        let x = features[a], y = features[b]
        var closeness = 1.0
        if let dx = x.day, let dy = y.day {
            let gap = abs(dx - dy)
            guard gap <= Self.maxDayGap else { return nil }
            closeness = 1 - 0.08 * Double(gap)
        }
        let people = Self.shared(x.people, y.people, weights: peopleIDF)
        let headline = Self.shared(x.words, y.words, weights: wordIDF)
        let runs = Self.sharedRare(x.statements, y.statements, counts: statementCount, cap: rareCap)
        let statement = runs > 0
        // What both name or headline, over what each does (a cosine of weighted sets).
        let peopleScore = people.weight / (Self.total(x.people, peopleIDF) * Self.total(y.people, peopleIDF)).squareRoot()
        let headlineScore = headline.weight / (Self.total(x.words, wordIDF) * Self.total(y.words, wordIDF)).squareRoot()
        guard people.count >= 2 || statement || (people.count == 1 && headline.count >= 2) || (headlineScore >= 0.5 && headline.count >= 3)
        else { return nil }
        if x.day == nil || y.day == nil {
            guard runs >= Self.undatedRuns, people.count > 0 || headlineScore >= 0.3 else { return nil }
        }
        let evidence = Self.peopleWeight * min(1, peopleScore) + Self.headlineWeight * min(1, headlineScore) + (statement ? Self.statementWeight : 0)
        let score = evidence * closeness
        return score >= (x.outlet == y.outlet ? Self.sameOutletThreshold : Self.threshold) ? min(1, score) : nil
    }

    /// The keys two sorted lists share: how many, and their weight.
    private static func shared(_ x: [Int32], _ y: [Int32], weights: [Double]) -> (count: Int, weight: Double) {
        var i = 0, j = 0, count = 0, weight = 0.0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                count += 1
                weight += weights[Int(x[i])]
                i += 1
                j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return (count, weight)
    }

    private static func total(_ keys: [Int32], _ weights: [Double]) -> Double {
        keys.reduce(0) { $0 + weights[Int($1)] }
    }

    /// How many keys the two sorted key lists share that are each in at most `cap` articles.
    private static func sharedRare(_ x: [Int32], _ y: [Int32], counts: [Int], cap: Int) -> Int {
        var i = 0, j = 0, shared = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                if counts[Int(x[i])] <= cap { shared += 1 }
                i += 1
                j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}
