import Foundation
import Testing

/// Issue 12, item 4 walked in tmux: a quote's speaker corrected in the reader, seen on the Person and
/// People screens and by the command line, then undone; on the invented articles of `Fixtures/corrections`.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct CorrectionWalkTests {
    typealias Walk = ReaderWalkTests.Walk

    static func status(_ screen: String) -> String { ReaderWalkTests.status(screen) }
    static func header(_ screen: String) -> String { ReaderWalkTests.header(screen) }
    /// Whether a Reader's status line describes a selected item: a quote, or a name of any kind.
    static func showsAnItem(_ status: String) -> Bool {
        status.contains("“") || [" · person", " · organisation", " · place", " · name"].contains { status.contains($0) }
    }

    /// The corrections the command line finds in the walk's library.
    static func corrections(_ walk: Walk) throws -> [[String: Any]] {
        let output = try NewsdeskBinary.run(["corrections", "--json"], environment: ["XDG_DATA_HOME": walk.home.appendingPathComponent("data").path])
        #expect(output.status == 0, "\(output.stderr)")
        return try NewsdeskBinary.jsonLines(output.stdout)
    }

    @Test func aSpeakerIsCorrectedSeenEverywhereAndUndone() throws {
        let walk = try Walk("Fixtures/corrections")
        defer { walk.removeHome() }
        try walk.ready("Dredging Plan")
        // The dredging article (the older of the two), and Tab to its quote-only paragraph, which the
        // analysis gives to the speaker before it.
        try walk.send("j")
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).hasSuffix("› Reader") || Self.header($0).contains("› Reader ") }
        var found = false
        for _ in 0..<20 where !found {
            try walk.send("Tab")
            let screen = try walk.waitFor { Self.showsAnItem(Self.status($0)) }
            found = Self.status(screen).contains("“The silt has to go") && Self.status(screen).contains("— Tomas Vell")
        }
        try #require(found)

        // c: the people, the article's first; typing narrows them; Enter applies the one selected.
        try walk.send("c")
        var screen = try walk.waitFor { Self.header($0).contains("› Correct speaker") && $0.contains("not a quote") }
        #expect(screen.contains("now: Tomas Vell") && screen.contains("no speaker (nobody can be named)"))
        #expect(!screen.contains("undo my correction"))
        let lines = ReaderWalkTests.lines(screen)
        let orlaRow = try #require(lines.firstIndex { $0.contains("Orla Brennick") })
        let adaRow = try #require(lines.firstIndex { $0.contains("Ada Quill") })
        #expect(orlaRow < adaRow, "the article's people come first")
        try walk.type("bren")
        // The list, below the quote and who said it, has only her.
        screen = try walk.waitFor { Self.status($0).contains("type to filter: bren▏") && !ReaderWalkTests.lines($0).dropFirst(4).joined().contains("Tomas Vell") }
        #expect(screen.contains("▶ Orla Brennick") && !screen.contains("not a quote"))
        try walk.send("Enter")
        screen = try walk.waitFor { Self.status($0).contains("— Orla Brennick ✎ corrected, the analysis said Tomas Vell") }
        #expect(Self.header(screen).hasSuffix("› Reader") || Self.header(screen).contains("› Reader "))
        // Kept in the library: the command line sees it.
        let kept = try Self.corrections(walk)
        #expect(kept.count == 1)
        #expect(kept.first?["speaker"] as? String == "Orla Brennick" && kept.first?["text"] as? String == "The silt has to go somewhere.")

        // Enter pivots to Orla Brennick: the quote is among her statements, marked.
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› Orla Brennick") && $0.contains("The silt has to go somewhere.") }
        #expect(screen.contains("✎ corrected"))
        #expect(Self.status(screen).contains("/3 statements"))
        // People counts it as hers.
        try walk.send("p")
        screen = try walk.waitFor { Self.header($0).contains("› People") && $0.contains("Tomas Vell") }
        let people = ReaderWalkTests.lines(screen)
        #expect(people.contains { $0.range(of: #"^\s+3\s+Orla Brennick"#, options: .regularExpression) != nil })
        #expect(people.contains { $0.range(of: #"^\s+1\s+Tomas Vell"#, options: .regularExpression) != nil })

        // Back to the quote: c offers to undo, and Enter on it gives the analysis back.
        try walk.send("Escape")
        try walk.send("Escape")
        try walk.waitFor { Self.status($0).contains("— Orla Brennick ✎") }
        try walk.send("c")
        screen = try walk.waitFor { $0.contains("▶ undo my correction (Orla Brennick)") }
        #expect(screen.contains("now: Orla Brennick ✎ (your correction) · analysis: Tomas Vell"))
        try walk.send("Enter")
        screen = try walk.waitFor { Self.status($0).contains("“The silt has to go") && Self.status($0).contains("— Tomas Vell · cue") }
        #expect(try Self.corrections(walk).isEmpty)
        try walk.send("p")
        screen = try walk.waitFor { Self.header($0).contains("› People") && $0.contains("Tomas Vell") }
        #expect(ReaderWalkTests.lines(screen).contains { $0.range(of: #"^\s+2\s+Tomas Vell"#, options: .regularExpression) != nil })
        try walk.quit()
    }

    /// A correction made on the command line shows in the reader started after it: a quote that is
    /// not one leaves the person's statements, and the Reader says what it is.
    @Test func notAQuoteFromTheCommandLineShowsInTheReader() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["XDG_DATA_HOME": home.appendingPathComponent("data").path]
        let quotes = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json", "Fixtures/corrections"], environment: environment).stdout)
        let silt = try #require(quotes.first { $0["text"] as? String == "The silt has to go somewhere." }?["quote_id"] as? String)
        let made = try NewsdeskBinary.run(["correct", silt, "--not-a-quote", "Fixtures/corrections"], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")

        let walk = try Walk("Fixtures/corrections", home: home)
        try walk.ready("Dredging Plan")
        try walk.send("p")
        var screen = try walk.waitFor { Self.header($0).contains("› People") && $0.contains("Tomas Vell") }
        #expect(ReaderWalkTests.lines(screen).contains { $0.range(of: #"^\s+1\s+Tomas Vell"#, options: .regularExpression) != nil })
        try walk.send("Escape")
        try walk.send("j")
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).hasSuffix("› Reader") || Self.header($0).contains("› Reader ") }
        var found = false
        for _ in 0..<20 where !found {
            try walk.send("Tab")
            screen = try walk.waitFor { Self.showsAnItem(Self.status($0)) }
            found = Self.status(screen).contains("“The silt has to go")
        }
        try #require(found)
        #expect(Self.status(screen).contains("— not a quote ✎ corrected, the analysis said Tomas Vell"))
        try walk.quit()
    }
}
