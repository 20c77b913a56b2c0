extension StatementGroups {
    /// Quotes oldest article first (undated last), then by outlet, path and place in the article; each
    /// quote's key read once.
    static func byDate(_ statements: [CorpusQuery.Statement], corpus: Corpus) -> [CorpusQuery.Statement] {
        var keyed = statements.map { statement in
            let article = corpus.articles[statement.article].article
            // Undated after every date.
            let day = article.date.map { ($0.year * 12 + $0.month) * 31 + $0.day } ?? Int.max
            return (day: day, outlet: OutletFilter.outlet(of: article), path: article.path, quote: statement.quote, statement: statement)
        }
        keyed.sort { ($0.day, $0.outlet, $0.path, $0.quote) < ($1.day, $1.outlet, $1.path, $1.quote) }
        return keyed.map(\.statement)
    }
}
