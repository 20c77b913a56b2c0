import Foundation
import LoopbackHTTP
import NewsFetch
import NewsKit

/// The fetch figures: a library subscribed to `--feeds` generated feeds of `--items-per-feed` items
/// each, every item a summary linking to its page, served on 127.0.0.1; the first fetch (every feed
/// and page downloaded, extracted and stored), then a second with nothing new (every feed answering 304).
extension Bench {
    func fetchFigures() throws -> [(String, Double)] {
        guard feeds > 0 else { return [] }
        var figures: [(String, Double)] = []
        func record(_ key: String, _ value: Double, _ line: String) {
            figures.append((key, value))
            if !json { Self.say(line) }
        }
        let itemsPerFeed = self.itemsPerFeed
        let server = try LoopbackServer { request in Self.benchSite(request, itemsPerFeed: itemsPerFeed) }
        defer { server.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bench-fetch-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first: [Double] = [], second: [Double] = []
        var added = 0
        for run in 0..<runs {
            let library = try LibraryStore.open(at: "\(folder)/\(run)/library.sqlite")
            for feed in 0..<feeds { try library.subscribe("\(server.base)/feed/\(feed).rss", kind: .url) }
            let fetcher = Fetcher(library: library)
            var start = DispatchTime.now().uptimeNanoseconds
            let reports = Fetcher.wait { await fetcher.fetch() }
            first.append(Self.seconds(since: start))
            added = reports.reduce(0) { $0 + $1.added.count }
            if let failed = reports.first(where: { $0.status == .failed }) {
                throw BenchFailure(description: "the bench fetch failed: \(failed.subscription.source): \(failed.error ?? "")")
            }
            start = DispatchTime.now().uptimeNanoseconds
            let again = Fetcher.wait { await fetcher.fetch() }
            second.append(Self.seconds(since: start))
            if again.contains(where: { $0.status != .unchanged }) {
                throw BenchFailure(description: "the second bench fetch downloaded a feed again")
            }
        }
        let firstMedian = first.sorted()[first.count / 2], secondMedian = second.sorted()[second.count / 2]
        record("fetch_first_s", firstMedian, String(format: "fetch, first: %d feeds, %d items with their pages (%d requests) from 127.0.0.1, extracted and stored: %.2f s",
                                                     feeds, added, feeds + added, firstMedian))
        record("fetch_second_s", secondMedian, String(format: "fetch, second (nothing new, every feed 304): %.3f s", secondMedian))
        return figures
    }

    struct BenchFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// `/feed/N.rss`: an RSS feed of summaries (ETag `"fN"`); `/page/N/M`: the article page of item M.
    static func benchSite(_ request: LoopbackServer.Request, itemsPerFeed: Int) -> LoopbackServer.Response {
        let parts = request.path.split(separator: "/")
        let host = request.headers["host"] ?? "127.0.0.1"
        if parts.count == 2, parts[0] == "feed", let feed = Int(parts[1].dropLast(4)) {
            let etag = "\"f\(feed)\""
            if request.headers["if-none-match"] == etag { return .init(status: 304, headers: [("ETag", etag)]) }
            var rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench Outlet \(feed)</title><link>http://\(host)/</link>\n"
            for item in 0..<itemsPerFeed {
                rss += """
                    <item><title>\(headline(feed, item))</title><link>http://\(host)/page/\(feed)/\(item)</link>
                    <guid isPermaLink="false">bench-\(feed)-\(item)</guid><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>
                    <description>A short summary of item \(item) of feed \(feed).</description></item>

                    """
            }
            rss += "</channel></rss>\n"
            return .init(status: 200, headers: [("Content-Type", "application/rss+xml"), ("ETag", etag)], body: Data(rss.utf8))
        }
        if parts.count == 3, parts[0] == "page", let feed = Int(parts[1]), let item = Int(parts[2]) {
            return .init(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page(feed, item).utf8))
        }
        return .init(status: 404)
    }

    static func headline(_ feed: Int, _ item: Int) -> String {
        let places = ["Harbourtown", "Eastmere", "Kilbride", "Norhaven", "Ashcombe", "Lowfield", "Port Ardent"]
        let things = ["ferry link", "market hall", "library", "bridge", "tram line", "school", "water works"]
        return "\(places[(feed + item) % places.count]) council delays \(things[(feed * 3 + item) % things.count]) plan (\(feed)-\(item))"
    }

    /// An article page of a few hundred words, with quotes, inside a page's menus and footer.
    static func page(_ feed: Int, _ item: Int) -> String {
        let names = ["Maren Holt", "Idris Baptiste", "Colette Varga", "Tomas Ekwueme", "Sunniva Park", "Aurelio Brandt"]
        let speaker = names[(feed + item) % names.count], other = names[(feed + 2 * item + 1) % names.count]
        let title = headline(feed, item)
        let body = [
            "The council voted on Monday to postpone a decision on the plan for another month, after residents asked for more time to study the costs (\(feed)-\(item)).",
            "\"We are not against it, but nobody has shown us the figures yet,\" said \(speaker), who chairs the residents' group. \"A month is not much to ask.\"",
            "Officials said the delay would not change the timetable for the work, which is due to begin in the spring if the plan is approved.",
            "\(other), a councillor who backs the plan, said the figures had been published in January. \"Everything is on the website for anyone who looks,\" \(other.split(separator: " ").last!) said.",
            "The next meeting is set for the first week of April, when a final vote is expected.",
        ]
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Bench Outlet \(feed)</title>
            <meta property="og:site_name" content="Bench Outlet \(feed)"><meta name="author" content="Staff reporter"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>\(title)</h1><time datetime="2026-03-02">March 2, 2026</time>
            \(body.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article><aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
            <footer>Contact us. Cookies help us run this site.</footer></body></html>
            """
    }
}
