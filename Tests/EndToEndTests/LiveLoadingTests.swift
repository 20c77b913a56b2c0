import Foundation
import Testing

/// A cold start on a corpus that takes seconds to analyse: the Articles screen is there at once,
/// fills in with progress in the status line, and keys work throughout.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct LiveLoadingTests {
    /// A scratch folder (and cache) removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-live-\(UUID().uuidString)")
        var cache: String { url.appendingPathComponent("cache").path }
        var articles: String { url.appendingPathComponent("articles").path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private static func statusLine(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test func theArticlesScreenFillsInWhileKeysWork() throws {
        let scratch = Scratch()
        let generated = try NewsdeskBinary.run(["generate", scratch.articles, "--articles", "3000"])
        try #require(generated.status == 0)
        let tmux = try Tmux("env -u LINES -u COLUMNS \(NewsdeskBinary.url.path) \(scratch.articles)",
                            environment: ["XDG_CACHE_HOME": scratch.cache])
        // Part of the corpus shown, the rest still loading.
        var screen = try tmux.waitFor(30) { Self.statusLine($0).contains("loading") && $0.contains(" articles · ") && !$0.contains(" 0/0 articles") }
        let partial = Self.statusLine(screen)
        #expect(!partial.contains("/3000 articles"))
        try tmux.send("j")
        screen = try tmux.waitFor(5) { Self.statusLine($0).hasPrefix(" 2/") }
        #expect(Self.statusLine(screen).hasPrefix(" 2/"))
        // Then the whole corpus, the progress gone.
        screen = try tmux.waitFor(120) { Self.statusLine($0).contains("/3000 articles") && !Self.statusLine($0).contains("loading") }
        #expect(Self.statusLine(screen).contains("/3000 articles"))
        try tmux.send("q")
        screen = try tmux.waitFor(5) { $0.contains("[exited") }
        #expect(screen.contains("[exited 0]"))
    }

    @Test func unreadableFilesAreCountedThenListedOnExit() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.articles, withIntermediateDirectories: true)
        try Data("Pier reopens\n\n\"The pier is open,\" Anna Holt said.".utf8).write(to: URL(fileURLWithPath: scratch.articles + "/good.txt"))
        try Data([0x50, 0x4B, 0x00, 0x01]).write(to: URL(fileURLWithPath: scratch.articles + "/archive.txt"))
        let tmux = try Tmux("env -u LINES -u COLUMNS \(NewsdeskBinary.url.path) \(scratch.articles)",
                            environment: ["XDG_CACHE_HOME": scratch.cache])
        var screen = try tmux.waitFor(20) { Self.statusLine($0).contains("1 file unreadable") }
        #expect(screen.contains("Pier reopens"))
        try tmux.send("q")
        screen = try tmux.waitFor(5) { $0.contains("[exited") }
        #expect(screen.contains("archive.txt: binary file"))
        #expect(screen.components(separatedBy: "archive.txt").count == 2) // told once
        #expect(screen.contains("[exited 0]"))
    }
}
