import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The reader on the in-memory terminal: screens rendered into frames and checked cell by cell.
@Suite struct ReaderAppTests {
    // The frames' widths follow the locale, as in the terminal: not whichever suite happened to set it first.
    init() { ScreenCheck.useUTF8() }

    static let library = CorpusQuery(corpus: Corpus(articles: Analyzed.files(["000_74dc95e94b69c806.txt", "001_87c611ee5f6a8da8.txt"])))

    private func app(width: Int, height: Int, keys: [Key] = [], colorMode: ColorMode = .palette256) -> (ReaderApp, InMemoryTerminal) {
        let terminal = InMemoryTerminal(width: width, height: height, colorMode: colorMode)
        let app = ReaderApp(library: Self.library, terminal: terminal)
        for key in keys { app.handle(.key(key)) }
        return (app, terminal)
    }

    static let sizes = [(40, 12), (80, 24), (120, 40), (200, 60)]

    @Test(arguments: sizes)
    func articlesScreenFitsEverySize(_ width: Int, _ height: Int) {
        let (app, _) = app(width: width, height: height)
        let frame = app.render(width: width, height: height)
        #expect(frame.width == width && frame.height == height)
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles"))
        #expect(frame[1, 0].style.reverse) // the header bar
        #expect(frame.lines[1].hasPrefix("• 2025-09-24")) // unread
        #expect(frame.lines[2].contains("Egypt D"))
        #expect(frame[0, 1].style.reverse) // the first article is selected
        #expect(frame.lines[height - 1].hasPrefix(" 1/2 articles"))
        for line in frame.lines { #expect(CellWidth.of(line) <= width) }
    }

    @Test(arguments: sizes)
    func readerShowsTheArticleWithQuotesInTheSpeakersColour(_ width: Int, _ height: Int) {
        let (app, _) = app(width: width, height: height, keys: [.enter])
        let frame = app.render(width: width, height: height)
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles › Reader"))
        #expect(frame.lines[1].hasPrefix(" Rubio Urges"))
        #expect(frame[1, 1].style.bold)
        // A quote's words carry a speaker colour; plain text does not.
        let zelenskyID = app.library.people.first { $0.person.name == "Volodymyr Zelensky" }?.person.id
        let article = app.library.articlesByDate[0]
        let zelensky = zelenskyID.flatMap { ArticleRenderer(theme: Theme(colorMode: .palette256)).speakerStyles(ofArticle: article, in: app.library)[$0] }?.foreground
        #expect(zelensky != nil)
        let big = Frame.find("Because international", in: frame)
        if let (x, y) = big {
            #expect(frame[x, y].style.foreground == zelensky)
        } else {
            #expect(height < 30, "the quote should be on screen at \(width)x\(height)")
        }
    }

    @Test func tabSelectsAQuoteAndTheStatusLineNamesItsSpeaker() {
        let (app, terminal) = app(width: 120, height: 40, keys: [.enter, .end])
        var status = ""
        for _ in 0..<40 {
            app.handle(.key(.tab))
            status = app.render(width: terminal.width, height: terminal.height).lines[39]
            if status.contains("If the world") { break }
        }
        #expect(status.contains("“If the world can't respond…” — Volodymyr Zelensky"))
        #expect(status.contains("previousSpeaker"))
        // Enter pivots to the person, with statements from both outlets.
        app.handle(.key(.enter))
        let person = app.render(width: 120, height: 40)
        #expect(person.lines[0].contains("Articles › Reader › Volodymyr Zelensky"))
        // Each statement shows its sentence, so the list may run over a page: its first and last.
        app.handle(.key(.character("g")))
        var lines = app.render(width: 120, height: 40).lines
        app.handle(.key(.character("G")))
        lines += app.render(width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("Egypt Daily News") })
        #expect(lines.contains { $0.contains("(unknown outlet)") })
    }

