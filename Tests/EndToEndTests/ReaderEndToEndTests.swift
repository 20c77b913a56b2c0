import Foundation
import Testing

/// The reader driven in a real terminal (tmux), as in issue 4's walk-through.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct ReaderEndToEndTests {
    /// The reader on the samples. LINES and COLUMNS from the test runner's environment would pin
    /// ncurses to one size, so they are dropped.
    private var command: String {
        "cd \(NewsdeskBinary.repository.path) && env -u LINES -u COLUMNS \(NewsdeskBinary.url.path)"
    }

    @Test func walkThroughFromArticlesToAPersonAcrossOutlets() throws {
        let tmux = try Tmux(command)
        var screen = try tmux.waitFor { $0.contains("Egypt Daily News") }
        #expect(screen.contains("Newsdesk › Articles"))
        #expect(screen.contains("Rubio Urges Russia's Lavrov to Stop"))

        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("Newsdesk › Articles › Reader") }
        // Tab through quotes and names until the quote-only paragraph is selected.
        func statusLine(_ screen: String) -> String {
            screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
        }
        try tmux.send("G") // to the end of the article: Tab starts at the first item on screen
        Thread.sleep(forTimeInterval: 1)
        for _ in 0..<120 {
            let before = statusLine(try tmux.screen())
            try tmux.send("Tab")
            screen = try tmux.waitFor(2) { statusLine($0) != before }
            if statusLine(screen).contains("If the world") { break }
        }
        let status = statusLine(screen)
        #expect(status.contains("If the world"))
        #expect(status.contains("Volodymyr Zelensky"))

        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Articles › Reader › Volodymyr Zelensky") }
        #expect(screen.contains("(unknown outlet)"))
        // Each statement shows its sentence, so the other outlet's may be further down the list.
        try tmux.send("G")
        screen = try tmux.waitFor { $0.contains("Egypt Daily News") }

        // Open the Egypt Daily News statement at its quote.
        for _ in 0..<20 {
            screen = try tmux.screen()
            if screen.split(separator: "\n").first(where: { $0.hasPrefix("▶") })?.contains("Egypt Daily News") == true { break }
            try tmux.send("j")
            Thread.sleep(forTimeInterval: 0.3)
        }
        try tmux.send("Enter")
        screen = try tmux.waitFor { $0.contains("Volodymyr Zelensky › Reader") }
        #expect(statusLine(screen).contains("Volodymyr Zelensky"))
        // The article's head (scrolled past, to the quote) names its outlet.
        try tmux.send("g")
        screen = try tmux.waitFor { $0.contains("Egypt Daily News ·") }
        #expect(screen.contains("Egypt Daily News ·"))

        // Switch Egypt Daily News off: only the other outlet's statements remain.
        try tmux.send("Escape")
        try tmux.waitFor { $0.contains("Reader › Volodymyr Zelensky") }
        try tmux.send("s")
        screen = try tmux.waitFor { $0.contains("› Sources") }
        for _ in 0..<5 where !(screen.split(separator: "\n").dropFirst().first?.contains("Egypt Daily News") ?? false) {
            try tmux.send("j")
            screen = try tmux.screen()
        }
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("1 outlet off") }
        try tmux.send("Escape")
        screen = try tmux.waitFor { screen in
            let header = screen.split(separator: "\n").first ?? ""
            return header.contains("› Volodymyr Zelensky ") && !header.contains("Sources")
        }
        #expect(!screen.contains("Egypt Daily News"))
        #expect(screen.contains("(unknown outlet)"))

        try tmux.send("q")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.send("q")
        _ = try tmux.waitFor { _ in (try? tmux.exitStatus()) != nil }
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func searchFindsPaperTiger() throws {
        let tmux = try Tmux(command)
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        try tmux.send("/")
        try tmux.waitFor { $0.contains("Search for:") }
        try tmux.send("-l", "paper tiger")
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.contains("matches") }
        #expect(screen.contains("paper tiger"))
        #expect(screen.contains("Egypt Daily News"))
        try tmux.send("Enter")
        #expect(try tmux.waitFor { $0.contains("› Reader") }.contains("paper tiger"))
    }

    @Test func resizesAndRestoresTheTerminal() throws {
        let tmux = try Tmux(command, width: 120, height: 40)
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        try tmux.resize(width: 60, height: 20)
        var screen = try tmux.waitFor { $0.split(separator: "\n").first?.count ?? 0 <= 60 && $0.contains("Newsdesk") }
        #expect(screen.contains("Newsdesk › Articles"))
        try tmux.resize(width: 200, height: 60)
        screen = try tmux.waitFor { $0.contains("Zelensky") }
        #expect(screen.contains("Egypt Daily News"))
        try tmux.resize(width: 20, height: 5)
        screen = try tmux.waitFor { $0.contains("too small") }
        #expect(screen.contains("too small"))
        try tmux.resize(width: 120, height: 40)
        try tmux.send("q")
        _ = try tmux.waitFor { _ in (try? tmux.exitStatus()) != nil }
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func quotesAreColouredBySpeaker() throws {
        let tmux = try Tmux(command)
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        try tmux.send("Enter")
        let coloured = try tmux.waitFor(escapes: true) { $0.contains("\u{1B}[38;5;") }
        #expect(coloured.contains("\u{1B}[38;5;"))
        let plain = try Tmux(command, environment: ["NO_COLOR": "1"])
        try plain.waitFor { $0.contains("Egypt Daily News") }
        try plain.send("Enter")
        let screen = try plain.waitFor(escapes: true) { $0.contains("Reader") }
        #expect(!screen.contains("\u{1B}[38;5;"))
    }

    /// Runs the reader between two `stty -g`, opens an article, does `leave`, and checks the terminal
    /// settings are what they were.
    private func expectTerminalRestored(after leave: (Tmux) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-stty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = folder.appendingPathComponent("before").path, after = folder.appendingPathComponent("after").path
        // The shell carries on after Ctrl-C (the reader dies of SIGINT, and so would a shell without a trap).
        let tmux = try Tmux("trap : INT; stty -g > \(before); \(command); stty -g > \(after)")
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        try tmux.send("Enter")
        try tmux.waitFor { $0.contains("› Reader") }
        try leave(tmux)
        _ = try tmux.waitFor { _ in FileManager.default.fileExists(atPath: after) }
        Thread.sleep(forTimeInterval: 0.2)
        let saved = try String(contentsOfFile: before, encoding: .utf8), restored = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!saved.isEmpty && saved == restored)
    }

    @Test func quittingRestoresTheTerminal() throws {
        try expectTerminalRestored { tmux in
            try tmux.send("q")
            try tmux.send("q")
        }
    }

    /// Ctrl-C, SIGTERM and SIGHUP leave the terminal as it was.
    @Test(arguments: ["ctrl-c", "SIGTERM", "SIGHUP"])
    func signalsRestoreTheTerminal(_ signal: String) throws {
        try expectTerminalRestored { tmux in
            if signal == "ctrl-c" {
                try tmux.send("C-c")
                return
            }
            let pid = try Tmux.spawn(["pgrep", "-n", "-f", "^\(NewsdeskBinary.url.path)$"]).trimmingCharacters(in: .whitespacesAndNewlines)
            try #require(!pid.isEmpty)
            _ = try Tmux.spawn(["kill", "-\(signal.dropFirst(3))", pid])
        }
    }

    /// X10 mouse reports typed into the pane: a click selects a row, the wheel scrolls.
    @Test func mouseClickSelectsAndWheelScrolls() throws {
        let tmux = try Tmux(command)
        try tmux.waitFor { $0.contains("Egypt Daily News") }
        // Press and release the left button at column 10, row 2 (the second article).
        try tmux.send("-H", "1b", "5b", "4d", "20", "2b", "23")
        try tmux.send("-H", "1b", "5b", "4d", "23", "2b", "23")
        let selected = try tmux.waitFor { $0.contains(" 2/2 articles") }
        #expect(selected.contains(" 2/2 articles"))
        try tmux.send("Enter")
        let reader = try tmux.waitFor { $0.contains("› Reader") }
        let firstLine = reader.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        // Wheel down (button 5) twice: the article scrolls.
        try tmux.send("-H", "1b", "5b", "4d", "61", "2b", "23")
        try tmux.send("-H", "1b", "5b", "4d", "61", "2b", "23")
        let scrolled = try tmux.waitFor { ($0.split(separator: "\n").dropFirst().first.map(String.init) ?? "") != firstLine }
        #expect((scrolled.split(separator: "\n").dropFirst().first.map(String.init) ?? "") != firstLine)
    }

    @Test func refusesToStartWithoutATerminal() throws {
        let output = try NewsdeskBinary.run([])
        #expect(output.status == 2)
        #expect(output.stderr.contains("needs a terminal"))
    }
}
