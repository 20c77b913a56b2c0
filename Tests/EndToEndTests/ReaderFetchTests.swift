import Foundation
import LoopbackHTTP
import Testing

/// The reader's `r`: the subscriptions fetched in the background, progress in the status line, the new
/// articles in the list as they arrive.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct ReaderFetchTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-e2e-reader-fetch-\(UUID().uuidString)")

    var environment: [String: String] {
        ["XDG_DATA_HOME": home.appendingPathComponent("data").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
    }

    @Test func rFetchesAndTheNewArticlesAppear() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let site = try FixtureSite(folder: NewsdeskBinary.repository.appendingPathComponent("Fixtures/fetch"))
        site.pageDelay = 1.5
        #expect(try NewsdeskBinary.run(["add", site.base + "/valley.atom"], environment: environment).status == 0)
        #expect(try NewsdeskBinary.run(["add", site.base + "/feed.rss"], environment: environment).status == 0)
        #expect(try NewsdeskBinary.run(["add", site.base + "/status/500"], environment: environment).status == 0)
        let tmux = try Tmux("cd \(NewsdeskBinary.repository.path) && env -u LINES -u COLUMNS \(NewsdeskBinary.url.path)", environment: environment)
        // Nothing fetched yet: the samples.
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        try tmux.send("r")
        // The Atom feed's articles come first; the RSS feed's pages are slow.
        var screen = try tmux.waitFor(15) { $0.contains("Reservoir levels rise") }
        #expect(screen.contains("fetching") || screen.contains("fetched"))
        screen = try tmux.waitFor(20) { $0.contains("Harbour pilots vote") && $0.contains("fetched: 5 new articles") }
        #expect(screen.contains("1 feed failed"))
        #expect(screen.contains("Library extends its opening hours"))
        try tmux.send("q")
        screen = try tmux.waitFor { $0.contains("[exited") }
        #expect(screen.contains("/status/500: the server failed (HTTP 500)"))
    }
}
