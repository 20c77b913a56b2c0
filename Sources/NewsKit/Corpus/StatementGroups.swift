/// The statements of a corpus that are one statement worded by several articles and outlets.
///
/// Two quotes are one statement when they share a long enough run of words in a row (folded, a
/// bracketed insertion left out, not across an ellipsis: `StatementWords`): at least
/// `shingleLength + 1` words, covering at least half of the shorter one. So a partial quote inside a
/// fuller one joins it, words dropped or added at either end do not matter, and a short common phrase
/// ("paper tiger") never joins two statements. Quotes that two articles give to two different people
/// join only when the shorter is wholly inside the other and long. Built once per corpus from an index
/// of word runs (shingles), never by comparing every pair; a run that many wordings share is a stock
/// phrase and is not used.
///
/// A quote whose article names no speaker takes the speaker the other articles give the statement,
/// as an inference (`inference(for:)`), kept apart from what the article itself says.
public struct StatementGroups: Sendable {
    /// One statement and its wordings: every quote of it, in corpus order (two at least).
    public struct Group: Hashable, Sendable {
        public let id: StatementID
        public let statements: [CorpusQuery.Statement]
        /// The same quotes oldest article first (undated last), then by outlet, path and place in the
        /// article: the order the reader lists the wordings in, sorted once here (`byDate(_:corpus:)`)
        /// rather than when a statement of 50,000 wordings is opened.
        public let byDate: [CorpusQuery.Statement]
        /// The person most of its articles name (the first named on a tie); nil when none does.
        public let speaker: PersonID?
        /// How many outlets quote it.
        public let outlets: Int
    }

    /// A speaker carried across outlets: the person another article names for the same statement.
    public struct Inference: Hashable, Sendable {
        public let person: PersonID
        /// The quote whose article names them: the evidence.
        public let evidence: CorpusQuery.Statement
    }

    /// Every statement worded in two or more quotes, most outlets first.
    public let groups: [Group]
    private let groupOfStatement: [CorpusQuery.Statement: Int]
    private let inferences: [CorpusQuery.Statement: Inference]

    /// Words in a row that make one shingle.
    static let shingleLength = 5
    /// The fewest words a wording needs to join another (short ones only their exact copies).
    static let shortestWording = 3
    /// A shingle in more distinct wordings than this is a stock phrase, not evidence.
    static let commonShingle = 64

