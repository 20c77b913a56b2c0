import Foundation

/// The site the tests fetch from: the feeds and pages of `Fixtures/fetch` (with `PORT` in them set to
/// the server's port), and a route for every way a fetch can go wrong.
///
/// - `/feed.rss` (summaries.rss; ETag `"v1"` and Last-Modified, 304 when either matches; `setFeed`
///   replaces it), `/valley.atom`, `/harbour`, `/bridge`, `/market` (`setPage` replaces one), `/index`
///   (no article), `/binary` (a PNG as text/html),
///   `/badcharset` (a page with an unknown charset)
/// - `/gzip.rss`: the feed gzip-compressed when the client accepts it
/// - `/redirect/N`: N redirects, then the feed; `/loop/a` ⇄ `/loop/b`
/// - `/status/N`: that status; `/busy` 429 with `Retry-After: 1` the first time, then the feed;
///   `/busy-long` 503 with `Retry-After: 3600`
/// - `/slow`: the feed after `slowSeconds`; `/huge`: `hugeBytes` of a page
public final class FixtureSite: @unchecked Sendable {
    public let folder: URL
    /// The switches a test sets while the server's threads read them: each behind the lock.
    public var slowSeconds: Double {
        get { locked { _slowSeconds } }
        set { locked { _slowSeconds = newValue } }
    }
    public var hugeBytes: Int {
        get { locked { _hugeBytes } }
        set { locked { _hugeBytes = newValue } }
    }
    /// Seconds before each article page (`/harbour`, `/bridge`, `/market`) is answered.
    public var pageDelay: Double {
        get { locked { _pageDelay } }
        set { locked { _pageDelay = newValue } }
    }
    private var _slowSeconds: Double = 3
    private var _hugeBytes = 2_000_000
    private var _pageDelay: Double = 0
    /// Replaces the feed at `/feed.rss` (and its ETag) when set.
    public var feedOverride: (body: String, etag: String)?
    /// Replaces an article page (`/harbour`, `/bridge`, `/market`) when set: a page that has changed.
    private var pageOverrides: [String: String] = [:]
    private let lock = NSLock()

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
    private var busyServed = Set<String>()
    private var gzipped: Data?
    public private(set) var server: LoopbackServer!

    public init(folder: URL) throws {
        self.folder = folder
        server = try LoopbackServer { [weak self] request in
            self?.respond(request) ?? .init(status: 503)
        }
        gzipped = Self.gzip(file("summaries.rss"))
    }

    /// The server stops with the site (its sockets closed, its threads ended): a test's site goes when the test does.
    deinit { server.stop() }

    /// Stops the server now.
    public func stop() { server.stop() }

    public var base: String { server.base }

    func file(_ name: String) -> Data {
        let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
        guard name.hasSuffix(".rss") || name.hasSuffix(".atom") else { return data }
        return Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "PORT", with: String(server.port)).utf8)
    }

    public func setFeed(_ body: String?, etag: String = "\"v2\"") {
        lock.lock()
        feedOverride = body.map { ($0, etag) }
        lock.unlock()
    }

    /// Serves `body` at an article page's path from now on (nil: the fixture page again).
    public func setPage(_ path: String, _ body: String?) {
        locked { pageOverrides[path] = body }
    }

    func respond(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let path = String(request.path)
        let html = [("Content-Type", "text/html; charset=utf-8")]
        let rss = [("Content-Type", "application/rss+xml")]
        switch path {
        case "/feed.rss":
            lock.lock()
            let override = feedOverride
            lock.unlock()
            let etag = override?.etag ?? "\"v1\""
            let modified = "Sat, 14 Mar 2026 10:00:00 GMT"
            if request.headers["if-none-match"] == etag || (override == nil && request.headers["if-modified-since"] == modified) {
                return .init(status: 304, headers: [("ETag", etag)])
            }
            let body = override.map { Data($0.body.replacingOccurrences(of: "PORT", with: String(server.port)).utf8) } ?? file("summaries.rss")
            return .init(headers: rss + [("ETag", etag), ("Last-Modified", modified)], body: body)
        case "/valley.atom":
            return .init(headers: [("Content-Type", "application/atom+xml")], body: file("full-content.atom"))
        case "/harbour", "/bridge", "/market":
            let override = locked { pageOverrides[path] }
            return .init(headers: html, body: override.map { Data($0.utf8) } ?? file(String(path.dropFirst()) + "-page.html"), delay: pageDelay)
        case "/index":
            return .init(headers: html, body: file("index-page.html.in"))
        case "/binary":
            return .init(headers: html, body: file("image.png"))
        case "/badcharset":
            return .init(headers: [("Content-Type", "text/html; charset=klingon-8")], body: file("bridge-page.html"))
        case "/gzip.rss":
            if request.headers["accept-encoding"]?.contains("gzip") == true, let gzipped {
                return .init(headers: rss + [("Content-Encoding", "gzip")], body: gzipped)
            }
            return .init(headers: rss, body: file("summaries.rss"))
        case "/slow":
            return .init(headers: rss, body: file("summaries.rss"), delay: slowSeconds)
        case "/huge":
            let paragraph = Data("<p>Filler text for a page far larger than any article.</p>\n".utf8)
            var body = Data("<html><body><article>".utf8)
            while body.count < hugeBytes { body.append(paragraph) }
            return .init(headers: html, body: body)
        case "/busy":
            lock.lock()
            let first = busyServed.insert(path).inserted
            lock.unlock()
            return first ? .init(status: 429, headers: [("Retry-After", "1")]) : .init(headers: rss, body: file("summaries.rss"))
        case "/busy-long":
            return .init(status: 503, headers: [("Retry-After", "3600")])
        case "/loop/a":
            return .init(status: 302, headers: [("Location", "/loop/b")])
        case "/loop/b":
            return .init(status: 302, headers: [("Location", "/loop/a")])
        default:
            if path.hasPrefix("/status/"), let status = Int(path.dropFirst(8)) {
                return .init(status: status, headers: html, body: Data("<html><body>status \(status)</body></html>".utf8))
            }
            if path.hasPrefix("/redirect/"), let count = Int(path.dropFirst(10)) {
                return .init(status: 302, headers: [("Location", count <= 1 ? "/feed.rss" : "/redirect/\(count - 1)")])
            }
            return .init(status: 404, headers: html, body: Data("<html><body>not here</body></html>".utf8))
        }
    }

    /// `data` compressed by the system's gzip (nil when it is missing).
    static func gzip(_ data: Data) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? compressed : nil
    }
}
