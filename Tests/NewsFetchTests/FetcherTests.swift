import Foundation
import LoopbackHTTP
@testable import NewsFetch
import NewsKit
import Testing

@Suite struct FetcherTests {
    func subscribe(_ library: LibraryStore, _ site: FixtureSite, _ paths: [String], outlet: String? = nil) throws {
        for path in paths { try library.subscribe(site.base + path, kind: .url, outlet: outlet) }
    }

    @Test func aFeedOfSummariesGetsEachLinkedPageAndIsKept() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/feed.rss"])
        let reports = await Fetcher(library: library, client: Site.client()).fetch()
        #expect(reports.map(\.status) == [.fetched])
        #expect(reports[0].added.count == 3)
        #expect(reports[0].error == nil)
        let requested = Set(site.server.requests.map { String($0.path) })
        #expect(requested == ["/feed.rss", "/harbour", "/bridge", "/market"])
        let articles = try library.fetchedArticles()
        #expect(articles.count == 3)
        #expect(articles.allSatisfy { $0.paragraphs.count >= 3 })
        #expect(articles.allSatisfy { $0.source == "The Coastline Courier" })
        let origin = try #require(try library.origin(ofArticle: site.base + "/harbour"))
        #expect(origin.page.map { String(decoding: $0, as: UTF8.self).contains("<article>") } == true)
        #expect(origin.item?.contains("courier-harbour-2026-03-14") == true)
        let subscription = try #require(try library.subscriptions().first)
        #expect(subscription.etag == "\"v1\"")
        #expect(subscription.itemCount == 3)
        #expect(subscription.articleCount == 3)
        #expect(subscription.title == "The Coastline Courier")
    }

    @Test func aSecondFetchDownloadsNothing() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/feed.rss"])
        let fetcher = Fetcher(library: library, client: Site.client())
        _ = await fetcher.fetch()
        site.server.clearLog()
        let second = await fetcher.fetch()
        #expect(second.map(\.status) == [.unchanged])
        #expect(site.server.requests.map(\.target) == ["/feed.rss"])
        #expect(site.server.requests.first?.headers["if-none-match"] == "\"v1\"")
        #expect(try library.fetchedCount() == 3)
    }

    @Test func aChangedFeedBringsOnlyItsNewItems() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/feed.rss"])
        let fetcher = Fetcher(library: library, client: Site.client())
        _ = await fetcher.fetch()
        // The same items, one of them twice (a duplicate GUID), and one item new with its whole text.
        var feed = String(decoding: try Data(contentsOf: Site.fixtures.appendingPathComponent("summaries.rss")), as: UTF8.self)
        let item = feed[feed.range(of: "<item>")!.lowerBound..<feed.range(of: "</item>")!.upperBound]
        let fresh = """
            <item><title>Ferry fares to stay the same</title><guid>courier-ferry</guid>
            <description>\(String(repeating: "The ferry company said on Tuesday that fares would not rise this year. ", count: 8))</description>
            <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>\(String(repeating: "The ferry company said on Tuesday that fares would not rise this year, whatever fuel costs. ", count: 8))</p>]]></content:encoded></item>
            """
        feed = feed.replacingOccurrences(of: "</channel>", with: item + fresh + "</channel>")
        site.setFeed(feed)
        site.server.clearLog()
        let reports = await fetcher.fetch()
        #expect(reports[0].added.count == 1)
        #expect(reports[0].warnings.contains { $0.contains("same id") || $0.contains("GUID") })
        #expect(site.server.requests.map(\.target) == ["/feed.rss"])
        #expect(try library.fetchedCount() == 4)
    }

    @Test func aFeedWithWholeArticlesFetchesNoPages() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/valley.atom"], outlet: "Gazette")
        let reports = await Fetcher(library: library, client: Site.client()).fetch()
        #expect(reports[0].added.count == 2)
        #expect(site.server.requests.map(\.target) == ["/valley.atom"])
        #expect(try library.fetchedArticles().allSatisfy { $0.source == "Gazette" })
    }

    @Test func aPageSubscriptionIsOneArticle() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/bridge"])
        let reports = await Fetcher(library: library, client: Site.client()).fetch()
        #expect(reports[0].added == [site.base + "/bridge"])
        #expect(try library.fetchedArticles().first?.paragraphs.contains { $0.text.contains("swing bridge") } == true)
    }

    @Test func theSameArticleUnderTwoAddressesIsKeptOnce() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        // /bridge as a page of its own, and again as an item of the feed (its link): kept once.
        try subscribe(library, site, ["/bridge"])
        let fetcher = Fetcher(library: library, client: Site.client())
        _ = await fetcher.fetch()
        try subscribe(library, site, ["/feed.rss"])
        _ = await fetcher.fetch()
        #expect(try library.fetchedCount() == 3)
    }

    /// The bridge page with its third paragraph rewritten (a correction published after the first fetch).
    static func correctedBridgePage() throws -> String {
        let page = String(decoding: try Data(contentsOf: Site.fixtures.appendingPathComponent("bridge-page.html")), as: UTF8.self)
        let corrected = page.replacingOccurrences(of: "by about a third over the winter.", with: "by nearly half over the winter, a survey found.")
        #expect(corrected != page)
        return corrected
    }

    @Test func aPageFetchedAgainWithNewContentKeepsTheNewVersionAndItsReadState() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/bridge"])
        let fetcher = Fetcher(library: library, client: Site.client())
        let key = site.base + "/bridge"
        _ = await fetcher.fetch()
        try library.setRead(true, articles: [key])
        let (_, digestBefore) = try #require(try library.fetchedDigests().first)
        // Unchanged: nothing replaced.
        let same = await fetcher.fetch()
        #expect(same[0].added.isEmpty && same[0].updated.isEmpty)
        site.setPage("/bridge", try Self.correctedBridgePage())
        let changed = await fetcher.fetch()
        #expect(changed[0].added.isEmpty)
        #expect(changed[0].updated == [key])
        #expect(try library.fetchedCount() == 1)
        let text = try #require(try library.fetchedArticles().first).paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("by nearly half over the winter"))
        #expect(!text.contains("about a third"))
        #expect(try library.origin(ofArticle: key)?.page.map { String(decoding: $0, as: UTF8.self).contains("nearly half") } == true)
        // A new digest: the article is analysed again; and it is still read.
        #expect(try library.fetchedDigests().first?.digest != digestBefore)
        #expect(try library.readArticles() == [key])
    }

    @Test func aFeedItemThatChangedHasItsPageFetchedAgain() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/feed.rss"])
        let fetcher = Fetcher(library: library, client: Site.client())
        _ = await fetcher.fetch()
        // The feed says the bridge item changed (same GUID, new summary); its page has the correction.
        var feed = String(decoding: try Data(contentsOf: Site.fixtures.appendingPathComponent("summaries.rss")), as: UTF8.self)
        feed = feed.replacingOccurrences(of: "The Landsford bridge turns again next week.",
                                         with: "The Landsford bridge turns again next week. Updated with a traders' survey.")
        site.setFeed(feed)
        site.setPage("/bridge", try Self.correctedBridgePage())
        site.server.clearLog()
        let reports = await fetcher.fetch()
        #expect(reports[0].added.isEmpty)
        #expect(reports[0].updated == [site.base + "/bridge"])
        // Only the changed item's page is fetched again.
        #expect(site.server.requests.map(\.target) == ["/feed.rss", "/bridge"])
        #expect(try library.fetchedCount() == 3)
        let bridge = try #require(try library.fetchedArticles(keys: [site.base + "/bridge"]).first)
        #expect(bridge.paragraphs.contains { $0.text.contains("nearly half") })
        #expect(try library.origin(ofArticle: site.base + "/bridge")?.item?.contains("traders' survey") == true)
    }

    @Test func eachFailureIsToldAndTheRestFetched() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        let failing = ["/status/404", "/status/410", "/status/500", "/loop/a", "/redirect/7", "/busy-long", "/huge", "/binary", "/index", "/slow"]
        try subscribe(library, site, failing + ["/valley.atom"])
        let reports = await Fetcher(library: library, client: Site.client()).fetch()
        let byPath = Dictionary(uniqueKeysWithValues: reports.map { (String($0.subscription.source.dropFirst(site.base.count)), $0) })
        for path in failing {
            #expect(byPath[path]?.status == .failed, "\(path)")
            #expect(byPath[path]?.error?.isEmpty == false, "\(path)")
        }
        #expect(byPath["/status/404"]?.error?.contains("404") == true)
        #expect(byPath["/status/410"]?.error?.contains("gone") == true)
        #expect(byPath["/loop/a"]?.error?.contains("redirect loop") == true)
        #expect(byPath["/redirect/7"]?.error?.contains("too many redirects") == true)
        #expect(byPath["/busy-long"]?.error?.contains("3600") == true)
        #expect(byPath["/huge"]?.error?.contains("limit") == true, "\(byPath["/huge"]?.error ?? "")")
        #expect(byPath["/binary"]?.error?.contains("PNG") == true)
        #expect(byPath["/index"]?.error?.contains("no article") == true)
        #expect(byPath["/slow"]?.error?.contains("timed out") == true)
        #expect(byPath["/valley.atom"]?.added.count == 2)
        let kept = try library.subscriptions()
        #expect(kept.first { $0.source.hasSuffix("/status/404") }?.lastError?.contains("404") == true)
    }

    @Test func anUnknownCharsetIsAWarning() async throws {
        let site = try Site.start()
        let library = try LibraryStore.inMemory()
        try subscribe(library, site, ["/badcharset"])
        let reports = await Fetcher(library: library, client: Site.client()).fetch()
        #expect(reports[0].added.count == 1)
        #expect(reports[0].warnings.contains { $0.contains("klingon-8") })
    }

    @Test func urlsAreReadWithoutTheLibrary() async throws {
        let site = try Site.start()
        let fetcher = Fetcher(library: try LibraryStore.inMemory(), client: Site.client())
        let (articles, problems) = await fetcher.read(urls: [site.base + "/valley.atom", site.base + "/status/404"])
        #expect(articles.count == 2)
        #expect(problems.count == 1)
        #expect(problems.first?.reason.contains("404") == true)
    }
}
