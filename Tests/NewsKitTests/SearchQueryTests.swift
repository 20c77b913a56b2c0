import Foundation
import Testing
@testable import NewsKit

/// Search semantics, on the store's full-text index and on a corpus: every word anywhere (AND),
/// quoted phrases, -word exclusion, speaker: and outlet: terms, case and accents folded the same way
/// in the index and the query.
@Suite struct SearchQueryTests {
    @Test func readsTheTermsOfAQuery() {
        let query = SearchQuery(#"Trump  PUTIN "Rigged   Election" -ceasefire speaker:"Marco Rubio" outlet:Reuters Russia's"#)
        #expect(query.words == ["trump", "putin"])
        #expect(query.phrases == [["rigged", "election"], ["russia", "s"]])
        #expect(query.excluded == ["ceasefire"])
        #expect(query.speakers == ["marco rubio"])
        #expect(query.outlets == ["reuters"])
        #expect(SearchQuery("García").words == ["garcia"])
        #expect(SearchQuery("ÉCOLE").words == ["ecole"])
        #expect(SearchQuery("-").isEmpty)
        #expect(SearchQuery("\"*)(").isEmpty)
    }

    static let texts: [(key: String, text: String)] = [
        ("both", "Talks in Tallinn\n\n2025-02-01\n\nTrump met the mayor. Later Putin phoned, Trump said."),
        ("trump", "Budget day\n\n2025-02-02\n\nTrump spoke about the budget. The vote was rigged, some said; the election went on."),
        ("phrase", "Vote count\n\n2025-02-03\n\nHe called it a rigged election and left."),
        ("accent", "Port news\n\n2025-02-04\n\nMayor Inés García opened the ferry terminal."),
        ("plain", "Port news again\n\n2025-02-05\n\nMayor Ines Garcia closed the ferry terminal."),
    ]

    private static func indexed() throws -> Store {
        let store = try Store.inMemory()
        try store.save(texts.map { (key: $0.key, analyzed: Analyzed.text($0.text)) })
        return store
    }

    private static func keys(_ store: Store, _ query: String) -> Set<String>? {
        store.rows(matching: SearchQuery(query)).map(store.keys(ofRows:))
    }

    @Test func theIndexFindsEveryWordAnywhere() throws {
        let store = try Self.indexed()
        #expect(Self.keys(store, "trump putin") == ["both"])
        #expect(Self.keys(store, "putin trump") == ["both"])
        #expect(Self.keys(store, "trump") == ["both", "trump"])
        #expect(Self.keys(store, "tru") == ["both", "trump"]) // a word beginning
    }

    @Test func theIndexFindsQuotedPhrasesOnlyAsPhrases() throws {
        let store = try Self.indexed()
        #expect(Self.keys(store, "\"rigged election\"") == ["phrase"])
        #expect(Self.keys(store, "rigged election") == ["trump", "phrase"])
        #expect(Self.keys(store, "“Rigged, election”") == ["phrase"]) // curly quotes; punctuation between words
    }

    @Test func theIndexLeavesOutExcludedWords() throws {
        let store = try Self.indexed()
        #expect(Self.keys(store, "trump -putin") == ["trump"])
        #expect(Self.keys(store, "rigged -budget") == ["phrase"])
        #expect(Self.keys(store, "-putin") == nil) // only an exclusion: the index is asked the other way round
        #expect(store.rows(withAnyOf: ["putin"]).map(store.keys(ofRows:)) == ["both"])
    }

    @Test(arguments: ["garcia", "García", "GARCIA", "garcía", "Ines Garcia", "inés garcía"])
    func theIndexFoldsAccentsAndCaseBothWays(_ query: String) throws {
        let store = try Self.indexed()
        #expect(Self.keys(store, query) == ["accent", "plain"])
    }

    private static func library() throws -> CorpusQuery {
        let store = try indexed()
        let articles = texts.map { Analyzed.text("---\nsource: \($0.key == "plain" ? "Harbour Times" : "Daily Wire")\n---\n" + $0.text, path: $0.key + ".txt") }
        // The index keys are the texts' keys: rows by key, as the loader gives them.
        var rows: [String: Int64] = [:]
        for row in 1...Int64(texts.count) { if let key = store.keys(ofRows: [row]).first { rows[key] = row } }
        return CorpusQuery(corpus: Corpus(articles: articles), textIndex: TextIndex(store: store, rows: texts.map { rows[$0.key] }))
    }

    private static func articles(_ library: CorpusQuery, _ query: String) -> Set<String> {
        Set(library.search(query).map { library.corpus.articles[$0.article].article.path.replacingOccurrences(of: ".txt", with: "") })
    }

    @Test func theCorpusAgreesWithTheIndexAndMarksEachWord() throws {
        let library = try Self.library()
        #expect(Self.articles(library, "trump putin") == ["both"])
        #expect(Self.articles(library, "\"rigged election\"") == ["phrase"])
        #expect(Self.articles(library, "trump -putin") == ["trump"])
        #expect(Self.articles(library, "-trump -garcia") == ["phrase"])
        #expect(Self.articles(library, "García") == ["accent", "plain"])
        #expect(Self.articles(library, "garcia") == ["accent", "plain"])
        // Each word is marked where it is: "Trump" twice and "Putin" once in the first article.
        let matches = library.search("trump putin")
        let block = library.corpus.articles[matches[0].article].article.blocks[matches[0].block].text
        let marked = matches.map { String(String.UnicodeScalarView(Array(block.unicodeScalars)[$0.range])) }
        #expect(marked == ["Trump", "Putin", "Trump"])
        let phrase = library.search("\"rigged election\"")[0]
        let text = Array(library.corpus.articles[phrase.article].article.blocks[phrase.block].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[phrase.range])) == "rigged election")
        let accented = library.search("garcia").first { library.corpus.articles[$0.article].article.path == "accent.txt" }!
        let accentText = Array(library.corpus.articles[accented.article].article.blocks[accented.block].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(accentText[accented.range])) == "García")
    }

    @Test func outletAndSpeakerTerms() throws {
        let library = try Self.library()
        #expect(Self.articles(library, "outlet:harbour") == ["plain"])
        #expect(Self.articles(library, "ferry outlet:\"Daily Wire\"") == ["accent"])
        #expect(Self.articles(library, "ferry outlet:nowhere").isEmpty)
        // "Trump said." attributes the statement-less sentence? Speakers come from quotes: none here.
        let quoted = CorpusQuery(corpus: Corpus(articles: [
            Analyzed.text("Pier talks\n\n2025-03-01\n\n\"The pier stays open,\" said Mayor Anna Holt.", path: "holt.txt"),
            Analyzed.text("Ferry talks\n\n2025-03-02\n\n\"The ferry runs late,\" said Director Karl Weber. The pier is shut.", path: "weber.txt"),
        ]))
        let holt = quoted.search("speaker:holt")
        #expect(holt.map(\.article) == [0])
        let words = Array(quoted.corpus.articles[0].article.blocks[holt[0].block].text.unicodeScalars)[holt[0].range]
        #expect(String(String.UnicodeScalarView(words)) == "The pier stays open,")
        #expect(quoted.search("pier speaker:weber").map(\.article) == [1])
        #expect(quoted.search("speaker:\"anna holt\" ferry").isEmpty)
    }
}
