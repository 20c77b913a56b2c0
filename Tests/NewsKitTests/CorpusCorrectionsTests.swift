import Foundation
import Testing
@testable import NewsKit

/// Corrections laid over the analyses by the corpus: every answer of `CorpusQuery` follows them, and
/// the analyses stay as they were.
@Suite struct CorpusCorrectionsTests {
    /// The two articles of `Fixtures/corrections`: Orla Brennick and Tomas Vell in the first (the
    /// analysis gives Vell the quote-only paragraph "The silt has to go somewhere."), Ada Quill and
    /// Orla Brennick in the second.
    static func articles() throws -> [AnalyzedArticle] {
        [try Analyzed.fixture("corrections/dredging.txt"), try Analyzed.fixture("corrections/fares.txt")]
    }

    static func quote(_ words: String, in articles: [AnalyzedArticle]) throws -> Quote {
        try #require(articles.flatMap(\.quotes).first { $0.text.hasPrefix(words) })
    }

    static func person(_ name: String, in query: CorpusQuery) throws -> Person {
        try #require(query.corpus.people.first { $0.name == name })
    }

    static func correction(_ quote: Quote, _ verdict: Correction.Verdict) -> Correction {
        Correction(quote: quote.id, verdict: verdict, text: quote.text, article: "dredging.txt")
    }

    /// The words of a person's statements.
    static func said(_ name: String, in query: CorpusQuery) throws -> [String] {
        query.statements(of: try person(name, in: query).id).map { query.corpus.articles[$0.article].quotes[$0.quote].text }
    }

    @Test func aSpeakerCorrectionMovesTheStatement() throws {
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        var query = CorpusQuery(corpus: Corpus(articles: articles))
        #expect(try Self.said("Tomas Vell", in: query).contains(silt.text))
        let orla = try Self.person("Orla Brennick", in: query)
        query.apply([Self.correction(silt, .speaker(name: orla.name, id: orla.id))])

        #expect(query.corpus.speaker(of: silt, inArticle: 0)?.id == orla.id)
        #expect(query.corpus.analysedSpeaker(of: silt, inArticle: 0)?.name == "Tomas Vell")
        #expect(try Self.said("Orla Brennick", in: query).contains(silt.text))
        #expect(try !Self.said("Tomas Vell", in: query).contains(silt.text))
        #expect(query.people.first?.person.name == "Orla Brennick")
        #expect(query.people.map(\.statements) == [3, 1, 1])
        #expect(query.mainSpeakers(ofArticle: 0).first?.id == orla.id)
        #expect(query.search("speaker:brennick").count == 3)
        // The analysis itself is as it was.
        #expect(query.corpus.articles == articles)
        // Taking the corrections away gives the analysis back.
        query.apply([])
        #expect(try Self.said("Tomas Vell", in: query).contains(silt.text))
    }

    @Test func noSpeakerLeavesTheStatementUnattributed() throws {
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        let query = CorpusQuery(corpus: Corpus(articles: articles, corrections: [Self.correction(silt, .noSpeaker)]))
        #expect(query.corpus.speaker(of: silt, inArticle: 0) == nil)
        #expect(query.corpus.isStatement(silt))
        #expect(query.statements(inArticle: 0).contains { articles[0].quotes[$0] == silt })
        #expect(try Self.said("Tomas Vell", in: query) == ["Nobody asked the crews,"])
        #expect(try Self.person("Tomas Vell", in: query).quoteCount == 1)
    }

    @Test func notAQuoteLeavesEveryStatementList() throws {
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        let query = CorpusQuery(corpus: Corpus(articles: articles, corrections: [Self.correction(silt, .notAQuote)]))
        #expect(!query.corpus.isStatement(silt))
        #expect(query.corpus.speaker(of: silt, inArticle: 0) == nil)
        #expect(!query.statements(inArticle: 0).contains { articles[0].quotes[$0] == silt })
        #expect(try Self.said("Tomas Vell", in: query) == ["Nobody asked the crews,"])
        #expect(try Self.person("Tomas Vell", in: query).quoteCount == 1)
    }

    @Test func aSpeakerMakesAScareQuoteAStatement() throws {
        let articles = try Self.articles()
        let title = try Self.quote("Blue Channel", in: articles)
        #expect(title.kind == .scare)
        var query = CorpusQuery(corpus: Corpus(articles: articles))
        let orla = try Self.person("Orla Brennick", in: query)
        query.apply([Self.correction(title, .speaker(name: orla.name, id: orla.id))])
        #expect(try Self.said("Orla Brennick", in: query).contains("Blue Channel"))
    }

