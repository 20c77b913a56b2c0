import Foundation
@testable import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The search results as drawn: each row marks every word found in its line.
@Suite struct SearchScreenTests {
    init() { ScreenCheck.useUTF8() }

    static let library: CorpusQuery = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/reader/dated")
        return CorpusQuery(corpus: Corpus(articles: try! CorpusLoader(store: nil).load([folder.path]).articles))
    }()

    /// The results of `query` at 100×30.
    static func results(_ query: String) -> Frame {
        let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: 100, height: 30))
        for key in [Key.character("/")] + query.map({ Key.character($0) }) + [.enter] { app.handle(.key(key)) }
        return app.render(width: 100, height: 30)
    }

    /// Whether every cell of the first `word` on line `y` is drawn as a match.
    static func marked(_ word: String, line y: Int, in frame: Frame) -> Bool {
        guard let range = frame.lines[y].range(of: word) else { return false }
        let x = frame.lines[y].distance(from: frame.lines[y].startIndex, to: range.lowerBound)
        return (x..<x + word.count).allSatisfy { frame[$0, y].style == Theme(colorMode: .palette256).match }
    }

    @Test func aRowMarksEveryWordFoundInItsLine() {
        let frame = Self.results("wall harbour")
        // The first paragraph has both words: each of its two rows (one per match) marks both.
        let rows = frame.lines.indices.filter { frame.lines[$0].contains("rebuild the harbour wall before") }
        #expect(rows.count == 2)
        for y in rows {
            let marked = ["harbour", "wall", "rebuild"].map { Self.marked($0, line: y, in: frame) }
            #expect(marked == [true, true, false])
        }
    }

    @Test func theRangesOfARowAreThoseOfItsBlock() {
        let matches = [(0, 1, 0..<3), (0, 1, 5..<9), (0, 2, 0..<2), (1, 1, 4..<6)].map { CorpusQuery.Match(article: $0.0, block: $0.1, range: $0.2) }
        #expect(SearchScreen.ranges(inBlockOf: 1, among: matches) == [0..<3, 5..<9])
        #expect(SearchScreen.ranges(inBlockOf: 2, among: matches) == [0..<2])
        #expect(SearchScreen.ranges(inBlockOf: 3, among: matches) == [4..<6])
    }
}
