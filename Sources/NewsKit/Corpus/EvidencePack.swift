import Foundation

/// Everything one person is quoted as saying, with what a fact-checker needs to check each statement:
/// the full wording, the sentence around it, the speaker and how sure the attribution is (named by
/// the article, or inferred from another outlet's wording), the article and where to find it, and the
/// other outlets' wordings of the same statement. Written as Markdown, CSV or JSON Lines
/// (`EvidencePack+Formats.swift`).
public struct EvidencePack: Sendable {
    /// One statement of the person.
    public struct Entry: Codable, Sendable {
        /// Bump when a field changes meaning or goes away; new fields keep the number.
        public var schema = 1
        public var quoteId: QuoteID
        /// The statement it is a wording of, when other articles word it too.
        public var statementId: StatementID?
        public var text: String
        public var sentence: String
        public var speaker: String
        public var personId: PersonID
        /// The article names no speaker: the speaker is the one another article gives the statement.
        public var inferred: Bool
        /// The article the speaker was inferred from (its address or path).
        public var inferredFrom: String?
        /// The speaker was corrected by the user (`newsdesk correct`, `c` in the reader).
        public var corrected: Bool
        public var cue: String?
        public var rule: String?
        public var confidence: Double?
        public var headline: String?
        public var source: String
        public var date: String?
        /// The article's address, else its path.
        public var address: String
        /// The other articles' wordings of the statement.
        public var variants: [Variant]

        /// Every key written, `null` when there is no value.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(schema, forKey: .schema); try c.encode(quoteId, forKey: .quoteId)
            try c.encode(statementId, forKey: .statementId); try c.encode(text, forKey: .text)
            try c.encode(sentence, forKey: .sentence); try c.encode(speaker, forKey: .speaker)
            try c.encode(personId, forKey: .personId); try c.encode(inferred, forKey: .inferred)
            try c.encode(inferredFrom, forKey: .inferredFrom); try c.encode(corrected, forKey: .corrected)
            try c.encode(cue, forKey: .cue); try c.encode(rule, forKey: .rule); try c.encode(confidence, forKey: .confidence)
            try c.encode(headline, forKey: .headline); try c.encode(source, forKey: .source); try c.encode(date, forKey: .date)
            try c.encode(address, forKey: .address); try c.encode(variants, forKey: .variants)
        }
    }

    /// Another article's wording of a statement.
    public struct Variant: Codable, Sendable {
        public var quoteId: QuoteID
        public var source: String
        public var date: String?
        public var address: String
        public var text: String
        /// The speaker as that article gives it (nil when it names none).
        public var speaker: String?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(quoteId, forKey: .quoteId); try c.encode(source, forKey: .source); try c.encode(date, forKey: .date)
            try c.encode(address, forKey: .address); try c.encode(text, forKey: .text); try c.encode(speaker, forKey: .speaker)
        }
    }

    public let person: Person
    /// The statements its articles attribute to the person, then those inferred, each in article order.
    public let entries: [Entry]

    /// The pack of the person with this ID, over the visible articles; nil for no such person.
    public init?(person id: PersonID, in query: CorpusQuery) {
        guard let person = query.person(id) else { return nil }
        self.person = person
        entries = (query.statements(of: person.id) + query.inferredStatements(of: person.id)).map { Self.entry($0, person: person, in: query) }
    }

    private static func entry(_ statement: CorpusQuery.Statement, person: Person, in query: CorpusQuery) -> Entry {
        let analyzed = query.corpus.articles[statement.article]
        let quote = analyzed.quotes[statement.quote]
        let inference = quote.attribution == nil ? query.inferredSpeaker(of: statement) : nil
        let article = analyzed.article
        let variants = query.variants(of: statement).filter { $0 != statement }.map { other in
            let otherArticle = query.corpus.articles[other.article]
            let otherQuote = otherArticle.quotes[other.quote]
            return Variant(quoteId: otherQuote.id, source: OutletFilter.outlet(of: otherArticle.article),
                           date: otherArticle.article.date?.description, address: otherArticle.article.url ?? otherArticle.article.path,
                           text: otherQuote.text, speaker: query.corpus.speaker(of: otherQuote, inArticle: other.article)?.name)
        }
        let evidence = inference.map { query.corpus.articles[$0.evidence.article].article }
        return Entry(quoteId: quote.id, statementId: query.statementGroups.group(of: statement)?.id, text: quote.text,
                     sentence: analyzed.sentence(around: quote), speaker: person.name, personId: person.id,
                     inferred: inference != nil, inferredFrom: evidence.map { $0.url ?? $0.path }, corrected: query.corpus.correction(of: quote) != nil,
                     cue: quote.attribution?.cue, rule: quote.attribution?.rule.rawValue, confidence: quote.attribution?.confidence,
                     headline: article.title, source: OutletFilter.outlet(of: article), date: article.date?.description,
                     address: article.url ?? article.path, variants: variants)
    }
}
