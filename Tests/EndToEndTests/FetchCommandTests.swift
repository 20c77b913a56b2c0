import Foundation
import LoopbackHTTP
import NewsKit
import Testing

/// `add`, `fetch`, `feeds`, `import`, `export` and the library as the listings read it, against the
/// fixture site on a loopback server, with every XDG folder in a temporary one.
@Suite struct FetchCommandTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-e2e-fetch-\(UUID().uuidString)")

    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
    }

    static let fixtures = NewsdeskBinary.repository.appendingPathComponent("Fixtures/fetch")

    func newsdesk(_ arguments: String...) throws -> NewsdeskBinary.Output {
        try NewsdeskBinary.run(arguments, environment: environment)
    }

    @Test func addFetchListAndFetchAgain() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let site = try FixtureSite(folder: Self.fixtures)
        #expect(try newsdesk("add", site.base + "/feed.rss", "--tag", "coast", "--tag", "local news").status == 0)
        #expect(try newsdesk("add", site.base + "/valley.atom", "--outlet", "Valley Gazette").status == 0)
        #expect(try newsdesk("add", site.base + "/status/404").status == 0)
        #expect(site.server.requests.isEmpty, "add used the network")
        let urls = try String(contentsOf: home.appendingPathComponent("config/newsdesk/urls"), encoding: .utf8)
        #expect(urls.contains(site.base + "/feed.rss coast \"local news\""))
        #expect(urls.contains(site.base + "/valley.atom \"~Valley Gazette\""))

        let fetch = try newsdesk("fetch")
        #expect(fetch.status == 1, "one subscription failed")
        #expect(fetch.stdout.contains("3 subscriptions: 5 new articles; 2 fetched, 0 unchanged, 1 failed"), "\(fetch.stdout)")
        #expect(fetch.stderr.contains("\(site.base)/status/404: not found (HTTP 404)"), "\(fetch.stderr)")

        let articles = try NewsdeskBinary.jsonLines(try newsdesk("articles", "--json").stdout)
        #expect(articles.count == 5)
        #expect(Set(articles.compactMap { $0["source"] as? String }) == ["The Coastline Courier", "Valley Gazette"])
        #expect(articles.allSatisfy { ($0["paragraphs"] as? [String])?.isEmpty == false })
        let quotes = try NewsdeskBinary.jsonLines(try newsdesk("quotes", "--json").stdout)
        #expect(quotes.contains { ($0["text"] as? String)?.contains("first light") == true })

        let feeds = try NewsdeskBinary.jsonLines(try newsdesk("feeds", "--json").stdout)
        #expect(feeds.count == 3)
        #expect(feeds.first?["tags"] as? [String] == ["coast", "local news"])
        #expect(feeds.first?["articles"] as? Int == 3)
        #expect((feeds.last?["last_error"] as? String)?.contains("404") == true)

        site.server.clearLog()
        let again = try newsdesk("fetch", "--json")
        let records = try NewsdeskBinary.jsonLines(again.stdout)
        #expect(records.map { $0["status"] as? String } == ["unchanged", "fetched", "failed"])
        #expect(records.allSatisfy { $0["new_articles"] as? Int == 0 })
        // The Atom feed has no validators, so it is downloaded again, but none of its articles is.
        #expect(Set(site.server.requests.map { String($0.path) }) == ["/feed.rss", "/valley.atom", "/status/404"])

        #expect(try newsdesk("remove", site.base + "/status/404").status == 0)
        #expect(try newsdesk("remove", site.base + "/status/404").status == 64)
        #expect(try NewsdeskBinary.jsonLines(try newsdesk("feeds", "--json").stdout).count == 2)
    }

    @Test func anEmptyLibraryShowsTheSamplesAndAFolderCanBeAdded() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let samples = try NewsdeskBinary.jsonLines(try newsdesk("articles", "--json").stdout)
        #expect(samples.count == 2)
        let folder = NewsdeskBinary.repository.appendingPathComponent("Fixtures/layouts").path
        #expect(try newsdesk("add", folder, "--outlet", "Layouts").status == 0)
        let listed = try NewsdeskBinary.jsonLines(try newsdesk("articles", "--json").stdout)
        #expect(listed.count > 2)
        #expect(listed.allSatisfy { ($0["path"] as? String)?.hasPrefix(folder) == true })
        #expect(try newsdesk("add", "no/such/folder").status == 64)
    }

    @Test func aKilledFetchLeavesWholeArticlesOnly() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let site = try FixtureSite(folder: Self.fixtures)
        site.pageDelay = 4
        #expect(try newsdesk("add", site.base + "/valley.atom").status == 0)
        #expect(try newsdesk("add", site.base + "/feed.rss").status == 0)
        let process = Process()
        process.executableURL = NewsdeskBinary.url
        process.arguments = ["fetch"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The Atom feed is in at once; the pages of the RSS feed are still on their way.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !site.server.requests.contains(where: { $0.path == "/harbour" }) { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let library = try LibraryStore.open(at: home.appendingPathComponent("data/newsdesk/library.sqlite").path)
        let kept = try library.fetchedArticles()
        #expect(kept.count == 2)
        #expect(kept.allSatisfy { !$0.paragraphs.isEmpty })
        site.pageDelay = 0
        let again = try newsdesk("fetch")
        #expect(again.status == 0)
        #expect(again.stdout.contains("3 new articles"), "\(again.stdout)")
        #expect(try library.fetchedCount() == 5)
    }

    @Test func importAndExportRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let opml = home.appendingPathComponent("in.opml")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>From another reader</title></head><body>
            <outline text="Wires">
              <outline type="rss" text="Harbour &amp; Sea" xmlUrl="https://harbour.example/rss" category="ports"/>
              <outline type="rss" text="https://plain.example/atom" xmlUrl="https://plain.example/atom"/>
            </outline>
            </body></opml>
            """.write(to: opml, atomically: true, encoding: .utf8)
        let imported = try newsdesk("import", opml.path)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("imported 2 subscriptions"))
        let exported = try newsdesk("export")
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("<opml version=\"2.0\">"))
        #expect(exported.stdout.contains("text=\"Harbour &amp; Sea\" title=\"Harbour &amp; Sea\" xmlUrl=\"https://harbour.example/rss\" category=\"Wires,ports\""))
        try exported.stdout.write(to: opml, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: home.appendingPathComponent("data"))
        try FileManager.default.removeItem(at: home.appendingPathComponent("config"))
        #expect(try newsdesk("import", opml.path).status == 0)
        #expect(try newsdesk("export").stdout.replacingOccurrences(of: #"<dateCreated>.*</dateCreated>"#, with: "", options: .regularExpression)
                == exported.stdout.replacingOccurrences(of: #"<dateCreated>.*</dateCreated>"#, with: "", options: .regularExpression))
        #expect(try newsdesk("import", NewsdeskBinary.repository.appendingPathComponent("README.md").path).status == 1)
    }

    @Test func urlsOnTheCommandLineAreRead() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let site = try FixtureSite(folder: Self.fixtures)
        let output = try newsdesk("articles", "--json", site.base + "/bridge", site.base + "/valley.atom")
        #expect(output.status == 0)
        let articles = try NewsdeskBinary.jsonLines(output.stdout)
        #expect(articles.count == 3)
        let failed = try newsdesk("articles", site.base + "/status/410")
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("/status/410: gone"))
    }
}
