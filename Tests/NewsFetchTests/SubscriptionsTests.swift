import Foundation
@testable import NewsFetch
import NewsKit
import Testing

@Suite struct SubscriptionsTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-subs-\(UUID().uuidString)")

    @Test func theURLsFileReadsNewsboatsFormat() {
        let text = """
            # comment
            https://a.example/feed.xml news "~The A Times" "long tag"
            http://b.example/rss   !hidden tech # trailing comment
            "query:Unread:unread = \\"yes\\""
            file:///srv/news folder
            """
        let (entries, skipped) = URLsFile.parse(text)
        #expect(entries == [
            SubscriptionEntry(source: "https://a.example/feed.xml", outlet: "The A Times", tags: ["news", "long tag"]),
            SubscriptionEntry(source: "http://b.example/rss", tags: ["tech"]),
            SubscriptionEntry(source: "/srv/news", tags: ["folder"]),
        ])
        #expect(skipped.count == 1)
        #expect(URLsFile.parse(URLsFile.render(entries)).entries == entries)
    }

    @Test func opmlRoundTrips() throws {
        let entries = [
            SubscriptionEntry(source: "https://a.example/feed.xml", outlet: "A & B <Times>", tags: ["news", "long tag"]),
            SubscriptionEntry(source: "http://b.example/rss"),
            SubscriptionEntry(source: "/srv/news", tags: ["local"]),
        ]
        #expect(try OPML.parse(Data(OPML.render(entries).utf8)) == entries)
    }

    @Test func opmlFoldersBecomeTags() throws {
        let opml = """
            <?xml version="1.0"?><opml version="1.0"><head/><body>
            <outline text="World"><outline text="Wire" type="rss" xmlUrl="https://w.example/rss" category="/breaking"/></outline>
            </body></opml>
            """
        #expect(try OPML.parse(Data(opml.utf8)) == [SubscriptionEntry(source: "https://w.example/rss", outlet: "Wire", tags: ["World", "breaking"])])
        #expect(throws: OPML.Unreadable.self) { try OPML.parse(Data("<html></html>".utf8)) }
    }

    @Test func theFileFollowsTheLibraryAndAnEditedFileIsTakenIn() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = folder.appendingPathComponent("urls").path
        let subscriptions = Subscriptions(library: try LibraryStore.inMemory(), urlsPath: urls)
        try subscriptions.add("https://a.example/feed.xml", outlet: "A", tags: ["x"])
        try subscriptions.add(folder.path, outlet: nil, tags: [])
        let written = try String(contentsOfFile: urls, encoding: .utf8)
        #expect(written.contains("https://a.example/feed.xml \"~A\" x"))
        #expect(written.contains("file://" + folder.path))
        try (URLsFile.header + "https://c.example/rss \"with space\"\n").write(toFile: urls, atomically: true, encoding: .utf8)
        #expect(try subscriptions.synchronise().count == 1)
        let now = try subscriptions.library.subscriptions()
        #expect(now.map(\.source) == ["https://c.example/rss"])
        #expect(now.first?.tags == ["with space"])
        #expect(try subscriptions.remove("https://c.example/rss"))
        #expect(try subscriptions.library.subscriptions().isEmpty)
        #expect(throws: SubscriptionEntry.Invalid.self) { try subscriptions.add("no/such/place", outlet: nil, tags: []) }
    }
}