    public init(corpus: Corpus) {
        // Distinct wordings first: copies of one wording are one node.
        var nodeOfWording: [UInt64: Int] = [:]
        var nodes: [(statements: [CorpusQuery.Statement], shingles: Set<UInt64>, speakers: Set<PersonID>)] = []
        // Wordings too short for shingles, by wording: they join only their exact copies.
        var short: [UInt64: [CorpusQuery.Statement]] = [:]
        for (a, analyzed) in corpus.articles.enumerated() {
            for (q, quote) in analyzed.quotes.enumerated() where quote.isStatement {
                let words = StatementWords(quote.text)
                let statement = CorpusQuery.Statement(article: a, quote: q)
                guard words.count > Self.shingleLength else {
                    if words.count >= Self.shortestWording { short[words.wording, default: []].append(statement) }
                    continue
                }
                let node: Int
                if let known = nodeOfWording[words.wording] {
                    node = known
                } else {
                    node = nodes.count
                    nodeOfWording[words.wording] = node
                    nodes.append(([], words.shingles(length: Self.shingleLength), []))
                }
                nodes[node].statements.append(statement)
                if let speaker = corpus.speaker(of: quote, inArticle: a) { nodes[node].speakers.insert(speaker.id) }
            }
        }
        var postings: [UInt64: [Int]] = [:]
        for (n, node) in nodes.enumerated() {
            for shingle in node.shingles { postings[shingle, default: []].append(n) }
        }
        // Each node against the earlier nodes it shares a shingle with, counting what it shares.
        var parent = Array(nodes.indices)
        func root(_ n: Int) -> Int {
            var n = n
            while parent[n] != n { parent[n] = parent[parent[n]]; n = parent[n] }
            return n
        }
        var shared = [Int](repeating: 0, count: nodes.count)
        var touched: [Int] = []
        for (n, node) in nodes.enumerated() {
            for shingle in node.shingles {
                guard let list = postings[shingle], list.count <= Self.commonShingle else { continue }
                for other in list where other < n {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            for other in touched {
                if !Self.isSameBlock(node.statements, nodes[other].statements, corpus: corpus), Self.isSameStatement(shared: shared[other], node.shingles.count, nodes[other].shingles.count,
                                        speakers: node.speakers, nodes[other].speakers) {
                    parent[root(n)] = root(other)
                }
                shared[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        var members: [Int: [CorpusQuery.Statement]] = [:]
        for n in nodes.indices { members[root(n), default: []] += nodes[n].statements }
        var components = Array(members.values)
        for copies in short.values where copies.count > 1 {
            components += Self.sameSpeaker(copies, corpus: corpus)
        }
        var groups: [Group] = []
        var inferences: [CorpusQuery.Statement: Inference] = [:]
        for statements in components where statements.count > 1 {
            let sorted = statements.sorted { ($0.article, $0.quote) < ($1.article, $1.quote) }
            let speakers = sorted.map { corpus.speaker(of: corpus.articles[$0.article].quotes[$0.quote], inArticle: $0.article)?.id }
            var votes: [PersonID: Int] = [:]
            for case let speaker? in speakers { votes[speaker, default: 0] += 1 }
            let most = votes.values.max() ?? 0
            let speaker = speakers.first { $0.map { votes[$0] == most } ?? false } ?? nil
            if let speaker, let evidence = speakers.firstIndex(of: speaker) {
                for (s, statement) in sorted.enumerated() where speakers[s] == nil {
                    inferences[statement] = Inference(person: speaker, evidence: sorted[evidence])
                }
            }
            let outlets = Set(sorted.map { OutletFilter.outlet(of: corpus.articles[$0.article].article) }).count
            let first = sorted.map { corpus.articles[$0.article].quotes[$0.quote].id }.min()!
            groups.append(Group(id: StatementID(firstQuote: first), statements: sorted, byDate: Self.byDate(sorted, corpus: corpus),
                                speaker: speaker, outlets: outlets))
        }
        groups.sort { ($0.outlets, $0.statements.count, $1.id) > ($1.outlets, $1.statements.count, $0.id) }
        var groupOfStatement: [CorpusQuery.Statement: Int] = [:]
        for (g, group) in groups.enumerated() {
            for statement in group.statements { groupOfStatement[statement] = g }
        }
        self.groups = groups
        self.groupOfStatement = groupOfStatement
        self.inferences = inferences
        var byPerson: [PersonID: [CorpusQuery.Statement]] = [:]
        for (statement, inference) in inferences { byPerson[inference.person, default: []].append(statement) }
        inferredStatements = byPerson.mapValues { $0.sorted { ($0.article, $0.quote) < ($1.article, $1.quote) } }
    }

    /// Copies of a short wording (`shortestWording` to `shingleLength` words) are one statement when
    /// their articles give them to one person: "That makes me smart" by one speaker in three outlets is
    /// one statement, "paper tiger" said by two people is not. Copies naming no speaker join the one
    /// person the others name. Only copies in two articles or more are a statement quoted again.
    static func sameSpeaker(_ copies: [CorpusQuery.Statement], corpus: Corpus) -> [[CorpusQuery.Statement]] {
        var bySpeaker: [PersonID: [CorpusQuery.Statement]] = [:]
        var unnamed: [CorpusQuery.Statement] = []
        for copy in copies {
            if let speaker = corpus.speaker(of: corpus.articles[copy.article].quotes[copy.quote], inArticle: copy.article) {
                bySpeaker[speaker.id, default: []].append(copy)
            } else {
                unnamed.append(copy)
            }
        }
        let joined = bySpeaker.count == 1 ? [bySpeaker.values.first! + unnamed] : Array(bySpeaker.values)
        // A short phrase said twice in one article is a phrase repeated (a title, a slogan), not a statement quoted twice.
        return joined.filter { Set($0.map(\.article)).count > 1 }
    }

    /// Whether two wordings are single quotes of one paragraph: an article does not quote one
    /// statement twice in a paragraph, so two such quotes sharing words are two things said.
    static func isSameBlock(_ a: [CorpusQuery.Statement], _ b: [CorpusQuery.Statement], corpus: Corpus) -> Bool {
        guard a.count == 1, b.count == 1, a[0].article == b[0].article else { return false }
        let quotes = corpus.articles[a[0].article].quotes
        return quotes[a[0].quote].block == quotes[b[0].quote].block
    }

    /// Whether two wordings sharing `shared` shingles, with `a` and `b` shingles each, are one
    /// statement: a run of at least `shingleLength + 1` words covering half the shorter; wholly
    /// inside the other and long when their articles give them to different people.
    static func isSameStatement(shared: Int, _ a: Int, _ b: Int, speakers: Set<PersonID>, _ otherSpeakers: Set<PersonID>) -> Bool {
        let shorter = min(a, b)
        guard shared >= 2, shared * 2 >= shorter else { return false }
        if !speakers.isEmpty, !otherSpeakers.isEmpty, speakers.isDisjoint(with: otherSpeakers) {
            return shared == shorter && shorter >= 4
        }
        return true
    }

    /// The statement a quote is one wording of, if another quote words it too.
    public func group(of statement: CorpusQuery.Statement) -> Group? {
        groupOfStatement[statement].map { groups[$0] }
    }

    /// The group with this ID.
    public func group(_ id: StatementID) -> Group? {
        groups.first { $0.id == id }
    }

    /// The speaker a quote whose article names none takes from another article's wording.
    public func inference(for statement: CorpusQuery.Statement) -> Inference? {
        inferences[statement]
    }

    /// Every inferred quote, by person, in corpus order.
    public let inferredStatements: [PersonID: [CorpusQuery.Statement]]
}
