import NewsKit

/// `variants --json`: one statement and its wording in each article that quotes it.
struct VariantRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var statementId: StatementID
    /// The person most of its articles name; null when none does.
    @Nullable var speaker: String?
    @Nullable var personId: PersonID?
    var variants: [Variant]

    struct Variant: Codable {
        var quoteId: QuoteID
        var article: String
        @Nullable var source: String?
        var text: String
        /// The speaker as the article gives it, else as inferred from another article.
        @Nullable var speaker: String?
        /// The article the speaker was inferred from (null when this article names them).
        @Nullable var inferredFrom: String?
    }

    init(_ group: StatementGroups.Group, in query: CorpusQuery) {
        statementId = group.id
        let person = group.speaker.flatMap(query.person)
        speaker = person?.name
        personId = person?.id
        variants = group.statements.map { statement in
            let article = query.corpus.articles[statement.article].article
            let speaker = query.speaker(of: statement)
            return Variant(quoteId: query.corpus.articles[statement.article].quotes[statement.quote].id, article: article.path,
                           source: article.source, text: query.corpus.articles[statement.article].quotes[statement.quote].text,
                           speaker: speaker?.person.name,
                           inferredFrom: speaker?.inferred.map { query.corpus.articles[$0.evidence.article].article.path })
        }
    }
}
