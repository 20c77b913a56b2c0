import NewsKit

extension PersonScreen: EvidenceSource {
    func evidencePerson(in library: CorpusQuery) -> PersonID? {
        library.person(person)?.id
    }

    /// The person's statements as the articles give them, then those only inferred from other outlets'
    /// wording (kept apart: after the others, and marked).
    static func rows(of person: PersonID, in library: CorpusQuery) -> [CorpusQuery.Statement] {
        library.statements(of: person) + library.inferredStatements(of: person)
    }

    /// What the source line adds: how many outlets quote the statement, and whether the speaker is
    /// only inferred for this article.
    static func acrossOutlets(_ statement: CorpusQuery.Statement, library: CorpusQuery) -> String {
        var notes: [String] = []
        let outlets = library.outletCount(of: statement)
        if outlets > 1 { notes.append("quoted by \(outlets) outlets") }
        if let inferred = library.speaker(of: statement)?.inferred {
            notes.append("inferred from \(OutletFilter.outlet(of: library.corpus.articles[inferred.evidence.article].article))")
        }
        return notes.isEmpty ? "" : " · " + notes.joined(separator: " · ")
    }
}
