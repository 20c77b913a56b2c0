import Foundation
@testable import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The Coverage screen and the two below it (a person's verbs, a verb's statements), drawn on the
/// in-memory terminal over `Fixtures/stories`.
@Suite struct CoverageScreenTests {
    init() { ScreenCheck.useUTF8() }

    static func app(width: Int, height: Int, keys: [Key] = [.character("C")]) -> ReaderApp {
        let app = ReaderApp(library: StoryLibrary.library, terminal: InMemoryTerminal(width: width, height: height))
        for key in keys { app.handle(.key(key)) }
        return app
    }

    /// The words of a frame's row, as the columns lay them out.
    static func cells(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init)
    }

    @Test func outletsAreColumnsAndPeopleRowsWithTheirCounts() {
        let app = Self.app(width: 120, height: 24)
        let frame = app.render(width: 120, height: 24)
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles › Coverage"))
        #expect(frame.lines[1].contains("all") && frame.lines[1].contains("Northfield Courier") && frame.lines[1].contains("Lowmoor Examiner"))
        #expect(frame.lines[2].hasPrefix("────"))
        #expect(Self.cells(frame.lines[3]) == ["Helga", "Mortensen", "7", "3", "3", "·", "1"])
        #expect(Self.cells(frame.lines[4]) == ["Sigrid", "Vikström", "4", "1", "1", "1", "1"])
        #expect(frame[1, 3].style.reverse) // the first person is selected
        #expect(frame.lines[23].hasPrefix(" 1/14 people × 4 outlets"))
        ScreenCheck.expectSound(frame, width: 120, height: 24, theme: Theme(colorMode: .palette256))
    }

    @Test func aNarrowWindowScrollsTheOutletsSideways() {
        let app = Self.app(width: 50, height: 16)
        func counts(_ frame: Frame) -> [String] { Array(Self.cells(frame.lines[3]).suffix(3)) }
        var frame = app.render(width: 50, height: 16)
        // Two columns of four fit: the first two, and a mark saying there are more.
        #expect(counts(frame) == ["7", "3", "3"])
        #expect(frame.lines[1].contains("›") && !frame.lines[1].contains("‹"))
        app.handle(.key(.tab))
        frame = app.render(width: 50, height: 16)
        #expect(counts(frame) == ["7", "3", "·"])
        #expect(frame.lines[1].contains("‹") && frame.lines[1].contains("›"))
        app.handle(.key(.tab))
        app.handle(.key(.tab)) // already at the last outlets
        frame = app.render(width: 50, height: 16)
        #expect(counts(frame) == ["7", "·", "1"])
        #expect(frame.lines[1].contains("‹") && !frame.lines[1].contains("›"))
        app.handle(.key(.backTab))
        frame = app.render(width: 50, height: 16)
        #expect(counts(frame) == ["7", "3", "·"])
        // Rows scroll as every list does.
        app.handle(.key(.character("G")))
        frame = app.render(width: 50, height: 16)
        #expect(frame.lines[15].hasPrefix(" 14/14 people"))
        #expect(frame.lines.contains { $0.contains("Tobias") })
        ScreenCheck.expectSound(frame, width: 50, height: 16, theme: Theme(colorMode: .palette256))
    }

    @Test func enterGoesFromAPersonToTheirVerbsToTheStatementsToTheArticle() {
        let app = Self.app(width: 100, height: 24, keys: [.character("C"), .enter])
        var frame = app.render(width: 100, height: 24)
        #expect(frame.lines[0].contains("› Coverage › Helga Mortensen's verbs"))
        #expect(frame.lines[2].contains("7 statements"))
        #expect(Self.cells(frame.lines[4]) == ["5", "say", "said", "4", "·", "says", "1"])
        #expect(Self.cells(frame.lines[5]) == ["1", "tell", "told"])
        #expect(Self.cells(frame.lines[6]) == ["1", "warn", "warned"])
        #expect(frame.lines[23].hasPrefix(" 1/3 verbs"))
        for key: Key in [.down, .down, .enter] { app.handle(.key(key)) }
        frame = app.render(width: 100, height: 24)
        #expect(frame.lines[0].hasSuffix("verbs › warn") || frame.lines[0].contains("verbs › warn "))
        #expect(frame.lines[1].contains("Helga Mortensen — warn"))
        #expect(frame.lines[4].contains("2026-05-11 · Northfield Courier · Crack Found in Dunmere Dam Wall"))
        #expect(frame.lines[5].contains("“People should keep away from the spillway"))
        #expect(frame.lines[23].hasPrefix(" 1/1 statements"))
        app.handle(.key(.enter))
        frame = app.render(width: 100, height: 24)
        #expect(frame.lines[0].contains("› warn › Reader"))
        #expect(frame.lines[23].contains("Helga Mortensen") && frame.lines[23].contains("warned"))
        // Back returns exactly where it was.
        for _ in 0..<3 { app.handle(.key(.escape)) }
        frame = app.render(width: 100, height: 24)
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles › Coverage"))
    }

    @Test func theOutletFilterHoldsOnTheMatrix() {
        // Sources: the first outlet (most articles) switched off, then Coverage.
        let app = Self.app(width: 120, height: 24, keys: [.character("s"), .enter, .character("C")])
        let frame = app.render(width: 120, height: 24)
        #expect(frame.lines[0].contains("› Sources › Coverage"))
        let off = app.library.outlets[0].name
        #expect(!frame.lines[1].contains(off))
        #expect(frame.lines[23].contains("× 3 outlets") && frame.lines[23].contains("[1 outlet off]"))
    }

    @Test(arguments: [(30, 8), (45, 12), (80, 24), (200, 60)])
    func everyScreenOfTheWayIsSoundAtEverySize(_ width: Int, _ height: Int) {
        let theme = Theme(colorMode: .palette256)
        let app = Self.app(width: width, height: height)
        ScreenCheck.expectSound(app.render(width: width, height: height), width: width, height: height, theme: theme)
        for key: Key in [.enter, .character("G"), .enter, .enter] {
            app.handle(.key(key))
            ScreenCheck.expectSound(app.render(width: width, height: height), width: width, height: height, theme: theme)
        }
    }

    /// Waits until the app's library has its coverage counted (at most a minute).
    static func waitForCount(_ app: ReaderApp) {
        let deadline = ContinuousClock.now + .seconds(60)
        while app.library.countedCoverage == nil, ContinuousClock.now < deadline { usleep(20_000) }
    }

    @Test func aLargeCorpusSaysItIsCountingThenDrawsTheMatrix() throws {
        let large = StoryLibrary.repeatedPastGroupedAtOnce()
        let copies = large.corpus.articles.count / StoryLibrary.library.corpus.articles.count
        let app = ReaderApp(library: large, terminal: InMemoryTerminal(width: 120, height: 24))
        // The counts wait their turn behind this, so that the frames below are drawn before the count ends.
        let held = DispatchSemaphore(value: 0)
        DerivedAnswers.countingQueue.async { held.wait() }
        app.handle(.key(.character("C")))
        var frame = app.render(width: 120, height: 24)
        // The frame did not wait for the count: it says so, and keys work meanwhile.
        #expect(frame.lines[1].contains("Counting who is quoted by which outlet in \(ReaderApp.grouped(large.corpus.articles.count)) articles…"))
        #expect(frame.lines[23].hasPrefix(" counting…"))
        #expect(app.library.isCountingCoverage && app.library.countedCoverage == nil)
        app.handle(.key(.down))
        app.handle(.key(.enter))
        #expect(app.render(width: 120, height: 24).lines[0].contains("› Coverage "))
        held.signal()
        Self.waitForCount(app)
        frame = app.render(width: 120, height: 24)
        #expect(Self.cells(frame.lines[3]) == ["Helga", "Mortensen", "\(7 * copies)", "\(3 * copies)", "\(3 * copies)", "·", "\(copies)"])
        #expect(frame.lines[23].hasPrefix(" 1/14 people × 4 outlets"))
        ScreenCheck.expectSound(frame, width: 120, height: 24, theme: Theme(colorMode: .palette256))
    }

    @Test func theReaderCountsBeforeTheScreenIsOpened() {
        let app = ReaderApp(library: StoryLibrary.repeatedPastGroupedAtOnce(), terminal: InMemoryTerminal(width: 120, height: 24))
        #expect(app.library.countedCoverage == nil)
        app.startBackgroundWork()
        Self.waitForCount(app)
        app.handle(.key(.character("C")))
        #expect(Self.cells(app.render(width: 120, height: 24).lines[3]).prefix(2) == ["Helga", "Mortensen"])
    }

    @Test func aNewFilterNeverShowsTheMatrixOfTheOldOne() {
        let app = ReaderApp(library: StoryLibrary.repeatedPastGroupedAtOnce(), terminal: InMemoryTerminal(width: 120, height: 24))
        app.startBackgroundWork()
        Self.waitForCount(app)
        // Sources: the first outlet switched off, then Coverage: counting again, for the new filter.
        for key: Key in [.character("s"), .enter, .character("C")] { app.handle(.key(key)) }
        let off = app.library.outlets[0].name
        var frame = app.render(width: 120, height: 24)
        #expect(frame.lines[1].contains("Counting who is quoted by which outlet in the articles shown…"))
        Self.waitForCount(app)
        frame = app.render(width: 120, height: 24)
        #expect(!frame.lines[1].contains(off) && frame.lines[23].contains("× 3 outlets"))
    }
}
