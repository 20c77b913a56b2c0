import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// Stories in the reader: the mark on the Articles screen and the Story screen, on the in-memory
/// terminal over `Fixtures/stories`.
@Suite struct StoryScreenTests {
    init() { ScreenCheck.useUTF8() }

    static func app(width: Int = 140, height: Int = 24, library: CorpusQuery = StoryLibrary.library) -> ReaderApp {
        ReaderApp(library: library, terminal: InMemoryTerminal(width: width, height: height))
    }

    static func line(_ frame: Frame, _ headline: String) -> String? {
        frame.lines.first { $0.contains(headline) }
    }

    @Test func articlesOfAStoryAreMarkedWithItsOutlets() throws {
        let frame = Self.app().render(width: 140, height: 24)
        #expect(try #require(Self.line(frame, "Strike Shuts Tarrow University")).contains("◆ 4 outlets"))
        #expect(try #require(Self.line(frame, "Dunmere Dam Repairs")).contains("◆ 3 outlets"))
        #expect(try #require(Self.line(frame, "Glasshouse Museum Fire")).contains("◆ 2 outlets"))
        #expect(try #require(Self.line(frame, "Pellow Lifeboat")).contains("◆") == false)
        #expect(try #require(Self.line(frame, "Ferry Timetable")).contains("◆") == false)
        ScreenCheck.expectSound(frame, width: 140, height: 24, theme: Theme(colorMode: .palette256))
    }

    @Test func theMarkCountsTheOutletsShown() throws {
        var library = StoryLibrary.library
        library.outletFilter = .only(["Baltic Wire", "Coastal Post"])
        let frame = Self.app(library: library).render(width: 140, height: 24)
        #expect(try #require(Self.line(frame, "Strike Shuts Tarrow University")).contains("◆ 2 outlets"))
        // The dam story keeps one of its outlets here: no story.
        #expect(try #require(Self.line(frame, "Dunmere Reservoir Lowered")).contains("◆") == false)
    }

    @Test func sOpensTheStoryAndEnterReadsEachOutletsArticle() throws {
        let app = Self.app()
        let row = try #require(StoryLibrary.row(of: "Tarrow Strike Enters Second Day as Students Worry About Exams"))
        for _ in 0..<row { app.handle(.key(.down)) }
        var frame = app.render(width: 140, height: 24)
        #expect(frame.lines[23].contains("S story (◆ 4 outlets)"))
        app.handle(.key(.character("S")))
        frame = app.render(width: 140, height: 24)
        #expect(frame.lines[0].contains("› Articles › Story"))
        #expect(frame.lines[1].contains("◆ ") && frame.lines[2].contains("4 articles · 4 outlets · 2026-06-02 – 2026-06-04"))
        #expect(frame.lines[3].contains("Baltic Wire · Northfield Courier · Lowmoor Examiner · Coastal Post"))
        let rows = frame.lines[5...8].map { $0 }
        #expect(rows[0].contains("2026-06-02") && rows[0].contains("Baltic Wire") && rows[0].contains("Strike Shuts Tarrow"))
        #expect(rows[2].contains("2026-06-03") && rows[2].contains("Lowmoor Examiner"))
        #expect(rows[3].contains("2026-06-04") && rows[3].contains("Coastal Post") && rows[3].contains("Agree to Talks"))
        #expect(frame.lines[23].hasPrefix(" 1/4 articles"))
        app.handle(.key(.down))
        app.handle(.key(.enter))
        frame = app.render(width: 140, height: 24)
        #expect(frame.lines[0].contains("› Story › Reader") && frame.lines[1].contains("Tarrow University Lecturers Begin Strike Over Pay"))
        // J goes on to the next outlet's article of the story.
        app.handle(.key(.character("J")))
        frame = app.render(width: 140, height: 24)
        #expect(frame.lines[1].contains("Tarrow Strike Enters Second Day"))
        ScreenCheck.expectSound(frame, width: 140, height: 24, theme: Theme(colorMode: .palette256))
    }

    @Test func anArticleInNoStorySaysSo() throws {
        let app = Self.app()
        let row = try #require(StoryLibrary.row(of: "Pellow Lifeboat Crew Rescues Two Swimmers"))
        for _ in 0..<row { app.handle(.key(.down)) }
        #expect(!app.render(width: 140, height: 24).lines[23].contains("S story"))
        app.handle(.key(.character("S")))
        let frame = app.render(width: 140, height: 24)
        #expect(frame.lines[1].contains("in no story"))
        #expect(frame.lines[23].hasPrefix(" 0/0 articles"))
    }

    @Test func helpListsTheNewKeys() {
        let app = Self.app()
        app.handle(.key(.character("?")))
        var text = app.render(width: 140, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("the story: each outlet's article on the same event"))
        #expect(text.contains("coverage: who is quoted by which outlet"))
        app.handle(.key(.escape))
        app.handle(.key(.character("C")))
        app.handle(.key(.character("?")))
        text = app.render(width: 140, height: 40).lines.joined(separator: "\n")
        #expect(text.contains("On the Coverage screen") && text.contains("more outlets to the right"))
    }

    @Test(arguments: [(30, 8), (45, 12), (80, 24), (200, 60)])
    func theStoryScreenIsSoundAtEverySize(_ width: Int, _ height: Int) throws {
        let app = Self.app(width: width, height: height)
        let row = try #require(StoryLibrary.row(of: "Dunmere Dam Repairs to Take a Month"))
        for _ in 0..<row { app.handle(.key(.down)) }
        app.handle(.key(.character("S")))
        let frame = app.render(width: width, height: height)
        ScreenCheck.expectSound(frame, width: width, height: height, theme: Theme(colorMode: .palette256))
        if width >= 80 { #expect(frame.lines[1].contains("◆ ") && frame.lines[2].contains("4 articles · 3 outlets")) }
    }

    /// A small corpus is grouped for its first frame; a large one behind the list, for a later frame.
    @Test func smallCorporaShowTheirStoriesAtOnceLargeOnesOnceGrouped() throws {
        let small = CorpusQuery(corpus: StoryLibrary.library.corpus)
        #expect(try #require(Self.line(Self.app(library: small).render(width: 140, height: 24), "Strike Shuts Tarrow University")).contains("◆ 4 outlets"))
        let large = StoryLibrary.repeatedPastGroupedAtOnce()
        #expect(large.groupedStories() == nil)
        // The list asked, and did not wait: the stories are grouped behind it, then kept.
        let deadline = ContinuousClock.now + .seconds(60)
        while large.groupedStories() == nil, ContinuousClock.now < deadline { usleep(20_000) }
        #expect(large.groupedStories()?.stories == large.allStories.stories)
    }
}
