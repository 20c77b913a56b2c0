import Testing
@testable import TerminalUI

@Suite struct StyledTextEditingTests {
    @Test func insertedTextMovesTheRunsAndKeepsItsOwnStyle() {
        let bold = Style(bold: true), dim = Style(dim: true)
        let text = StyledText("say hi now", runs: [.init(range: 4..<6, style: bold)])
        let marked = text.inserting([(offset: 4, text: "[", style: .plain), (offset: 6, text: "]", style: dim)])
        #expect(marked.text == "say [hi] now")
        #expect(marked.runs[0].range == 5..<7)
        #expect(marked.runs.contains { $0.range == 7..<8 && $0.style == dim })
    }

    @Test func ansiSetsEachStyleOnceAndResetsAtTheEnd() {
        let text = StyledText("ab", runs: [.init(range: 1..<2, style: Style(foreground: .init(208)))])
        #expect(text.ansi(colorMode: .palette256) == "\u{1B}[0ma\u{1B}[0;38;5;208mb\u{1B}[0m")
        #expect(text.ansi(colorMode: .none) == "\u{1B}[0mab\u{1B}[0m")
    }
}
