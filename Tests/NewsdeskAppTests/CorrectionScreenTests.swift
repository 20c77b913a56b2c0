import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// Correct speaker on the in-memory terminal: the list, the choice applied on every screen and kept in
/// the library, the correction back when the reader starts again and when a fuller library comes in.
@Suite struct CorrectionScreenTests {
    init() { ScreenCheck.useUTF8() }

    /// The two invented articles of `Fixtures/corrections` (the fares article is the newer, listed first).
    static let articles = Analyzed.files(["corrections/dredging.txt", "corrections/fares.txt"])

    static let silt = "The silt has to go somewhere."

    /// An app on the dredging article with its quote-only paragraph selected.
    static func appAtTheSiltQuote(store: LibraryStore) throws -> ReaderApp {
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: articles)), terminal: InMemoryTerminal(width: 140, height: 24),
                            libraryStore: store)
        for key: Key in [.character("j"), .enter] { app.handle(.key(key)) }
        for _ in 0..<20 where !status(app).contains("“The silt") { app.handle(.key(.tab)) }
        try #require(status(app).contains("“The silt has to go somewhere.” — Tomas Vell"), "\(status(app))")
        return app
    }

    static func status(_ app: ReaderApp) -> String { app.render(width: 140, height: 24).lines[23] }
    static func screen(_ app: ReaderApp) -> [String] { app.render(width: 140, height: 24).lines }
    static func type(_ text: String, into app: ReaderApp) { for c in text { app.handle(.key(.character(c))) } }

    static func siltQuote(in library: CorpusQuery) throws -> Quote {
        try #require(library.corpus.articles[0].quotes.first { $0.text == silt })
    }

    @Test func theListOffersTheChoicesAndTheArticlesPeopleFirst() throws {
        let app = try Self.appAtTheSiltQuote(store: try LibraryStore.inMemory())
        app.handle(.key(.character("c")))
        let lines = Self.screen(app)
        #expect(app.breadcrumb.hasSuffix("› Reader › Correct speaker"))
        #expect(lines[1].contains("“The silt has to go somewhere.”"))
        #expect(lines[2].contains("now: Tomas Vell · analysis: Tomas Vell"))
        #expect(Array(lines[4...8]).map { $0.trimmingCharacters(in: .whitespaces) } == [
            "▶ no speaker (nobody can be named)", "not a quote", "Orla Brennick  in this article · 2 statements",
            "Tomas Vell  in this article · 2 statements", "Ada Quill  1 statement",
        ])
        #expect(lines[23].contains("type to filter: ▏"))
        // Typing narrows the people (the fixed choices step aside); Backspace widens again.
        Self.type("QUI", into: app)
        #expect(Self.screen(app)[4].contains("▶ Ada Quill") && !Self.screen(app).contains { $0.contains("not a quote") })
        for _ in 0..<3 { app.handle(.key(.backspace)) }
        #expect(Self.screen(app)[4].contains("▶ no speaker"))
        // Esc on an empty filter goes back to the Reader, changing nothing.
        app.handle(.key(.escape))
        #expect(app.breadcrumb.hasSuffix("› Reader"))
        #expect(Self.status(app).contains("— Tomas Vell"))
    }

    @Test func aChoiceAppliesEverywhereIsKeptAndComesBack() throws {
        let store = try LibraryStore.inMemory()
        let app = try Self.appAtTheSiltQuote(store: store)
        app.handle(.key(.character("c")))
        Self.type("bren", into: app)
        app.handle(.key(.enter))
        #expect(app.breadcrumb.hasSuffix("› Reader"))
        #expect(Self.status(app).contains("— Orla Brennick ✎ corrected, the analysis said Tomas Vell"), "\(Self.status(app))")
        let silt = try Self.siltQuote(in: app.library)
        #expect(app.library.corpus.speaker(of: silt, inArticle: 0)?.name == "Orla Brennick")
        #expect(try store.corrections().map(\.speakerName) == ["Orla Brennick"])
        // The Person screen lists it among hers, marked.
        app.handle(.key(.enter))
        let person = Self.screen(app)
        #expect(person[0].contains("› Orla Brennick"))
        #expect(person.contains { $0.contains("✎ corrected") } && person.contains { $0.contains(Self.silt) })

        // A reader started again on the same library has it; so has a fuller library handed over.
        let again = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [Self.articles[0]])), terminal: InMemoryTerminal(width: 140, height: 24),
                              libraryStore: store)
        #expect(again.library.corpus.speaker(of: silt, inArticle: 0)?.name == "Orla Brennick")
        var state = BackgroundLoad.State()
        state.library = CorpusQuery(corpus: Corpus(articles: Self.articles))
        again.receive(state)
        #expect(again.library.corpus.speaker(of: silt, inArticle: 0)?.name == "Orla Brennick")
        #expect(again.library.people.first?.person.name == "Orla Brennick")
    }

    @Test func undoAndNotAQuote() throws {
        let store = try LibraryStore.inMemory()
        let app = try Self.appAtTheSiltQuote(store: store)
        // Not a quote: second of the fixed choices.
        app.handle(.key(.character("c")))
        app.handle(.key(.down))
        app.handle(.key(.enter))
        #expect(Self.status(app).contains("— not a quote ✎ corrected"), "\(Self.status(app))")
        let silt = try Self.siltQuote(in: app.library)
        #expect(!app.library.corpus.isStatement(silt))
        // Greyed in the article, and no longer anyone's words.
        let blocks = ArticleRenderer(theme: Theme(colorMode: .palette256)).blocks(ofArticle: 0, in: app.library)
        let block = try #require(blocks.first { $0.text.text.contains(Self.silt) })
        #expect(block.statements.isEmpty)
        #expect(block.text.runs.contains { $0.style == Theme(colorMode: .palette256).dim })
        // Undo heads the list now, and gives the analysis back.
        app.handle(.key(.character("c")))
        #expect(Self.screen(app)[4].contains("▶ undo my correction (not a quote)"))
        app.handle(.key(.enter))
        #expect(Self.status(app).contains("— Tomas Vell · cue"), "\(Self.status(app))")
        #expect(try store.corrections().isEmpty)
    }

    @Test func cOnANameOrOffTheReaderSaysWhatItNeeds() throws {
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: Self.articles)), terminal: InMemoryTerminal(width: 140, height: 24))
        app.handle(.key(.enter))
        app.handle(.key(.character("c")))
        #expect(Self.status(app).contains("Tab to a quote first, then c corrects who said it"))
        #expect(app.breadcrumb.hasSuffix("› Reader"))
    }
}
