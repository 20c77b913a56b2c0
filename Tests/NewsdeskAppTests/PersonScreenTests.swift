import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

@Suite struct PersonScreenTests {
    // Frames measure text by the locale, as in the terminal: set here, not by whichever suite runs first.
    init() { ScreenCheck.useUTF8() }

    /// A person first known by a surname, whose display name and ID change when a fuller corpus
    /// names them in full: the open Person screen follows them.
    @Test func aPersonScreenOpenedDuringALoadStillShowsThatPersonWhenItEnds() throws {
        let short = Analyzed.text("Harbour news\n\n\"The cranes come in May,\" Kovalenky said.", path: "b.txt")
        let full = Analyzed.text("Harbour history\n\n\"The old cranes were too slow,\" Oleksandr Kovalenkyy said.", path: "a.txt")
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [short])), terminal: InMemoryTerminal(width: 100, height: 20))
        for key: Key in [.character("p"), .enter] { app.handle(.key(key)) }
        #expect(app.render(width: 100, height: 20).lines[0].contains("Kovalenky"))

        var state = BackgroundLoad.State()
        state.library = CorpusQuery(corpus: Corpus(articles: [short, full]))
        app.receive(state)
        let frame = app.render(width: 100, height: 20)
        #expect(frame.lines[0].contains("People › Oleksandr Kovalenkyy"), "\(frame.lines[0])")
        #expect(frame.lines[1].contains("Oleksandr Kovalenkyy"), "\(frame.lines.joined(separator: "\n"))")
        #expect(!frame.lines.contains { $0.contains("No such person") })
        #expect(frame.lines.contains { $0.contains("The cranes come in May") })
        #expect(frame.lines.contains { $0.contains("The old cranes were too slow") })
    }
}
