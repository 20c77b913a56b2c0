import Foundation
import Testing
@testable import NewsKit

@Suite struct ArticleLoaderFormatsTests {
    typealias Scratch = ArticleLoaderTests.Scratch

    static func fixture(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: FixtureFiles.folder.appendingPathComponent(path)))
    }

    @Test func pagesAndFeedsInAFolderBecomeArticles() throws {
        let scratch = try Scratch()
        try scratch.write("Ledger/ferry.html", Self.fixture("pages/boilerplate-heavy-news.html"))
        try scratch.write("Ledger/index.htm", Self.fixture("pages/index-page.html"))
        try scratch.write("feeds/news.xml", Self.fixture("feeds/rss-2.0-content-encoded.xml"))
        try scratch.write("feeds/mountain.json", Self.fixture("feeds/json-feed-1.1.json"))
        try scratch.write("feeds/settings.json", "{\"theme\": \"dark\"}")
        try scratch.write("notes.txt", "Quiet harbour.")
        let result = try ArticleLoader().load([scratch.url.path])
        let names = result.articles.map { String($0.path.dropFirst(scratch.url.path.count + 1)) }
        let rss = try #require(try Feed.parse(Data(Self.fixture("feeds/rss-2.0-content-encoded.xml")), url: nil).items.first)
        #expect(names.contains("feeds/news.xml#" + StableHash(rss.id).hex))
        #expect(names.filter { $0.hasPrefix("feeds/news.xml#") }.count == 2)
        #expect(names.filter { $0.hasPrefix("feeds/mountain.json#") }.count == 2)
        #expect(names.contains("Ledger/ferry.html"))
        #expect(names.contains("notes.txt"))
        #expect(names.count == 6)
        // The page names its outlet; the folder's is for those that name none.
        #expect(result.articles.first { $0.path.hasSuffix("ferry.html") }?.source == "The Coastal Ledger")
        let problems = result.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent + ": " + $0.reason }
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("index.htm: no article: an index page") == true)
    }

    @Test func aFeedsProblemsAreWarningsAndItsItemsStillLoad() throws {
        let scratch = try Scratch()
        try scratch.write("broken.rss", Self.fixture("feeds/malformed.xml"))
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.count >= 2)
        #expect(result.problems.count == 1 && result.problems.first?.isWarning == true)
    }

    @Test func aFileNamedDirectlyIsSniffed() throws {
        let scratch = try Scratch()
        try scratch.write("download", Self.fixture("feeds/atom-relative-links.atom"))
        try scratch.write("binary.html", Self.fixture("pages/binary-served-as-html.html"))
        try scratch.write("config.json", "{\"a\": 1}")
        let result = try ArticleLoader().load(["download", "binary.html", "config.json"].map { scratch.url.appendingPathComponent($0).path })
        #expect(result.articles.map(\.title) == ["Counting swifts", "Moth night & results"])
        let reasons = result.problems.map(\.reason)
        #expect(reasons.contains { $0.contains("binary") })
        #expect(reasons.contains { $0.contains("not a JSON Feed") })
    }
}
