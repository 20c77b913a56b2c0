extension CorpusQuery {
    /// Statements per outlet for each person, in the articles the outlet filter lets through (kept for
    /// the last filter asked), counted now if it is not yet (a command).
    public var coverage: Coverage {
        derived.coverage.value(for: outletFilter) { Coverage(self) ?? Coverage() }
    }

    /// The coverage if it is counted for the outlet filter, never counting it.
    public var countedCoverage: Coverage? {
        derived.coverage.ready(for: outletFilter)
    }

    /// The coverage if it is counted for the outlet filter, or the corpus is small enough to count it
    /// now; else nil, and it is counted in the background (the reader's Coverage screen asks this, so
    /// that a frame never waits for the count: a tenth of a second and more at 100,000 articles).
    public func coverageWithoutWaiting() -> Coverage? {
        if let counted = countedCoverage { return counted }
        if corpus.articles.count <= Self.groupedAtOnce { return coverage }
        countCoverageInBackground()
        return nil
    }

    /// Starts counting the coverage for the outlet filter in the background, unless it is counted or
    /// being counted. A count for another filter still under way stops, and what a count finds is kept
    /// for its own filter only. The reader starts one as soon as a corpus is loaded and whenever the
    /// filter changes, so that the Coverage screen finds the matrix ready.
    public func countCoverageInBackground() {
        let query = detached
        derived.coverage.buildInBackground(for: outletFilter) { isCancelled in Coverage(query, isCancelled: isCancelled) }
    }

    /// Whether a count of the coverage is under way in the background (the reader redraws soon while
    /// one is, to show it when it ends).
    public var isCountingCoverage: Bool {
        derived.coverage.isBuilding
    }

    /// The verbs that introduce a person's statements in the visible articles, most statements first.
    public func verbs(of id: PersonID) -> [CueVerbCount] {
        var counts: [String: (statements: Int, forms: [String: Int])] = [:]
        for statement in statements(of: id) {
            let cue = cue(of: statement)
            let lemma = CueVerb.lemma(of: cue)
            counts[lemma, default: (0, [:])].statements += 1
            counts[lemma, default: (0, [:])].forms[cue?.lowercased() ?? "", default: 0] += 1
        }
        return counts.map { lemma, count in
            let forms = count.forms.map { CueVerbCount.Form(text: $0.key, statements: $0.value) }
                .sorted { ($0.statements, $1.text) > ($1.statements, $0.text) }
            return CueVerbCount(lemma: lemma, statements: count.statements, forms: forms)
        }
        .sorted { ($0.statements, $1.lemma) > ($1.statements, $0.lemma) }
    }

    /// A person's statements in the visible articles that `lemma` (a `CueVerb.lemma(of:)`) introduces.
    public func statements(of id: PersonID, verb lemma: String) -> [Statement] {
        statements(of: id).filter { CueVerb.lemma(of: cue(of: $0)) == lemma }
    }

    private func cue(of statement: Statement) -> String? {
        corpus.articles[statement.article].quotes[statement.quote].attribution?.cue
    }
}
