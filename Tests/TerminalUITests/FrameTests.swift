import Foundation
import Testing
@testable import TerminalUI

@Suite struct FrameTests {
    init() { setlocale(LC_CTYPE, "C.UTF-8") }

    @Test func textIsPlacedByCellWidth() {
        var frame = Frame(width: 10, height: 1)
        let end = frame.put("東京 ok", x: 0, y: 0)
        #expect(end == 7)
        #expect(frame[0, 0].text == "東")
        #expect(frame[1, 0].isContinuation)
        #expect(frame.lines[0] == "東京 ok")
    }

    @Test func aWideCharacterIsNeverCutAtTheEdge() {
        var frame = Frame(width: 5, height: 1)
        let end = frame.put("abcd東", x: 0, y: 0)
        #expect(end == 4)
        #expect(frame[4, 0].text == " ")
    }

    @Test func combiningMarksJoinTheirCharacter() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0)
        #expect(frame[0, 0].text == "e\u{301}")
        #expect(frame[1, 0].text == "x")
    }

    @Test func controlCharactersNeverReachTheFrame() {
        var frame = Frame(width: 12, height: 1)
        frame.put("a\u{1B}[31mb\u{07}c", x: 0, y: 0)
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func clippingToALimit() {
        var frame = Frame(width: 20, height: 1)
        frame.put("Newsdesk reader", x: 2, y: 0, limit: 4)
        #expect(frame.lines[0] == "  News")
    }

    @Test func writesOutsideTheFrameAreIgnored() {
        var frame = Frame(width: 3, height: 2)
        frame.put("x", x: 0, y: 5)
        frame.put("y", x: 7, y: 0)
        #expect(frame.lines == ["", ""])
    }
}

@Suite struct TextWrapperTests {
    init() { setlocale(LC_CTYPE, "C.UTF-8") }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrapper.wrap(StyledText("the quick brown fox jumps over the lazy dog"), width: 10)
        #expect(lines.map(\.text) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { CellWidth.of($0.text) <= 10 })
    }

    @Test func aWordLongerThanTheLineIsBroken() {
        #expect(TextWrapper.wrap(StyledText("abcdefghij"), width: 4).map(\.text) == ["abcd", "efgh", "ij"])
    }

    @Test func wideCharactersCountTwo() {
        #expect(TextWrapper.wrap(StyledText("東京東京東京"), width: 5).map(\.text) == ["東京", "東京", "東京"])
    }

    @Test func runsKeepTheirStylesAcrossLines() {
        let bold = Style(bold: true)
        let lines = TextWrapper.wrap(StyledText("aa bb cc", runs: [.init(range: 3..<8, style: bold)]), width: 5)
        #expect(lines.map(\.text) == ["aa bb", "cc"])
        #expect(lines[0].segments == [.init(text: "aa ", style: .plain), .init(text: "bb", style: bold)])
        #expect(lines[1].segments == [.init(text: "cc", style: bold)])
        #expect(lines[1].range == 6..<8)
    }
}

@Suite struct StyleTests {
    @Test func the256PaletteFallsBackToEightColours() {
        #expect(Style.Color(196).basic == .red)
        #expect(Style.Color(46).basic == .green)
        #expect(Style.Color(21).basic == .blue)
        #expect(Style.Color(9).basic == .red)
        #expect(Style.Color(3).basic == .yellow)
    }
}
