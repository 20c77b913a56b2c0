import Foundation
import LoopbackHTTP
@testable import NewsFetch
import Testing

@Suite struct HTTPClientTests {
    /// Fetches `path` from the site; the error when it fails.
    func get(_ site: FixtureSite, _ path: String, client: HTTPClient = Site.client(), etag: String? = nil,
             lastModified: String? = nil) async -> Result<HTTPClient.Response, FetchError> {
        do {
            return .success(try await client.get(URL(string: site.base + path)!, etag: etag, lastModified: lastModified))
        } catch {
            return .failure(error)
        }
    }

    @Test func getsAFeedWithItsValidatorsAndUserAgent() async throws {
        let site = try Site.start()
        let response = try await get(site, "/feed.rss").get()
        #expect(response.status == 200)
        #expect(response.etag == "\"v1\"")
        #expect(response.lastModified != nil)
        #expect(String(decoding: response.body, as: UTF8.self).contains("Harbour pilots"))
        #expect(site.server.requests.last?.headers["user-agent"]?.hasPrefix("Newsdesk/") == true)
    }

    @Test func conditionalRequestsComeBackNotModified() async throws {
        let site = try Site.start()
        #expect(try await get(site, "/feed.rss", etag: "\"v1\"").get().status == 304)
        #expect(try await get(site, "/feed.rss", lastModified: "Sat, 14 Mar 2026 10:00:00 GMT").get().status == 304)
        #expect(site.server.requests.last?.headers["if-modified-since"] == "Sat, 14 Mar 2026 10:00:00 GMT")
    }

    @Test func gzipIsAskedForAndDecoded() async throws {
        let site = try Site.start()
        let response = try await get(site, "/gzip.rss").get()
        #expect(site.server.requests.last?.headers["accept-encoding"]?.contains("gzip") == true)
        #expect(String(decoding: response.body, as: UTF8.self).contains("<rss"))
    }

    @Test func followsUpToFiveRedirects() async throws {
        let site = try Site.start()
        let response = try await get(site, "/redirect/5").get()
        #expect(response.status == 200)
        #expect(response.url.path == "/feed.rss")
        #expect(await get(site, "/redirect/6") == .failure(.tooManyRedirects(5)))
    }

    @Test func aRedirectLoopIsAnError() async throws {
        let site = try Site.start()
        guard case .failure(.redirectLoop) = await get(site, "/loop/a") else {
            Issue.record("a loop of redirects was followed")
            return
        }
    }

    @Test(arguments: [(404, FetchError.notFound(404)), (410, .gone), (500, .serverError(500)), (502, .serverError(502))])
    func failingStatusesAreErrors(status: Int, error: FetchError) async throws {
        let site = try Site.start()
        #expect(await get(site, "/status/\(status)") == .failure(error))
        #expect(!error.description.isEmpty)
    }

    @Test func retryAfterIsHonouredWhenShort() async throws {
        let site = try Site.start()
        let start = Date()
        let response = try await get(site, "/busy").get()
        #expect(response.status == 200)
        #expect(Date().timeIntervalSince(start) >= 0.9)
        #expect(site.server.requests.count == 2)
    }

    @Test func retryAfterTooLongIsAnError() async throws {
        let site = try Site.start()
        #expect(await get(site, "/busy-long") == .failure(.rateLimited(retryAfter: 3600)))
        #expect(site.server.requests.count == 1)
    }

    @Test func aSlowServerTimesOut() async throws {
        let site = try Site.start()
        site.slowSeconds = 8
        // (Not timed: under a full test run the answer may wait long for a free thread; it is the error that counts.)
        guard case .failure(.timedOut) = await get(site, "/slow") else {
            Issue.record("a slow answer did not time out")
            return
        }
    }

    @Test func aBodyOverTheLimitIsRefused() async throws {
        let site = try Site.start()
        #expect(await get(site, "/huge", client: Site.client(totalTimeout: 60)) == .failure(.tooLarge(limit: 1_000_000)))
    }

    @Test func aRefusedConnectionSaysSo() async throws {
        let site = try Site.start()
        let port = site.server.port
        site.server.stop()
        let result: Result<HTTPClient.Response, FetchError>
        do { result = .success(try await Site.client().get(URL(string: "http://127.0.0.1:\(port)/feed.rss")!)) } catch { result = .failure(error) }
        #expect(result == .failure(.connectionRefused))
    }

    @Test func tlsToAPlainServerFails() async throws {
        let site = try Site.start()
        let result: Result<HTTPClient.Response, FetchError>
        do { result = .success(try await Site.client().get(URL(string: "https://127.0.0.1:\(site.server.port)/feed.rss")!)) } catch { result = .failure(error) }
        guard case .failure(let error) = result, case .tls = error else {
            Issue.record("https to a plain server gave \(result)")
            return
        }
    }

    @Test func networkErrorsAreNamed() {
        #expect(FetchError.from(URLError(.cannotFindHost), host: "nowhere.invalid", timeout: 1) == .unknownHost("nowhere.invalid"))
        #expect(FetchError.from(URLError(.dnsLookupFailed), host: "x", timeout: 1) == .unknownHost("x"))
        #expect(FetchError.from(URLError(.serverCertificateUntrusted), host: "x", timeout: 1).description.hasPrefix("secure connection failed"))
        #expect(FetchError.from(URLError(.timedOut), host: "x", timeout: 15) == .timedOut(seconds: 15))
    }

    @Test func retryAfterReadsSecondsAndDates() {
        #expect(HTTPClient.retryAfter("120") == 120)
        #expect(HTTPClient.retryAfter(nil) == nil)
        #expect((HTTPClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") ?? -1) == 0)
    }

    @Test func manyRequestsAtOnceStayWithinThePerHostBound() async throws {
        let site = try Site.start()
        var limits = HTTPClient.Limits()
        limits.connectionsPerHost = 2
        let client = HTTPClient(limits: limits)
        let count = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { (try? await client.get(URL(string: site.base + "/harbour")!))?.status ?? 0 } }
            return await group.reduce(0) { $0 + ($1 == 200 ? 1 : 0) }
        }
        #expect(count == 20)
    }
}
