import Foundation
import Testing

/// Issue 13, item 1 walked in tmux: every list screen answers the same movement keys, and `?` opens
/// the help of the screen it is pressed on (no key is swallowed by a list).
extension ReaderWalkTests {
    /// The position a list's status line starts with (` 2/4 articles`): the selected row and the count.
    static func position(_ screen: String) -> (row: Int, count: Int)? {
        let status = status(screen)
        guard let match = status.range(of: #"^ \d+/\d+ "#, options: .regularExpression) else { return nil }
        let numbers = status[match].split { !$0.isNumber }.compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Sends each movement key on the list on screen (of at least two rows) and reads where the
    /// selection went from the status line; then `?`, which shows `help` (the screen's first key), and Esc.
    static func walkMovementKeys(_ walk: Walk, on screen: String, help: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        func moved(_ key: String, _ expected: @escaping (Int, Int) -> Bool) throws {
            try walk.send(key)
            try walk.waitFor(sourceLocation: sourceLocation) { screen in
                Self.position(screen).map { expected($0.row, $0.count) } ?? false
            }
        }
        let count = try #require(Self.position(try walk.tmux.screen())?.count, "\(screen): a position in the status line")
        #expect(count >= 2, "\(screen): two rows at least", sourceLocation: sourceLocation)
        try moved("g") { row, _ in row == 1 }
        try moved("j") { row, _ in row == 2 }
        try moved("k") { row, _ in row == 1 }
        try moved("Down") { row, _ in row == 2 }
        try moved("Up") { row, _ in row == 1 }
        try moved("G") { row, count in row == count }
        try moved("Home") { row, _ in row == 1 }
        try moved("End") { row, count in row == count }
        try moved("g") { row, _ in row == 1 }
        try moved("NPage") { row, _ in row > 1 }
        try moved("PPage") { row, _ in row == 1 }
        try moved("Space") { row, _ in row > 1 }
        try moved("g") { row, _ in row == 1 }
        try moved("C-d") { row, _ in row > 1 }
        try moved("C-u") { row, _ in row == 1 }
        try walk.send("?")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.header($0).contains("› \(screen) › Help") && $0.contains(help) }
        try walk.send("Escape")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.header($0).hasSuffix("› \(screen)") || Self.header($0).contains("› \(screen) ") }
    }

    /// Enter opens the Reader on the first of `count` articles; J goes to the next, K back; Esc returns.
    static func stepThroughArticles(_ walk: Walk, count: Int, back screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try walk.send("Enter")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.header($0).contains("› Reader") && Self.status($0).contains("article 1/\(count) J/K") }
        try walk.send("J")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.status($0).contains("article 2/\(count) J/K") }
        try walk.send("K")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.status($0).contains("article 1/\(count) J/K") }
        try walk.send("Escape")
        try walk.waitFor(sourceLocation: sourceLocation) { Self.header($0).contains("› \(screen) ") && !Self.header($0).contains("Reader") }
    }

    @Test func everyListAnswersTheSameMovementKeys() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-moving-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0, 1, 2, 0]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        // A short window, so that a page is shorter than the lists.
        let walk = try Walk("Fixtures/reader/dated \(folder.path)", height: 9)
        defer { walk.removeHome() }
        try walk.ready()
        try walk.waitFor { Self.status($0).contains("2 files unreadable") }
        try Self.walkMovementKeys(walk, on: "Articles", help: "read the article")

        try walk.send("p")
        try walk.waitFor { Self.header($0).contains("› People") }
        try Self.walkMovementKeys(walk, on: "People", help: "everything this person said")

        // A person's statements: Ingrid Tallis is quoted in two articles.
        try walk.send("/")
        try walk.type("tallis")
        try walk.send("Enter")
        try walk.waitFor { Self.status($0).contains("filter “tallis”") }
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Ingrid Tallis") }
        try Self.walkMovementKeys(walk, on: "Ingrid Tallis", help: "open the article at the quote")
        // J and K in the Reader go through the articles of this list: her two.
        try Self.stepThroughArticles(walk, count: 2, back: "Ingrid Tallis")

        try walk.send("s")
        try walk.waitFor { Self.header($0).hasSuffix("› Sources") || Self.header($0).contains("› Sources ") }
        try Self.walkMovementKeys(walk, on: "Sources", help: "switch the outlet on or off")

        try walk.send("Escape")
        try walk.waitFor { Self.header($0).contains("› Ingrid Tallis") && !Self.header($0).contains("Sources") }
        try walk.send("/")
        try walk.waitFor { $0.contains("Search for:") }
        try walk.type("tallis")
        try walk.send("Enter")
        try walk.waitFor { Self.status($0).contains("matches") }
        try Self.walkMovementKeys(walk, on: "Search “tallis”", help: "open the article at the match")
        try Self.stepThroughArticles(walk, count: 2, back: "Search “tallis”")

        try walk.send("!")
        try walk.waitFor { Self.header($0).contains("› Problems") }
        try Self.walkMovementKeys(walk, on: "Problems", help: "Moving (every list and the reader)")
        try walk.quit()
    }
}
