/// Statements across articles and outlets: the wordings of one statement, and the speaker an article
/// that names none takes from the others (`StatementGroups`).
extension CorpusQuery {
    /// Every statement worded by two or more quotes, most outlets first (built on first use).
    public var statementGroups: StatementGroups {
        derived.statementGroups.value { StatementGroups(corpus: corpus) }
    }

    /// The groups the answers below use: all of them, built now if need be; or, for a query whose
    /// `groupsStatementsInBackground` is set (the reader's), those built so far: none until the
    /// background build ends (a corpus of up to `groupedAtOnce` articles is built at once).
    private var availableGroups: StatementGroups? {
        guard groupsStatementsInBackground, corpus.articles.count > Self.groupedAtOnce else { return statementGroups }
        if let ready = derived.statementGroups.ready { return ready }
        let corpus = corpus
        derived.statementGroups.buildInBackground { _ in StatementGroups(corpus: corpus) }
        return nil
    }

    /// The wordings of the statement a quote is: every quote of its group, the quote itself among
    /// them, in every outlet (a variant shows what other outlets said, whatever the filter); the quote
    /// alone when no other article words it.
    public func variants(of statement: Statement) -> [Statement] {
        statementGroups.group(of: statement)?.statements ?? [statement]
    }

    /// The wordings of `variants(of:)` oldest article first (undated last), then by outlet, path and
    /// place in the article (`StatementGroups.Group.byDate`, sorted when the groups are built).
    public func variantsByDate(of statement: Statement) -> [Statement] {
        statementGroups.group(of: statement)?.byDate ?? [statement]
    }

    /// How many outlets quote the statement (1 when no other article words it).
    public func outletCount(of statement: Statement) -> Int {
        availableGroups?.group(of: statement)?.outlets ?? 1
    }

    /// The speaker another article gives a quote whose own article names none.
    public func inferredSpeaker(of statement: Statement) -> StatementGroups.Inference? {
        availableGroups?.inference(for: statement)
    }

    /// The quotes a person is only inferred to have said (their articles name no speaker), in the
    /// visible articles: counted apart from `statements(of:)`.
    public func inferredStatements(of id: PersonID) -> [Statement] {
        guard let person = corpus.person(id) else { return [] }
        let all = availableGroups?.inferredStatements[person.id] ?? []
        return outletFilter.showsAll ? all : all.filter { isVisible(article: $0.article) }
    }

    /// The speaker of a quote as its article gives it, else as inferred.
    public func speaker(of statement: Statement) -> (person: Person, inferred: StatementGroups.Inference?)? {
        let quote = corpus.articles[statement.article].quotes[statement.quote]
        if let named = corpus.speaker(of: quote, inArticle: statement.article) { return (named, nil) }
        guard let inference = inferredSpeaker(of: statement), let person = corpus.person(inference.person) else { return nil }
        return (person, inference)
    }
}
