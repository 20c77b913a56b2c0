extension CorpusQuery {
    /// Statements per outlet for each person, in the articles the outlet filter lets through (kept for
    /// the last filter asked).
    public var coverage: Coverage {
        derived.coverage(for: outletFilter) { Coverage(self) }
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
