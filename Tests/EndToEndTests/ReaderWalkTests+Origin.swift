import Foundation
import LoopbackHTTP
import Testing

/// Issue 11, "where it came from": `i` in the Reader, walked in tmux for a text file and for a page
/// fetched into the library.
extension ReaderWalkTests {
    @Test func iShowsWhereATextFileCameFrom() throws {
        let walk = try Walk()
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("Saltmarsh Council Votes") }
        try walk.send("i")
        let screen = try walk.waitFor { Self.header($0).contains("› Reader › Where it came from") && $0.contains("Each field") }
        #expect(screen.contains("Fixtures/reader/dated/harbour-vote.txt"))
        #expect(screen.contains("size") && screen.contains("bytes"))
        #expect(screen.range(of: #"modified +\d{4}-\d\d-\d\dT"#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"front matter +yes"#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"outlet from +the front matter"#, options: .regularExpression) != nil)
        #expect(screen.contains("Saltmarsh Council Votes to Rebuild the Harbour Wall"))
        // Back to the article where it was.
        try walk.send("Escape")
        try walk.waitFor { !$0.contains("Each field") && !Self.header($0).contains("Where it came from") && $0.contains("winter storms") }
        // The Reader's help names the key.
        try walk.send("?")
        try walk.waitFor { $0.contains("where this article came from") }
        try walk.quit()
    }

    @Test func iShowsWhereAFetchedPageCameFromAndWhatGaveEachField() throws {
        let site = try FixtureSite(folder: NewsdeskBinary.repository.appendingPathComponent("Fixtures/fetch"))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-walk-\(UUID().uuidString)")
        let environment = ["XDG_DATA_HOME": home.appendingPathComponent("data").path,
                           "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                           "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
        #expect(try NewsdeskBinary.run(["add", site.base + "/bridge"], environment: environment).status == 0)
        let fetched = try NewsdeskBinary.run(["fetch"], environment: environment)
        try #require(fetched.status == 0, "\(fetched.stderr)")
        let walk = try Walk("", home: home, width: 160, height: 45)
        defer { walk.removeHome() }
        try walk.ready("Old swing bridge")
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("turning gear") }
        try walk.send("i")
        let screen = try walk.waitFor { $0.contains("Each field") && $0.contains("Charset") }
        #expect(screen.contains(site.base + "/bridge"))
        #expect(screen.contains("page subscription"))
        #expect(screen.range(of: #"fetched +\d{4}-\d\d-\d\dT"#, options: .regularExpression) != nil)
        #expect(screen.contains("text/html; charset=utf-8"))
        #expect(screen.range(of: #"found in +the HTTP Content-Type header"#, options: .regularExpression) != nil)
        // Each field and where it was found in the page.
        #expect(screen.range(of: #"headline +Old swing bridge to reopen after repairs  ← the page's <h1>"#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"author +Marek Osei  ← <meta> tag"#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"date +2026-03-15  ← <time datetime>"#, options: .regularExpression) != nil)
        #expect(screen.range(of: #"outlet +The Coastline Courier  ← OpenGraph"#, options: .regularExpression) != nil)
        try walk.quit()
    }
}
