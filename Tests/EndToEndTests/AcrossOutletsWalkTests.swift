import Foundation
import Testing

/// Issue 14 walked in tmux on `Fixtures/stories`: the Coverage screen down to an article, and a story
/// from the Articles screen to each outlet's article.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct AcrossOutletsWalkTests {
    typealias Walk = ReaderWalkTests.Walk

    static func header(_ screen: String) -> String { ReaderWalkTests.header(screen) }
    static func status(_ screen: String) -> String { ReaderWalkTests.status(screen) }

    // C → a person → a verb → a statement → the article at the quote, and back.
    @Test func coverageLeadsFromAPersonToTheirVerbsStatementsAndArticles() throws {
        let walk = try Walk("Fixtures/stories")
        defer { walk.removeHome() }
        try walk.ready("Tarrow University and Union")
        try walk.send("C")
        var screen = try walk.waitFor { Self.header($0).contains("› Coverage") && $0.contains("Helga Mortensen") }
        let row = try #require(ReaderWalkTests.lines(screen).first { $0.contains("Helga Mortensen") })
        #expect(row.split(separator: " ").suffix(5) == ["7", "3", "3", "·", "1"])
        #expect(ReaderWalkTests.lines(screen)[1].contains("Northfield Courier"))
        #expect(Self.status(screen).hasPrefix(" 1/14 people × 4 outlets"))
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("Helga Mortensen's verbs") }
        #expect(screen.contains("said 4 · says 1") && screen.contains("warned"))
        try walk.send("G") // warn, the last
        try walk.waitFor { Self.status($0).hasPrefix(" 3/3 verbs") }
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("verbs › warn") }
        #expect(screen.contains("“People should keep away from the spillway"))
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› warn › Reader") }
        #expect(screen.contains("Crack Found in Dunmere Dam Wall") && Self.status(screen).contains("People should keep away from the spillway"))
        try walk.send("Escape")
        try walk.send("Escape")
        try walk.send("Escape")
        try walk.waitFor { Self.header($0).hasSuffix("› Coverage") || Self.header($0).contains("› Coverage ") }
        // The outlet filter holds on the matrix: Sources, only Coastal Post, then C.
        try walk.send("s")
        screen = try walk.waitFor { Self.header($0).contains("› Sources") && $0.contains("Coastal Post") }
        let coastal = try #require(ReaderWalkTests.lines(screen).firstIndex { $0.contains("Coastal Post") })
        let first = try #require(ReaderWalkTests.lines(screen).firstIndex { $0.contains("[x]") })
        for _ in 0..<(coastal - first) { try walk.send("j") }
        try walk.send("o")
        try walk.waitFor { Self.status($0).contains("3 off") }
        try walk.send("C")
        screen = try walk.waitFor { Self.header($0).contains("› Sources › Coverage") }
        #expect(Self.status(screen).hasPrefix(" 1/7 people × 1 outlet") && !screen.contains("Helga Mortensen"))
        try walk.quit()
    }

    // Articles: the ◆ mark, S → the Story screen → Enter reads an outlet's article, J the next.
    @Test func aStoryOpensFromTheArticlesAndListsEachOutletsArticle() throws {
        let walk = try Walk("Fixtures/stories")
        defer { walk.removeHome() }
        try walk.ready("Tarrow University and Union")
        var screen = try walk.waitFor { $0.contains("◆ 4 outlets") }
        let lines = ReaderWalkTests.lines(screen)
        #expect(lines.first { $0.contains("Dunmere Dam Repairs") }?.contains("◆ 3 outlets") == true)
        #expect(lines.first { $0.contains("Pellow Lifeboat") }?.contains("◆") == false)
        // The dam repairs: down to its row.
        let target = try #require(lines.firstIndex { $0.contains("Dunmere Dam Repairs") })
        for _ in 0..<(target - 1) { try walk.send("j") }
        try walk.waitFor { Self.status($0).contains("S story (◆ 3 outlets)") }
        try walk.send("S")
        screen = try walk.waitFor { Self.header($0).contains("› Articles › Story") }
        #expect(screen.contains("4 articles · 3 outlets · 2026-05-11 – 2026-05-13"))
        #expect(screen.contains("Crack Found in Dunmere Dam Wall") && screen.contains("Dunmere Dam Crack: Farmers Ask"))
        #expect(Self.status(screen).hasPrefix(" 1/4 articles"))
        try walk.send("j")
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› Story › Reader") }
        #expect(screen.contains("Dunmere Reservoir Lowered After Dam Crack"))
        try walk.send("J")
        try walk.waitFor { $0.contains("Dunmere Dam Crack: Farmers Ask for Answers") && $0.contains("Lowmoor Examiner") }
        try walk.send("Escape")
        try walk.waitFor { Self.header($0).hasSuffix("› Story") || Self.header($0).contains("› Story ") }
        try walk.send("?")
        screen = try walk.waitFor { $0.contains("On the Story screen") }
        #expect(screen.contains("coverage: who is quoted by which outlet"))
        try walk.quit()
    }
}
