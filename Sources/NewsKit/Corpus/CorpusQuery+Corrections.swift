/// What the reader asks when a quote's speaker is corrected.
extension CorpusQuery {
    /// The people to choose from when correcting who said a quote of an article: the article's people
    /// first (as the article names them), then everyone else, most statements first; only those any of
    /// whose names has `text` in it (folded as search folds it) when it is not empty.
    public func speakerChoices(inArticle index: Int, matching text: String = "") -> [Person] {
        let wanted = Corpus.fold(text)
        var seen = Set<PersonID>(), choices: [Person] = []
        for local in corpus.articles[index].people.indices {
            let person = corpus.person(ArticlePerson.ID(index: local), inArticle: index)
            if seen.insert(person.id).inserted { choices.append(person) }
        }
        for person in corpus.people where seen.insert(person.id).inserted { choices.append(person) }
        guard !wanted.isEmpty else { return choices }
        return choices.filter { Self.person($0, isNamed: wanted) }
    }

    /// The people a name given for a speaker means, in every outlet: those with it as their name or an
    /// alias (folded as search folds them), else those any of whose names has it in it (the rule of
    /// `people(matching:)`). More than one is ambiguous, for the caller to say.
    public func people(named name: String) -> [Person] {
        people(named: [name])[name] ?? []
    }

    /// `people(named:)` for many names at once (an import), each person's names folded once.
    public func people(named names: Set<String>) -> [String: [Person]] {
        let forms = corpus.people.map { ([$0.name] + $0.aliases).map(Corpus.fold) }
        var found: [String: [Person]] = [:]
        for name in names {
            let wanted = Corpus.fold(name)
            var exact: [Person] = [], containing: [Person] = []
            for (p, folded) in forms.enumerated() where !wanted.isEmpty {
                if folded.contains(wanted) {
                    exact.append(corpus.people[p])
                } else if folded.contains(where: { $0.contains(wanted) }) {
                    containing.append(corpus.people[p])
                }
            }
            found[name] = exact.isEmpty ? containing : exact
        }
        return found
    }
}