    @Test func sourcesFilterHoldsOnThePersonScreen() {
        let (app, _) = app(width: 120, height: 40, keys: [.character("p"), .enter, .character("s"), .down])
        let sources = app.render(width: 120, height: 40)
        let egyptRow = sources.lines.firstIndex { $0.contains("Egypt Daily News") }!
        if !sources[0, egyptRow].style.reverse { app.handle(.key(.up)) }
        app.handle(.key(.enter))
        app.handle(.key(.escape))
        let person = app.render(width: 120, height: 40)
        #expect(person.lines[0].contains("[1 outlet off]"))
        #expect(!person.lines.dropFirst().contains { $0.contains("Egypt Daily News") })
    }

    @Test func backReturnsExactlyWhereYouWere() {
        let (app, _) = app(width: 80, height: 24, keys: [.down, .enter, .pageDown])
        let reader = app.render(width: 80, height: 24)
        app.handle(.key(.character("p")))
        app.handle(.key(.escape))
        #expect(app.render(width: 80, height: 24) == reader)
        app.handle(.key(.escape))
        let articles = app.render(width: 80, height: 24)
        #expect(articles[0, 2].style.reverse) // still on the second article
    }

    @Test func peopleFilterAsYouType() {
        let (app, _) = app(width: 80, height: 24, keys: [.character("p"), .character("/"), .character("p"), .character("e"), .character("s")])
        let frame = app.render(width: 80, height: 24)
        #expect(frame.lines[1].contains("Dmitry Peskov"))
        #expect(!frame.lines.contains { $0.contains("Zelensky") })
        #expect(frame.lines[23].contains("filter: pes"))
    }

    @Test func searchFindsPaperTigerAndOpensTheArticle() {
        let (app, _) = app(width: 100, height: 30, keys: [.character("/")] + "paper tiger".map { .character($0) } + [.enter])
        let results = app.render(width: 100, height: 30)
        #expect(results.lines[29].contains("matches"))
        #expect(results.lines.contains { $0.contains("paper tiger") })
        app.handle(.key(.enter))
        #expect(app.render(width: 100, height: 30).lines[0].contains("› Reader"))
    }

    @Test func helpListsTheKeyMap() {
        let (app, _) = app(width: 80, height: 40, keys: [.character("?")])
        let frame = app.render(width: 80, height: 40)
        // The Articles screen's own keys, then moving and the keys of every screen.
        for meaning in ArticlesScreen().keyHelp.map(\.meaning) + KeyMap.standard.bindings.prefix(8).map(\.meaning) {
            #expect(frame.lines.contains { $0.contains(meaning) })
        }
        #expect(!frame.lines.contains { $0.contains("next quote or name") }) // a Reader key
    }

    @Test(arguments: [(1, 1), (10, 3), (29, 8), (30, 7)])
    func aWindowTooSmallSaysSo(_ width: Int, _ height: Int) {
        let (app, _) = app(width: width, height: height)
        let frame = app.render(width: width, height: height)
        if height >= 2 { #expect(frame.lines.joined().contains("too small") || frame.lines.joined().contains("Window")) }
        #expect(frame.width == width)
    }

    @Test func withoutColourAttributesStillTellQuotesApart() {
        let (app, _) = app(width: 120, height: 40, keys: [.enter], colorMode: .none)
        let frame = app.render(width: 120, height: 40)
        #expect(frame.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        if let (x, y) = Frame.find("Because international", in: frame) {
            #expect(frame[x, y].style.italic)
        }
    }

    @Test func qQuitsFromTheTopAndGoesBackElsewhere() {
        let (app, _) = app(width: 80, height: 24, keys: [.enter, .character("q")])
        #expect(!app.isDone)
        #expect(app.render(width: 80, height: 24).lines[0].hasPrefix(" Newsdesk › Articles"))
        app.handle(.key(.character("q")))
        #expect(app.isDone)
    }
}

extension Frame {
    /// Where a text starts on screen, if it is shown on one row.
    static func find(_ text: String, in frame: Frame) -> (Int, Int)? {
        for (y, line) in frame.lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            // Columns count cells; the prefix has no wide characters here.
            return (line.distance(from: line.startIndex, to: range.lowerBound), y)
        }
        return nil
    }
}
