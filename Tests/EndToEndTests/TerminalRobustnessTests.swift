import Foundation
import NewsKit
import Testing

/// The reader on odd terminals and in odd windows, in tmux: terminal types with few or no
/// capabilities, windows from one cell up, storms of resizes and of keys. It never crashes, says
/// clearly what it cannot do, and leaves the terminal as it found it.
@Suite(.enabled(if: Tmux.isAvailable)) struct TerminalRobustnessTests {
    /// Terminals without 256 colours: the reader runs, with 8 colours (linux) or attributes only (vt100).
    @Test(arguments: ["vt100", "linux"])
    func runsOnAPlainTerminal(_ term: String) throws {
        let reader = try ReaderSession(environment: "TERM=\(term)")
        try reader.waitUntilReady()
        try reader.send("j")
        #expect(try reader.waitFor { $0.contains(" 2/2 articles") }.contains(" 2/2 articles"))
        try reader.send("Up")
        #expect(try reader.waitFor { $0.contains(" 1/2 articles") }.contains(" 1/2 articles"))
        try reader.send("Enter")
        let article = try reader.waitFor(escapes: true) { $0.contains("› Reader") && $0.contains("Zelensky") }
        #expect(article.contains("Rubio Urges"))
        #expect(!article.contains("\u{1B}[38;5;"), "256-colour escapes on \(term)")
        let basicColour = article.range(of: "\u{1B}\\[(?:[0-9;]*;)?3[0-7][;m]", options: .regularExpression) != nil
        #expect(basicColour == (term == "linux"), "8 colours on linux, none on vt100")
        try reader.send("Escape")
        try reader.waitFor { $0.contains("Newsdesk › Articles") && !$0.contains("› Reader") }
        try reader.send("?")
        // The breadcrumb can be drawn before the list below it: wait for both.
        #expect(try reader.waitFor { $0.contains("› Help") && $0.contains("next line or item") }.contains("next line or item"))
        try reader.send("q")
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0)
        #expect(end.restored, "\(end.screen)")
    }

    /// Without a terminal type the reader can use, it says what to do, exits 2 (as without a
    /// terminal), prints no usage, and leaves the terminal alone.
    @Test(arguments: [
        ("-u TERM", "TERM is not set"),
        ("TERM=", "TERM is not set"),
        ("TERM=dumb", "cannot move the cursor"),
        ("TERM=no-such-term", "not known"),
    ])
    func refusesATerminalItCannotDrive(_ environment: String, _ reason: String) throws {
        let reader = try ReaderSession(environment: environment)
        let end = try reader.waitForEnd()
        #expect(end.status == 2, "\(end.screen)")
        #expect(end.restored)
        #expect(end.screen.contains(reason))
        #expect(end.screen.contains("TERM=xterm-256color"))
        #expect(!end.screen.contains("Usage:"))
    }

    /// Windows from one cell up: no crash, "too small" where it says anything, and the whole screen
    /// again for a usable size.
    @Test func tinyWindows() throws {
        let reader = try ReaderSession(width: 80, height: 24)
        try reader.waitUntilReady()
        for (width, height, expected) in [(1, 1, ""), (2, 2, ""), (10, 3, "too small"), (29, 7, "Window too small"),
                                           (30, 8, "Newsdesk › Articles"), (5, 2, "small"), (40, 10, "Newsdesk › Articles")] {
            try reader.tmux.resize(width: width, height: height)
            let screen = try reader.waitFor { expected.isEmpty || $0.contains(expected) }
            #expect(expected.isEmpty || screen.contains(expected), "\(width)×\(height): \(screen)")
            #expect(try reader.isRunning())
            // Keys in a tiny window do no harm.
            try reader.send("j", "Enter", "Tab", "G", "Escape")
        }
        try reader.tmux.resize(width: 80, height: 24)
        try reader.send("a", "g")
        let rows = try reader.waitFor { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 24 && rows[0].hasPrefix(" Newsdesk › Articles") && rows[23].hasPrefix(" 1/2 articles")
        }.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.hasPrefix(" Newsdesk › Articles") == true)
        #expect(rows.count >= 24 && rows[23].hasPrefix(" 1/2 articles"), "\(rows)")
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored)
    }

    /// 200 random resizes from 1×1 to 200×60 in a few seconds with keys between them: the reader
    /// survives, and then shows exactly what a reader started at the final size shows.
    @Test func resizeStorm() throws {
        let reader = try ReaderSession(width: 80, height: 24)
        try reader.waitUntilReady()
        var generator = SeededGenerator(seed: 2024)
        let keys = ["j", "k", "Enter", "Escape", "p", "Tab", "Down", "PageDown"]
        var size = (width: 80, height: 24)
        for n in 0..<200 {
            size = (Int.random(in: 1...200, using: &generator), Int.random(in: 1...60, using: &generator))
            try reader.tmux.resize(width: size.width, height: size.height)
            if n % 5 == 0 { try reader.send(keys.randomElement(using: &generator)!) }
        }
        #expect(try reader.isRunning())
        // Leave whatever screen the keys reached for the articles, at the top.
        size = (97, 31)
        try reader.tmux.resize(width: size.width, height: size.height)
        try reader.send(keys: Array(repeating: "Escape", count: 40))
        try reader.send("a", "g")
        let fresh = try ReaderSession(width: size.width, height: size.height)
        try fresh.waitUntilReady()
        // The fresh reader's screen once it has stopped changing: a capture caught in a redraw (or
        // before a late mark is drawn) is a screen the stormed reader never shows.
        let expected = try fresh.waitUntilStill()
        let shown = try reader.waitFor(20) { $0 == expected }
        #expect(shown == expected)
        let rows = shown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= size.height && rows[size.height - 1].hasPrefix(" 1/2 articles"))
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored)
    }

    /// A seeded storm of 1,000 keys in batches: the reader keeps running, and afterwards `a` leads to
    /// the articles and `p` to the people, as always.
    @Test func keyStorm() throws {
        let reader = try ReaderSession(width: 100, height: 30)
        try reader.waitUntilReady()
        // Every key but those that end the reader (q, Ctrl-C) or stop the terminal (Ctrl-Z, Ctrl-S).
        let keys = ["j", "k", "g", "G", "l", "h", "n", "N", "p", "s", "a", "t", "o", "?", "/", "x", "e", "1", "Space",
                    "Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End",
                    "BSpace", "DC", "F1", "F5", "C-d", "C-u", "Enter", "Tab", "j"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            try reader.send(keys: (0..<50).map { _ in keys.randomElement(using: &generator)! })
            #expect(try reader.isRunning())
        }
        try reader.waitUntilStill()
        // Out of any text field, then `a`.
        var header = ""
        for _ in 0..<40 {
            header = try reader.waitUntilStill(quiet: 0.3, within: 10).split(separator: "\n").first.map(String.init) ?? ""
            let last = header.components(separatedBy: " › ").last ?? ""
            if last.hasPrefix("People") || last.hasPrefix("Search") { try reader.send("Escape") } else { break }
        }
        try reader.send("a")
        try reader.waitFor { $0.hasPrefix(" Newsdesk › Articles ") || $0.hasPrefix(" Newsdesk › Articles\n") }
        try reader.send("p")
        let people = try reader.waitFor { $0.hasPrefix(" Newsdesk › Articles › People") }
        #expect(people.hasPrefix(" Newsdesk › Articles › People"), "\(people)")
        try reader.send("Escape")
        try reader.waitFor { !$0.contains("› People") }
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored, "\(end.screen)")
    }

    /// Zero-width joiners in a quotation (tmux 3.3 joins the character after one into the cell before
    /// it): stepping through the article with Tab leaves every row as a full redraw shows it, with no
    /// stray characters in the status line.
    @Test func zeroWidthJoinersLeaveNoStrayCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-zwj-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentence = "\"\u{200D}Quote\u{200D} text\u{200D},\" said John Smith."
        try Data("Harbour news\n\n\(sentence)\n\n\"Another quote,\" said John Smith.\n".utf8)
            .write(to: folder.appendingPathComponent("zwj.txt"))
        let reader = try ReaderSession(arguments: "'\(folder.path)'", width: 80, height: 12)
        try reader.waitFor { $0.contains("Harbour news") && $0.contains(" 1/1 articles") }
        try reader.send("Enter")
        try reader.waitFor { $0.contains("› Reader") }
        for tab in 1...6 {
            try reader.send("Tab")
            let shown = try reader.waitUntilStill(quiet: 0.3, within: 10)
            // A resize makes the reader draw everything again: what it shows then is what should be there.
            try reader.tmux.resize(width: 81, height: 12)
            Thread.sleep(forTimeInterval: 0.2)
            try reader.tmux.resize(width: 80, height: 12)
            let redrawn = try reader.waitUntilStill(quiet: 0.3, within: 10)
            #expect(shown == redrawn, "after Tab \(tab):\n\(shown)\nredrawn:\n\(redrawn)")
            #expect(shown.contains("\"Quote text,\" said John Smith."), "after Tab \(tab): \(shown)")
        }
        try reader.send("q", "q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored, "\(end.screen)")
    }
}
