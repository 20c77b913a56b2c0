import Foundation
import CNcursesw
import Testing
@testable import TerminalUI

@Suite struct FrameTests {
    init() { _ = UTF8Locale.set }

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
    init() { _ = UTF8Locale.set }

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

    /// Every format character of Unicode (category Cf: joiners, bidi controls, the soft hyphen, tags …)
    /// and every variation selector, between two letters, at the start and after a wide character: it
    /// takes no cell, is never stored (nor sent to the terminal, where tmux would join the next character
    /// into the cell before it), and the letters around it stay in their cells.
    @Test func formatCharactersAndVariationSelectorsAreNeverDrawn() throws {
        try #require(UTF8Locale.isSet)
        let invisible = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.properties.generalCategory == .format || (0xFE00...0xFE0F).contains($0.value) || (0xE0100...0xE01EF).contains($0.value)
        }
        #expect(invisible.count > 400)
        for scalar in invisible {
            let c = String(scalar)
            for (text, expected) in [("a\(c)b", ["a", "b"]), ("\(c)ab", ["a", "b"]), ("東\(c)b\(c)", ["東", "", "b"])] {
                var frame = Frame(width: 6, height: 1)
                let end = frame.put(text, x: 0, y: 0)
                let cells = (0..<expected.count).map { frame[$0, 0].text }
                #expect(end == expected.count && CellWidth.of(text) == expected.count && cells == expected,
                        "U+\(String(scalar.value, radix: 16, uppercase: true)) in \(text.debugDescription): \(cells), end \(end)")
            }
        }
    }

    /// The sentence of the issue: joiners inside a quotation take no cell.
    @Test func aQuotationWithZeroWidthJoinersIsDrawnWithoutThem() {
        var frame = Frame(width: 40, height: 1)
        let text = "\"\u{200D}Quote\u{200D} text\u{200D},\" said John Smith."
        let end = frame.put(text, x: 0, y: 0)
        #expect(frame.lines[0] == "\"Quote text,\" said John Smith.")
        #expect(end == 30 && CellWidth.of(text) == 30)
    }

    /// A storm over every scalar of Unicode, after a letter: the frame advances by what `CellWidth`
    /// says, and every cell holds what ncurses draws as the frame counts it (a first scalar of width
    /// 1 or 2, then at most four marks of width 0; nothing of unknown width, no format character).
    @Test func everyScalarTakesTheCellsCellWidthSays() throws {
        try #require(UTF8Locale.isSet)
        var frame = Frame(width: 8, height: 1)
        for scalar in (0...0x10FFFF).compactMap(Unicode.Scalar.init) {
            let text = "a" + String(scalar) + "\u{301}\u{301}\u{301}\u{301}\u{301}b"
            frame.fill(x: 0, y: 0, width: 8, height: 1)
            let end = frame.put(text, x: 0, y: 0)
            guard end == CellWidth.of(text) else {
                Issue.record("U+\(String(scalar.value, radix: 16)): frame \(end), CellWidth \(CellWidth.of(text))")
                continue
            }
            var column = 0
            while column < end {
                let scalars = Array(frame[column, 0].text.unicodeScalars)
                let widths = scalars.map { Int(wcwidth(wchar_t(bitPattern: $0.value))) }
                let ok = !scalars.isEmpty && scalars.count <= 5 && (1...2).contains(widths[0])
                    && widths.dropFirst().allSatisfy { $0 == 0 }
                    && !scalars.contains { $0.properties.generalCategory == .format }
                if !ok { Issue.record("U+\(String(scalar.value, radix: 16)): cell \(column) holds \(scalars) of widths \(widths)") }
                column += ok ? widths[0] : 1
            }
        }
    }
}
