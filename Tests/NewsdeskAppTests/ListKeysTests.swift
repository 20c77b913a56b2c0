import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The same key does the same on every list screen, since they all move through one `ListView`: a
/// line, half a page, a page (Space too), the ends, and a click on an item, below whatever header the
/// screen draws.
@Suite struct ListKeysTests {
    init() { ScreenCheck.useUTF8() }

    /// 64 articles, each of its own outlet, each quoting a person of its own and Anna Holt on the
    /// harbour: every list below is longer than the window.
    static let library: CorpusQuery = {
        let given = ["Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines"]
        let surnames = ["Varga", "Lindqvist", "Okafor", "Moreau", "Tanaka", "Novak", "Reyes", "Quill"]
        let articles = (0..<64).map { n in
            Analyzed.text("""
            ---
            title: Harbour works, part \(n)
            source: Outlet \(n)
            ---
            "Pier \(n) opens in May," said \(given[n % 8]) \(surnames[n / 8]).

            "The harbour needs work before the winter," said Anna Holt.
            """, path: "list/\(n).txt")
        }
        return CorpusQuery(corpus: Corpus(articles: articles))
    }()

    /// The list screens, by the keys that open them from the Articles screen.
    static let screens: [(name: String, keys: [Key])] = [
        ("Articles", []), ("People", [.character("p")]), ("Sources", [.character("s")]),
        ("Person", [.character("p"), .enter]), ("Coverage", [.character("C")]),
        ("Search", [.character("/")] + "harbour".map { .character($0) } + [.enter]),
    ]

    static let width = 80, height = 24

    /// An app at the screen, after `keys`, and the frame it draws.
    static func frame(_ screen: [Key], _ events: [Event]) -> Frame {
        let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: width, height: height))
        for key in screen { app.handle(.key(key)) }
        for event in events { app.handle(event) }
        return app.render(width: width, height: height)
    }

    /// The selected item's number and the list's length, as the status line says (`12/64 …`).
    static func position(_ frame: Frame) -> (item: Int, count: Int)? {
        let status = frame.text(row: height - 1)
        guard let match = status.firstMatch(of: /(\d+)\/(\d+)/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    /// The screen row the selection is drawn on (filled reversed), between the header and the status.
    static func selectedRow(_ frame: Frame) -> Int? {
        (1..<height - 1).first { y in (0..<width).contains { frame[$0, y].style.reverse } }
    }

    @Test(arguments: screens.map(\.name))
    func everyListMovesAlike(_ name: String) throws {
        let screen = try #require(Self.screens.first { $0.name == name }).keys
        func item(_ keys: Key...) throws -> Int {
            try #require(Self.position(Self.frame(screen, keys.map { .key($0) })), "\(name): no position").item
        }
        let count = try #require(Self.position(Self.frame(screen, []))).count
        #expect(count > Self.height, "\(name): the list should be longer than the window")
        #expect(try item() == 1)
        #expect(try item(.character("j")) == 2 && item(.down) == 2)
        let page = try item(.pageDown) - 1
        #expect(page > 1)
        #expect(try item(.character(" ")) == page + 1, "\(name): Space pages down")
        #expect(try item(.control("d")) == max(1, page / 2) + 1, "\(name): half a page")
        #expect(try item(.control("d"), .control("u")) == 1)
        #expect(try item(.pageDown, .pageUp) == 1)
        #expect(try item(.character("G")) == count && item(.end) == count)
        #expect(try item(.character("G"), .character("g")) == 1 && item(.end, .home) == 1)
    }

    @Test(arguments: screens.map(\.name))
    func aClickSelectsTheItemUnderIt(_ name: String) throws {
        let screen = try #require(Self.screens.first { $0.name == name }).keys
        let first = try #require(Self.selectedRow(Self.frame(screen, [])), "\(name): no selection drawn")
        let second = try #require(Self.selectedRow(Self.frame(screen, [.key(.down)])))
        let rowsPerItem = second - first
        #expect(rowsPerItem >= 1)
        // The last row of the second item: the third on lists of one row an item.
        let y = first + 2 * rowsPerItem - (rowsPerItem == 1 ? 0 : 1)
        let frame = Self.frame(screen, [.mouse(.init(action: .click, x: 5, y: y))])
        let expected = rowsPerItem == 1 ? 3 : 2
        #expect(Self.position(frame)?.item == expected, "\(name): \(frame.text(row: Self.height - 1))")
        #expect(Self.selectedRow(frame) == first + (expected - 1) * rowsPerItem)
    }
}
