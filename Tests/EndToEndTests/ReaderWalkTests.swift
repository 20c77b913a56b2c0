import Foundation
import Testing

/// Issue 13 walked in tmux: every item, keys sent and the screen read, on the original articles of
/// `Fixtures/reader` (four dated ones in three outlets, three undated ones in two).
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct ReaderWalkTests {
    /// A reader in tmux with a home of its own: its library (read state), settings and clipboard file.
    final class Walk {
        let home: URL
        let tmux: Tmux

        init(_ paths: String = "Fixtures/reader/dated", config: String? = nil, home: URL? = nil, environment: [String: String] = [:],
             width: Int = 140, height: Int = 40) throws {
            self.home = home ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-walk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: self.home.appendingPathComponent("config/newsdesk"), withIntermediateDirectories: true)
            if let config { try config.write(to: self.home.appendingPathComponent("config/newsdesk/config"), atomically: true, encoding: .utf8) }
            let command = "cd \(NewsdeskBinary.repository.path) && env -u LINES -u COLUMNS \(NewsdeskBinary.url.path) \(paths)"
            tmux = try Tmux(command, width: width, height: height, environment: [
                "XDG_DATA_HOME": self.home.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": self.home.appendingPathComponent("config").path,
                "XDG_CACHE_HOME": self.home.appendingPathComponent("cache").path,
            ].merging(environment) { $1 })
        }

        func removeHome() { try? FileManager.default.removeItem(at: home) }

        /// Waits for the articles to be loaded.
        @discardableResult
        func ready(_ headline: String = "Town Library") throws -> String {
            try tmux.waitFor(10) { $0.contains(headline) && !$0.contains("loading") }
        }

        func send(_ keys: String...) throws { try tmux.tmux(["send-keys"] + keys) }
        /// Types text literally.
        func type(_ text: String) throws { try tmux.tmux(["send-keys", "-l", text]) }

        @discardableResult
        func waitFor(_ seconds: Double = 5, escapes: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
                     _ condition: (String) -> Bool) throws -> String {
            try tmux.waitFor(seconds, escapes: escapes, sourceLocation: sourceLocation, condition)
        }

        func quit() throws {
            // Esc first ends a filter being typed (q would be typed into it).
            try send("Escape")
            for _ in 0..<6 { try send("q") }
            _ = try tmux.waitFor { $0.contains("[exited ") }
        }
    }

    static func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }
    static func header(_ screen: String) -> String { lines(screen).first ?? "" }
    static func status(_ screen: String) -> String { lines(screen).last { !$0.isEmpty } ?? "" }

    // 1. Every list answers the same movement keys; filters start with / or f and end with Enter or Esc.
    @Test func listsFilterWithSlashOrFAndKeepTheirKeys() throws {
        let walk = try Walk()
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("p")
        try walk.waitFor { Self.header($0).contains("› People") && $0.contains("Marta Kowal") }
        try walk.send("/")
        try walk.type("tal")
        var screen = try walk.waitFor { Self.status($0).contains("filter: tal▏") }
        #expect(screen.contains("Ingrid Tallis") && !screen.contains("Marta Kowal"))
        try walk.send("Enter")
        try walk.waitFor { Self.status($0).contains("filter “tal”") }
        // Navigation keys work again: ? opens the help of this screen, Esc comes back with the filter.
        try walk.send("?")
        try walk.waitFor { $0.contains("On the People screen") }
        try walk.send("Escape")
        try walk.waitFor { Self.status($0).contains("filter “tal”") }
        try walk.send("Escape") // drops the filter
        screen = try walk.waitFor { $0.contains("Marta Kowal") }
        #expect(Self.header(screen).contains("› People"))
        // j and G move in the list (they are not typed into a filter).
        try walk.send("G")
        try walk.waitFor { Self.status($0).range(of: #"^ ([2-9])/\1 people"#, options: .regularExpression) != nil }
        try walk.send("g")
        try walk.waitFor { Self.status($0).range(of: #"^ 1/\d+ people"#, options: .regularExpression) != nil }
        try walk.send("f")
        try walk.type("kow")
        try walk.waitFor { Self.status($0).contains("filter: kow▏") && !$0.contains("Ingrid Tallis") }
        try walk.send("Escape") // ends and drops the filter
        try walk.waitFor { $0.contains("Ingrid Tallis") && !Self.status($0).contains("filter:") }
        try walk.send("Escape")
        try walk.waitFor { Self.header($0).hasSuffix("Articles") || Self.header($0).contains("› Articles ") }

        // Articles: f filters by headline or outlet.
        try walk.send("f")
        try walk.type("ferry")
        try walk.send("Enter")
        screen = try walk.waitFor { Self.status($0).contains("filter “ferry”") }
        #expect(screen.contains("Ferry Crews") && !screen.contains("Town Library"))
        #expect(Self.status(screen).hasPrefix(" 1/1 articles"))
        try walk.send("Escape")
        try walk.waitFor { $0.contains("Town Library") && Self.status($0).hasPrefix(" 1/4 articles") }

        // Sources: / filters the outlets.
        try walk.send("s")
        try walk.waitFor { Self.header($0).contains("› Sources") }
        try walk.send("/")
        try walk.type("wire")
        screen = try walk.waitFor { Self.status($0).contains("filter: wire▏") }
        #expect(screen.contains("Baltic Wire") && !screen.contains("Harbour Times"))
        try walk.quit()
    }

    // 2. Search: every word anywhere, phrases, exclusion, speaker: and outlet:, accents; marked; n/N; live outlet filter.
    @Test(arguments: [
        ("wall vane", ["Saltmarsh Council"], ["Ferry Crews", "Lantern"]),
        ("\"rigged election\"", ["Saltmarsh Council"], ["Ferry Crews"]),
        ("tallis -ferry", ["Saltmarsh Council"], ["Ferry Crews"]),
        ("speaker:kowal", ["Ferry Crews"], ["Saltmarsh Council"]),
        ("outlet:\"harbour times\"", ["Town Library"], ["Saltmarsh Council", "Ferry Crews"]),
        ("jose nunez", ["Lantern Festival"], ["Town Library"]),
        ("JOSÉ Núñez", ["Lantern Festival"], ["Town Library"]),
        ("Kowál", ["Ferry Crews"], ["Saltmarsh Council"]), // an accent in the query, none in the text
    ])
    func searchFindsEveryForm(_ query: String, _ present: [String], _ absent: [String]) throws {
        let walk = try Walk()
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("/")
        try walk.waitFor { $0.contains("Search for:") }
        try walk.type(query)
        try walk.send("Enter")
        let screen = try walk.waitFor { Self.status($0).contains("matches") }
        for headline in present { #expect(screen.contains(headline), "\(query): \(headline)") }
        for headline in absent { #expect(!screen.contains(headline), "\(query): not \(headline)") }
        try walk.quit()
    }

    @Test func searchMarksTheWordsStepsThroughThemAndFollowsTheOutletFilter() throws {
        let walk = try Walk()
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("/")
        try walk.type("vane tallis")
        try walk.send("Enter")
        var screen = try walk.waitFor { Self.status($0).contains("matches") }
        #expect(Self.status(screen).contains("1/3 matches")) // Tallis once and Vane twice, in the harbour article
        // The word is marked in the result list (black on yellow).
        let coloured = try walk.waitFor(escapes: true) { $0.contains("Tallis") }
        #expect(coloured.contains("43m") || coloured.contains("48;5;3m"))
        try walk.send("n")
        try walk.waitFor { Self.status($0).contains("2/3 matches") }
        try walk.send("N")
        try walk.waitFor { Self.status($0).contains("1/3 matches") }
        // In the article: n and N step through its matches.
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› Reader") && Self.status($0).contains("match 1/3") }
        // The words are marked in the article too: Tallis once, Vane twice.
        let article = try walk.waitFor(escapes: true) { $0.contains("voted on Tuesday to rebuild") }
        let marked = ["Tallis", "Vane"].map { word in
            article.components(separatedBy: word).dropLast().filter { $0.hasSuffix("43m") || $0.hasSuffix("48;5;3m") }.count
        }
        #expect(marked == [1, 2])
        try walk.send("n")
        try walk.waitFor { Self.status($0).contains("match 2/3") }
        try walk.send("N")
        try walk.send("N")
        try walk.waitFor { Self.status($0).contains("match 3/3") }
        try walk.send("Escape")
        try walk.waitFor { Self.status($0).contains("matches") }
        // A new search, in two outlets.
        try walk.send("/")
        try walk.type("tallis")
        try walk.send("Enter")
        try walk.waitFor { Self.status($0).contains("1/2 matches") && $0.contains("Ferry Crews") }
        // Switching Baltic Wire off leaves the ferry article's match out at once.
        try walk.send("s")
        screen = try walk.waitFor { Self.header($0).contains("› Sources") }
        try walk.send("/")
        try walk.type("baltic")
        try walk.send("Enter")
        try walk.send("t")
        try walk.waitFor { Self.header($0).contains("1 outlet off") }
        try walk.send("Escape") // the Sources filter
        try walk.send("Escape") // back to the results
        screen = try walk.waitFor { Self.status($0).contains("matches") && !Self.header($0).contains("Sources") }
        #expect(Self.status(screen).contains("1/1 matches (1 in outlets off)"))
        #expect(!screen.contains("Ferry Crews"))
        try walk.quit()
    }

    // 3. The Reader: J/K, position, width, address, $BROWSER, copying a quote.
    @Test func readerStepsThroughTheListAndOpensAndCopies() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let browser = home.appendingPathComponent("browser.sh"), opened = home.appendingPathComponent("opened.txt")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
        let walk = try Walk(home: home, environment: ["BROWSER": browser.path], width: 200, height: 50)
        defer { walk.removeHome() }
        // tmux takes OSC 52 from the programs in it into a paste buffer once told to.
        try walk.tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
        try walk.ready()
        try walk.send("Enter")
        var screen = try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("Saltmarsh Council Votes") }
        // The address in the header, the position in the status line.
        #expect(screen.contains("https://courier.example/harbour-vote"))
        #expect(Self.status(screen).contains("100%"))
        #expect(Self.status(screen).contains("article 1/4 J/K"))
        // No line of text wider than the default 100 columns (the window is 200).
        #expect(Self.lines(screen).dropFirst().dropLast(2).allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 101 })
        #expect(Self.lines(screen).contains { $0.count > 60 && $0.contains("rebuild the harbour wall") })
        try walk.send("J")
        screen = try walk.waitFor { $0.contains("Ferry Crews Walk Out") && Self.status($0).contains("article 2/4") }
        try walk.send("K")
        try walk.waitFor { $0.contains("Saltmarsh Council Votes") && Self.status($0).contains("article 1/4") }
        // o opens the address with $BROWSER.
        try walk.send("o")
        try walk.waitFor { _ in (try? String(contentsOf: opened, encoding: .utf8)) == "https://courier.example/harbour-vote" }
        try walk.waitFor { Self.status($0).contains("opened https://courier.example/harbour-vote") }
        // y copies the selected quote with its speaker and source, to the clipboard (OSC 52) and a file.
        try walk.send("y")
        try walk.waitFor { Self.status($0).contains("Tab to a quote first") }
        for _ in 0..<10 where !Self.status(try walk.tmux.screen()).contains("The wall has held") {
            let before = Self.status(try walk.tmux.screen())
            try walk.send("Tab")
            try walk.waitFor { Self.status($0) != before }
        }
        try walk.send("y")
        screen = try walk.waitFor { Self.status($0).contains("copied to the clipboard (OSC 52) and to ") }
        let copied = home.appendingPathComponent("cache/newsdesk/copied.txt")
        #expect(Self.status(screen).contains(copied.path))
        let text = try String(contentsOf: copied, encoding: .utf8)
        #expect(text.contains("“The wall has held for ninety years, but it will not hold for ninety more,” — Ingrid Tallis, Northfield Courier"))
        #expect(text.contains("https://courier.example/harbour-vote"))
        let clipboard = try walk.tmux.tmux(["show-buffer"])
        #expect(clipboard.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines))
        try walk.quit()

        // Without $BROWSER, o says where the article is.
        let plain = try Walk()
        defer { plain.removeHome() }
        try plain.ready()
        try plain.send("G")
        try plain.send("Enter")
        try plain.waitFor { $0.contains("Town Library Reopens") && Self.header($0).contains("› Reader") }
        try plain.send("o")
        screen = try plain.waitFor { Self.status($0).contains("BROWSER is not set") }
        #expect(Self.status(screen).contains("Fixtures/reader/dated/library.txt"))
        try plain.quit()
    }

    // 4. Read state: unread in bold with a count, m toggles, u goes to the next unread, kept across runs.
    @Test func readStateIsShownToggledAndKept() throws {
        let walk = try Walk()
        try walk.ready()
        var screen = try walk.waitFor { Self.header($0).contains("4 unread") }
        #expect(Self.lines(screen)[1].hasPrefix("•"))
        // Unread headlines are bold.
        var coloured = try walk.waitFor(escapes: true) { $0.contains("Ferry Crews") }
        #expect(coloured.contains("1mFerry Crews"))
        try walk.send("Enter")
        try walk.waitFor { Self.header($0).contains("› Reader") }
        try walk.send("Escape")
        screen = try walk.waitFor { Self.header($0).contains("3 unread") && !Self.header($0).contains("Reader") }
        #expect(!Self.lines(screen)[1].hasPrefix("•") && Self.lines(screen)[2].hasPrefix("•"))
        coloured = try walk.waitFor(escapes: true) { $0.contains("Ferry Crews") }
        #expect(coloured.contains("1mFerry Crews") && !coloured.contains("1mSaltmarsh Council"))
        // u: the next unread article; m: read, then unread again.
        try walk.send("u")
        try walk.waitFor { Self.status($0).hasPrefix(" 2/4 articles") }
        try walk.send("m")
        try walk.waitFor { Self.header($0).contains("2 unread") }
        try walk.send("m")
        try walk.waitFor { Self.header($0).contains("3 unread") }
        try walk.quit()
        // Another run over the same library: the article opened is still read.
        let again = try Walk(home: walk.home)
        defer { again.removeHome() }
        screen = try again.ready()
        try again.waitFor { Self.header($0).contains("3 unread") }
        try again.quit()
    }

    // 5. Help per screen, scrolled with every movement key.
    @Test func helpIsPerScreenAndScrolls() throws {
        let walk = try Walk(height: 14)
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("Enter")
        // A long article in a short window: the lines shown and how far in.
        var screen = try walk.waitFor { Self.header($0).contains("› Reader") }
        #expect(Self.status(screen).range(of: #"^ 1–\d+/\d+ \d\d?% "#, options: .regularExpression) != nil)
        try walk.send("G")
        screen = try walk.waitFor { Self.status($0).contains("100%") }
        #expect(Self.status(screen).range(of: #"^ \d+–(\d+)/\1 100% "#, options: .regularExpression) != nil)
        try walk.send("?")
        screen = try walk.waitFor { $0.contains("On the Reader screen") }
        #expect(screen.contains("next article of the list"))
        try walk.send("Space")
        screen = try walk.waitFor { !$0.contains("On the Reader screen") }
        try walk.send("G")
        screen = try walk.waitFor { $0.contains("Ctrl-C") }
        try walk.send("g")
        try walk.waitFor { $0.contains("On the Reader screen") }
        try walk.send("NPage")
        try walk.waitFor { !$0.contains("On the Reader screen") }
        try walk.send("PPage")
        try walk.waitFor { Self.status($0).hasPrefix(" keys 1/") }
        for (key, line) in [("j", 2), ("k", 1), ("Down", 2), ("Up", 1), ("C-d", 0), ("C-u", 1), ("End", 0), ("Home", 1)] {
            try walk.send(key)
            try walk.waitFor { screen in
                guard let top = Self.status(screen).split(separator: "/").first.flatMap({ Int($0.drop { !$0.isNumber }) }) else { return false }
                return line == 0 ? top > 2 : top == line
            }
        }
        try walk.send("Escape")
        try walk.send("Escape")
        try walk.send("?")
        screen = try walk.waitFor { $0.contains("On the Articles screen") }
        #expect(!screen.contains("next article of the list"))
        try walk.quit()
    }

    // 6. Sources: counts, most articles first; only this one; all on.
    @Test func sourcesOnlyThisAndAllOn() throws {
        let walk = try Walk()
        defer { walk.removeHome() }
        try walk.ready()
        try walk.send("s")
        var screen = try walk.waitFor { Self.header($0).contains("› Sources") }
        let rows = Self.lines(screen).dropFirst().prefix(3)
        #expect(rows.first?.contains("2  Baltic Wire") == true)
        #expect(rows.dropFirst().allSatisfy { $0.contains("1  ") })
        try walk.send("o")
        screen = try walk.waitFor { Self.header($0).contains("2 outlets off") }
        try walk.send("a")
        screen = try walk.waitFor { Self.header($0).contains("› Articles") && !Self.header($0).contains("Sources") }
        #expect(screen.contains("Ferry Crews") && !screen.contains("Town Library"))
        try walk.send("s")
        try walk.waitFor { Self.header($0).contains("› Sources") }
        try walk.send("A")
        try walk.waitFor { Self.status($0).contains("all outlets on") && !Self.header($0).contains("off") }
        try walk.quit()
    }

    // 7. Problems: the count in the status line leads to the list, while the reader runs.
    @Test func problemsAreListedWhileTheReaderRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-problems-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Harbour Notes\n\nThe tide came in.\n".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 0, 0xFF, 0]).write(to: folder.appendingPathComponent("binary.txt"))
        let walk = try Walk(folder.path)
        defer { walk.removeHome() }
        try walk.waitFor { Self.status($0).contains("1 file unreadable (! lists)") }
        try walk.send("!")
        let screen = try walk.waitFor { Self.header($0).contains("› Problems") }
        #expect(screen.contains("binary.txt"))
        #expect(screen.contains("binary file (contains NUL bytes), skipped"))
        #expect(Self.lines(screen)[1].hasPrefix(" error "))
        #expect(Self.status(screen).contains("1 left out, 0 warnings"))
        try walk.quit()
    }

    // 8. Settings: bindings, colours and text width; a bad line named, the rest applied; --version.
    @Test func settingsApplyAndABadLineIsNamed() throws {
        let config = """
            # my keys
            bind x people
            color header white blue bold
            frobnicate now
            text-width 60
            """
        let walk = try Walk(config: config, width: 160)
        defer { walk.removeHome() }
        var screen = try walk.ready()
        screen = try walk.waitFor { Self.status($0).contains("config:4: unknown setting “frobnicate”") }
        let coloured = try walk.waitFor(escapes: true) { Self.header($0).contains("Newsdesk") }
        #expect(Self.header(coloured).contains("44m") || Self.header(coloured).contains("48;5;4m"))
        try walk.send("x")
        try walk.waitFor { Self.header($0).contains("› People") }
        try walk.send("a")
        try walk.send("Enter")
        screen = try walk.waitFor { Self.header($0).contains("› Reader") && $0.contains("rebuild") }
        #expect(Self.lines(screen).dropFirst().dropLast(2).allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 61 })
        try walk.quit()

        let version = try NewsdeskBinary.run(["--version"])
        #expect(version.status == 0 && version.stdout.first?.isNumber == true)
        let help = try NewsdeskBinary.run(["--help"])
        #expect(help.stdout.contains("newsdesk/config") && help.stdout.contains("bind KEY COMMAND"))
    }

    // 9. Articles without a date: by outlet and headline, no date column.
    @Test func undatedArticlesSortByOutletAndHeadline() throws {
        let walk = try Walk("Fixtures/reader/undated")
        defer { walk.removeHome() }
        let screen = try walk.ready("Bridge Inspection")
        let rows = Self.lines(screen).dropFirst().prefix(3)
        #expect(rows.map { $0.contains("Apple Harvest") } == [true, false, false])
        #expect(rows.map { $0.contains("Beach Cleanup") } == [false, true, false])
        #expect(rows.map { $0.contains("Bridge Inspection") } == [false, false, true])
        #expect(!screen.contains("—") && !screen.contains("2025"))
        #expect(Self.status(screen).contains("sorted by outlet and headline (no dates)"))
        try walk.quit()
    }
}