    /// A person's ID may change (a surname alone turns out to be a fully named person): the name finds them.
    @Test func aSpeakerIsFoundByNameWhenTheIDChanged() throws {
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        let query = CorpusQuery(corpus: Corpus(articles: articles, corrections: [
            Self.correction(silt, .speaker(name: "orla BRENNICK", id: PersonID(rawValue: "p000000000000"))),
        ]))
        #expect(query.corpus.speaker(of: silt, inArticle: 0)?.name == "Orla Brennick")
        #expect(try Self.person("Orla Brennick", in: query).quoteCount == 3)
    }

    /// A speaker no article read names is still the speaker: a person of their own.
    @Test func aSpeakerOfNoArticleReadIsAPersonOfTheirOwn() throws {
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        let wren = PersonID(rawValue: "p0123456789ab")
        let query = CorpusQuery(corpus: Corpus(articles: articles, corrections: [Self.correction(silt, .speaker(name: "Wren Absent", id: wren))]))
        #expect(query.corpus.speaker(of: silt, inArticle: 0)?.id == wren)
        #expect(query.person(wren)?.articles == ["corrections/dredging.txt"])
        #expect(query.statements(of: wren).count == 1)
    }

    /// The library's corrections of quotes in other articles change nothing here, and add nobody.
    @Test func correctionsOfQuotesNotReadChangeNothing() throws {
        let articles = try Self.articles()
        let elsewhere = Correction(quote: QuoteID(rawValue: "q00000000000000ff"), verdict: .speaker(name: "Wren Absent", id: PersonID(rawValue: "p0123456789ab")),
                                   text: "Elsewhere.", article: "other.txt")
        let plain = Corpus(articles: articles), corrected = Corpus(articles: articles, corrections: [elsewhere])
        #expect(corrected.people == plain.people)
        #expect(corrected.person(PersonID(rawValue: "p0123456789ab")) == nil)
    }

    /// A newer analyser reads the article differently (other rules, its people in another order): the
    /// quote keeps its ID, and the correction kept in the library still applies.
    @Test func aCorrectionOutlivesAnotherAnalysis() throws {
        let library = try LibraryStore.inMemory()
        let articles = try Self.articles()
        let silt = try Self.quote("The silt", in: articles)
        let query = CorpusQuery(corpus: Corpus(articles: articles))
        let orla = try Self.person("Orla Brennick", in: query)
        try library.record(Self.correction(silt, .speaker(name: orla.name, id: orla.id)))

        var other = articles[0]
        other.people.reverse()
        for q in other.quotes.indices {
            other.quotes[q].attribution = other.quotes[q].text == silt.text ? nil
                : other.quotes[q].attribution.map { var a = $0; a.speaker = .init(index: other.people.count - 1 - a.speaker.index); return a }
        }
        other.assignQuoteIDs()
        let reanalysed = CorpusQuery(corpus: Corpus(articles: [other, articles[1]], corrections: try library.corrections()))
        let again = try #require(other.quotes.first { $0.text == silt.text })
        #expect(again.id == silt.id && again.attribution == nil)
        #expect(reanalysed.corpus.speaker(of: again, inArticle: 0)?.id == orla.id)
        #expect(reanalysed.corpus.analysedSpeaker(of: again, inArticle: 0) == nil)
        #expect(try Self.said("Orla Brennick", in: reanalysed).contains(silt.text))
    }

    @Test func theChoicesPutTheArticlesPeopleFirstAndFilterByName() throws {
        let query = CorpusQuery(corpus: Corpus(articles: try Self.articles()))
        #expect(query.speakerChoices(inArticle: 1).map(\.name) == ["Ada Quill", "Orla Brennick", "Tomas Vell"])
        #expect(query.speakerChoices(inArticle: 1, matching: "VELL").map(\.name) == ["Tomas Vell"])
        #expect(query.speakerChoices(inArticle: 0, matching: "br").map(\.name) == ["Orla Brennick"])
    }

    @Test func aNameGivenForASpeakerPrefersWhoIsCalledSo() throws {
        let query = CorpusQuery(corpus: Corpus(articles: try Self.articles()))
        #expect(query.people(named: "brennick").map(\.name) == ["Orla Brennick"])
        #expect(query.people(named: "Ada Quill").map(\.name) == ["Ada Quill"])
        #expect(query.people(named: "l").count == 3)
        #expect(query.people(named: "nobody").isEmpty)
    }
}
