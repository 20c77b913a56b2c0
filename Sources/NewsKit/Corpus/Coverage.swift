/// Who is quoted by which outlet: each person's statements counted per outlet, in the articles the
/// outlet filter lets through. Outlets are columns (most statements first), people rows (most
/// statements first, then by name); the counts are sparse, since most people are quoted by few outlets.
public struct Coverage: Sendable {
    public struct Row: Sendable {
        public var person: Person
        /// Statements in all the outlets shown.
        public var total: Int
        /// Statements by column, for the columns that have any, in column order.
        public var counts: [(column: Int, statements: Int)]

        /// The statements in one outlet's articles.
        public func statements(inColumn column: Int) -> Int {
            var low = 0, high = counts.count
            while low < high {
                let middle = (low + high) / 2
                if counts[middle].column < column { low = middle + 1 } else { high = middle }
            }
            return low < counts.count && counts[low].column == column ? counts[low].statements : 0
        }
    }

    /// The outlets shown that quote anyone, most statements first (then by name).
    public let outlets: [String]
    public let rows: [Row]

    /// Nothing counted.
    public init() {
        outlets = []
        rows = []
    }

    /// Counts the statements of the people of `query`'s corpus in the articles its filter lets
    /// through; nil when `isCancelled` says, between people, that the count is no longer wanted.
    init?(_ query: CorpusQuery, isCancelled: () -> Bool = { false }) {
        let articles = query.corpus.articles
        var columnOf: [String: Int] = [:], names: [String] = []
        var articleColumn = [Int](repeating: -1, count: articles.count)
        func column(ofArticle a: Int) -> Int {
            if articleColumn[a] >= 0 { return articleColumn[a] }
            let name = OutletFilter.outlet(of: articles[a].article)
            let column = columnOf[name] ?? names.count
            if column == names.count {
                columnOf[name] = column
                names.append(name)
            }
            articleColumn[a] = column
            return column
        }
        // One count per outlet, reused person after person (only the outlets touched are reset).
        var scratch: [Int] = [], touched: [Int] = []
        var rows: [(person: Person, counts: [(column: Int, statements: Int)])] = []
        for (n, person) in query.corpus.people.enumerated() where person.quoteCount > 0 {
            if n % 256 == 0, isCancelled() { return nil }
            for statement in query.statements(of: person.id) {
                let column = column(ofArticle: statement.article)
                if column >= scratch.count { scratch += [Int](repeating: 0, count: column - scratch.count + 1) }
                if scratch[column] == 0 { touched.append(column) }
                scratch[column] += 1
            }
            guard !touched.isEmpty else { continue }
            rows.append((person, touched.map { ($0, scratch[$0]) }))
            for column in touched { scratch[column] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var totals = [Int](repeating: 0, count: names.count)
        for row in rows { for count in row.counts { totals[count.column] += count.statements } }
        let order = names.indices.sorted { (totals[$0], names[$1]) > (totals[$1], names[$0]) }
        var newColumn = [Int](repeating: 0, count: names.count)
        for (new, old) in order.enumerated() { newColumn[old] = new }
        outlets = order.map { names[$0] }
        self.rows = rows.map { row in
            Row(person: row.person, total: row.counts.reduce(0) { $0 + $1.statements },
                counts: row.counts.map { (newColumn[$0.column], $0.statements) }.sorted { $0.0 < $1.0 })
        }
        .sorted { ($0.total, $1.person.name, $1.person.id) > ($1.total, $0.person.name, $0.person.id) }
    }

    /// The row of a person.
    public func row(of id: PersonID) -> Row? {
        rows.first { $0.person.id == id }
    }
}

/// A verb that introduces a person's statements, with how many it introduces (see `CueVerb`).
public struct CueVerbCount: Hashable, Sendable {
    /// The key the statements are counted under (`CueVerb.lemma(of:)`).
    public var lemma: String
    public var statements: Int
    /// The forms written, most used first, with their counts.
    public var forms: [Form]

    public struct Form: Hashable, Sendable {
        public var text: String
        public var statements: Int
    }

    /// `say`, `: (a colon)`, `(no cue word)`.
    public var label: String { CueVerb.label(of: lemma) }
}
