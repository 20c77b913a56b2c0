import Foundation
import Testing

/// Issue 14 walked in tmux: a quote's statement in every outlet's wording, and back into an article.
extension ReaderWalkTests {
    @Test func variantsShowEveryOutletsWordingAndEnterOpensTheOtherArticleAtIt() throws {
        let walk = try Walk("Fixtures/outlets", width: 140, height: 45)
        defer { walk.removeHome() }
        try walk.ready("Engineers Begin Orlen Pillar Survey")
        // The Kessby Daily's article (second newest), then Tab to its first statement.
        try walk.send("j")
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("Minister Says Bridge Stays Shut") }
        var status = Self.status(try walk.tmux.screen())
        for _ in 0..<12 where !status.contains("“The bridge will stay closed") {
            let before = status
            try walk.send("Tab")
            let changed = try? walk.waitFor(2) { Self.status($0) != before }
            status = Self.status(try changed ?? walk.tmux.screen())
        }
        try walk.waitFor { Self.status($0).contains("“The bridge will stay closed") && Self.status($0).contains("Halvard Strand") }
        try walk.send("v")
        var screen = try walk.waitFor { Self.header($0).contains("› Variants") && $0.contains("Halvard Strand — 3 wordings in 3 outlets") }
        #expect(screen.contains("Fjord Courier") && screen.contains("Northern Ledger") && screen.contains("Kessby Daily"))
        #expect(screen.contains("Halvard Strand, inferred from"))
        #expect(Self.status(screen).contains("3/3 wordings · 3 outlets"))
        // The word only the Northern Ledger has ("and") is marked: black on yellow.
        let coloured = try walk.waitFor(escapes: true) { $0.contains("Northern Ledger") }
        #expect(coloured.contains("43m") || coloured.contains("48;5;3m"))
        // The Fjord Courier's wording (the oldest with the Ledger's, first by outlet): Enter opens it at the quote.
        try walk.send("g")
        try walk.waitFor { Self.status($0).hasPrefix(" 1/3 wordings") }
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("Variants › Reader") && $0.contains("Kessby Cut Off as Flood") }
        #expect(Self.status(screen).contains("“will stay closed until every…”"))
        #expect(Self.status(screen).contains("Halvard Strand, inferred from"))
        try walk.quit()
    }
}
