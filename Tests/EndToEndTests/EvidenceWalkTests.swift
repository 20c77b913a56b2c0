import Foundation
import Testing

/// Issue 12 (items 3 and 5) walked in tmux: `]` to a quote, `w` for why it was given to its speaker,
/// Esc back to the same place; the Person screen with each statement's sentence, date and outlet.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct EvidenceWalkTests {
    typealias Walk = ReaderWalkTests.Walk

    static func status(_ screen: String) -> String { ReaderWalkTests.status(screen) }
    static func header(_ screen: String) -> String { ReaderWalkTests.header(screen) }

    @Test func evidenceOfAPronounAndBackThenThePersonsSentences() throws {
        let walk = try Walk("Fixtures/reader/dated Fixtures/evidence/cue-with-pronoun.txt")
        defer { walk.removeHome() }
        try walk.ready()
        // The article whose quote says "he" two paragraphs after the name.
        try walk.send("f")
        try walk.type("tram")
        try walk.send("Enter")
        try walk.waitFor { Self.status($0).contains("filter “tram”") && $0.contains("Tram Depot") }
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("Tram Depot Plan") }
        // ] goes to the quote, past the names before it; the status line holds it whole.
        try walk.send("]")
        var screen = try walk.waitFor { Self.status($0).contains("— Tobias Reinholt") }
        #expect(Self.status(screen).contains("“Nobody should have to breathe that dust while the council argues about the cost,” — Tobias Reinholt"))
        let reader = screen
        try walk.send("w")
        screen = try walk.waitFor { Self.header($0).contains("› Evidence") }
        #expect(screen.contains("\"Nobody should have to breathe that dust while the council argues about the cost,\" he said."))
        #expect(screen.contains("“he” beside “said” refers back to Tobias Reinholt"))
        #expect(screen.contains("“he” → “Tobias Reinholt”, 2 paragraphs up:"))
        #expect(screen.contains("Councillor Tobias Reinholt has opposed the new tram depot"))
        #expect(screen.contains("93%, high"))
        // The cue and the name are marked (bold and underlined; black on green).
        let coloured = try walk.waitFor(escapes: true) { Self.header($0).contains("Evidence") }
        #expect(coloured.contains("48;5;114m") || coloured.contains("42m"))
        try walk.send("Escape")
        screen = try walk.waitFor { Self.header($0).contains("› Reader") && !Self.header($0).contains("Evidence") }
        #expect(screen == reader)

        // The Person screen: Ingrid Tallis's statements, each in its sentence, with date and outlet.
        try walk.send("a")
        try walk.waitFor { Self.header($0).hasSuffix("Articles") || Self.header($0).contains("› Articles ") }
        try walk.send("Escape") // the filter kept from before
        try walk.waitFor { $0.contains("Town Library") && !Self.status($0).contains("filter “") }
        try walk.send("f")
        try walk.type("ferry")
        try walk.send("Enter")
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("Ferry Crews Walk Out") }
        try walk.send("]")
        try walk.send("]")
        try walk.waitFor { Self.status($0).contains("“The island cannot wait a week for bread,” — Ingrid Tallis") }
        try walk.send("w")
        screen = try walk.waitFor { Self.header($0).contains("› Evidence") }
        #expect(screen.contains("“she” → “Ingrid Tallis”, in this paragraph:"))
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› Ingrid Tallis") }
        #expect(screen.contains("Ingrid Tallis  2 statements · 2 articles"))
        #expect(screen.contains("2025-03-04 · Northfield Courier · Saltmarsh Council Votes"))
        #expect(screen.contains("\"The wall has held for ninety years, but it will not hold for ninety more,\" said Mayor Ingrid Tallis."))
        #expect(screen.contains("2025-03-03 · Baltic Wire · Ferry Crews Walk Out"))
        #expect(screen.contains("\"The island cannot wait a week for bread,\" she said."))
        try walk.quit()
    }
}
