extension CorpusQuery {
    /// How many of the articles the outlet filter shows name a person (all of theirs with every
    /// outlet on): the article count beside `statements(of:)`.
    public func articleCount(of id: PersonID) -> Int {
        guard let person = corpus.person(id) else { return 0 }
        if outletFilter.showsAll { return person.articles.count }
        let paths = Set(person.articles)
        return corpus.articles.reduce(0) { $0 + (paths.contains($1.article.path) && outletFilter.shows($1.article) ? 1 : 0) }
    }
}
