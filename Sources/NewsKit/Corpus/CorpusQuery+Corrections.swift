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
    /// alias (folded as search folds them), else those `people(matching:)` finds. More than one is
    /// ambiguous, for the caller to say.
    public func people(named name: String) -> [Person] {
        let wanted = Corpus.fold(name)
        guard !wanted.isEmpty else { return [] }
        let exact = corpus.people.filter { ([$0.name] + $0.aliases).contains { Corpus.fold($0) == wanted } }
        return exact.isEmpty ? corpus.people.filter { Self.person($0, isNamed: wanted) } : exact
    }
}
