import Foundation
import Testing
@testable import NewsKit

@Suite struct CharsetSnifferTests {
    @Test func aByteOrderMarkWinsOverEverything() {
        let decoded = CharsetSniffer.decode([0xEF, 0xBB, 0xBF] + Array("<meta charset=\"windows-1251\">é".utf8), httpCharset: "shift_jis")
        #expect(decoded.origin == "bom")
        #expect(decoded.text.hasSuffix("é"))
    }

    @Test func theHTTPHeaderComesBeforeTheMetaTag() {
        let bytes = Array("<meta charset=\"utf-8\"><p>caf".utf8) + [0xE9]
        let decoded = CharsetSniffer.decode(bytes, httpCharset: "iso-8859-1")
        #expect(decoded.origin == "http")
        #expect(decoded.text.hasSuffix("café"))
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1251\">", "windows-1251"),
        ("<meta charset=windows-1251>", "windows-1251"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">", "Shift_JIS"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "ISO-8859-1"),
    ])
    func theDeclaredCharsetIsFound(_ head: String, _ label: String) {
        #expect(CharsetSniffer.declared(in: Array(head.utf8))?.lowercased() == label.lowercased())
    }

    @Test func latin1MeansWindows1252() {
        #expect(CharsetSniffer.canonical("ISO-8859-1") == "windows-1252")
        #expect(CharsetSniffer.canonical("latin1") == "windows-1252")
        // 0x93 and 0x94 are curly quotes in Windows-1252, controls in Latin-1.
        let decoded = CharsetSniffer.decode(Array("<meta charset=iso-8859-1>".utf8) + [0x93, 0x41, 0x94], httpCharset: nil)
        #expect(decoded.text.hasSuffix("\u{201C}A\u{201D}"))
    }

    @Test func unlabelledBytesThatAreNotUTF8AreWindows1252() {
        let decoded = CharsetSniffer.decode(Array("<p>na".utf8) + [0xEF, 0x76, 0x65], httpCharset: nil)
        #expect(decoded.origin == "fallback")
        #expect(decoded.text == "<p>naïve")
    }

    @Test func anUnknownLabelFallsThrough() {
        let decoded = CharsetSniffer.decode(Array("<p>plain</p>".utf8), httpCharset: "x-no-such-charset")
        #expect(decoded.origin == "utf8")
        #expect(decoded.text == "<p>plain</p>")
    }
}
