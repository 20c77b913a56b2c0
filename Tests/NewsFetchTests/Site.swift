import Foundation
import LoopbackHTTP
@testable import NewsFetch

/// The fixture site on a loopback server, and a client with short limits for it.
enum Site {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fetch")

    static func start() throws -> FixtureSite {
        let site = try FixtureSite(folder: fixtures)
        site.slowSeconds = 10
        site.hugeBytes = 2_000_000
        return site
    }

    /// A client with short limits; `totalTimeout` longer where a test reads a large body on a machine
    /// that may be loaded (or slowed by a sanitizer) and the error wanted is not a timeout.
    static func client(totalTimeout: Double = 4) -> HTTPClient {
        var limits = HTTPClient.Limits()
        limits.connectTimeout = 2
        limits.totalTimeout = totalTimeout
        limits.maximumBytes = 1_000_000
        return HTTPClient(limits: limits)
    }
}
