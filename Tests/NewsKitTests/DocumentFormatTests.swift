import Foundation
import Testing
@testable import NewsKit

@Suite struct DocumentFormatTests {
    // Made afresh for each use: no global holds them.
    static var rss: Data { Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".utf8) }
    static var page: Data { Data("<!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8) }
    static var settings: Data { Data("{\"theme\": \"dark\"}".utf8) }

    @Test func theExtensionDecides() {
        #expect(DocumentFormat.of(path: "a.txt", data: Self.page, named: false) == .text)
        #expect(DocumentFormat.of(path: "a.HTML", data: Data("plain".utf8), named: false) == .page)
        #expect(DocumentFormat.of(path: "a.rss", data: Self.rss, named: false) == .feed)
    }

    @Test func aFileInAFolderThatIsNoFeedIsPassedOver() {
        #expect(DocumentFormat.of(path: "settings.json", data: Self.settings, named: false) == nil)
        #expect(DocumentFormat.of(path: "expected.json", data: Self.settings, named: true) == .feed, "named: read, to say what is wrong")
        #expect(DocumentFormat.of(path: "page.xml", data: Self.page, named: false) == .page)
    }

    @Test func anUnknownExtensionIsSniffed() {
        #expect(DocumentFormat.of(path: "download", data: Self.rss, named: true) == .feed)
        #expect(DocumentFormat.of(path: "saved.php", data: Self.page, named: true) == .page)
        #expect(DocumentFormat.of(path: "notes", data: Data("Just words.".utf8), named: true) == .text)
    }
}
