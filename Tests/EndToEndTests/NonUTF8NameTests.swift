import Foundation
import Testing

/// Files and folders whose names are not UTF-8 (`caf\xE9.txt`, `r\xE9sum\xE9s/`), in a folder or named
/// on the command line as the raw bytes (printf in a shell): every command loads them, shows the name
/// with the stray bytes escaped, and exits 0.
@Suite(.timeLimit(.minutes(2))) struct NonUTF8NameTests {
    /// `DIR/caf\xE9.txt` and `DIR/r\xE9sum\xE9s/a.txt`, made through the shell's printf (octal: dash too).
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-names-\(UUID().uuidString)")
        var path: String { url.path }
        /// The shell words for the file and the folder, as raw bytes.
        var file: String { "\"\(path)/$(printf 'caf\\351.txt')\"" }
        var folder: String { "\"\(path)/$(printf 'r\\351sum\\351s')\"" }
        static let article = "Harbour Reopens\n\nAnna Holt – Baltic Wire\n\n\"We will rebuild the pier,\" Mayor Jonas Berg said on Tuesday.\n"

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(Self.article.utf8).write(to: url.appendingPathComponent("article.txt"))
            let made = try NewsdeskBinary.shell("cp '\(path)/article.txt' \(file) && mkdir \(folder) && cp '\(path)/article.txt' \(folder)/a.txt && rm '\(path)/article.txt'")
            try #require(made.status == 0, "\(made.stderr)")
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func aFolderHoldingSuchNamesListsThemEscaped() throws {
        let folder = try Folder()
        let listed = try NewsdeskBinary.shell("\"$NEWSDESK\" articles '\(folder.path)'")
        #expect(listed.status == 0)
        #expect(listed.stderr == "")
        #expect(listed.stdout.contains("Harbour Reopens"))
        #expect(listed.stdout.contains("\(folder.path)/caf\\xE9.txt\n"))
        #expect(listed.stdout.contains("\(folder.path)/r\\xE9sum\\xE9s/a.txt\n"))
    }

    @Test func aFolderWithSuchANameNamedDirectlyLoads() throws {
        let folder = try Folder()
        let listed = try NewsdeskBinary.shell("\"$NEWSDESK\" articles \(folder.folder)")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr == "")
        #expect(listed.stdout.hasSuffix("  \(folder.path)/r\\xE9sum\\xE9s/a.txt\n"))
    }

    /// Each listing command, named the file directly; the JSON carries the escaped path.
    @Test(arguments: ["articles", "articles --json", "quotes", "quotes --json", "people", "people --json", "entities", "entities --json", "show"])
    func aFileWithSuchANameNamedDirectlyLoads(command: String) throws {
        let folder = try Folder()
        let output = try NewsdeskBinary.shell("\"$NEWSDESK\" \(command) \(folder.file)")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr == "")
        switch command {
        case "articles", "quotes", "entities": #expect(output.stdout.contains("\(folder.path)/caf\\xE9.txt"))
        case "people": #expect(output.stdout.contains("Jonas Berg"))
        case "show": #expect(output.stdout.contains("⟨Jonas Berg⟩"))
        default:
            let objects = try NewsdeskBinary.jsonLines(output.stdout)
            #expect(!objects.isEmpty)
            let key = command.hasPrefix("articles") ? "path" : "article"
            if !command.hasPrefix("people") {
                #expect(objects.allSatisfy { $0[key] as? String == "\(folder.path)/caf\\xE9.txt" })
            }
        }
    }

    /// A second run takes the file from the cache (same output), and a name that only looks alike
    /// (what the bytes were repaired to) is still not found.
    @Test func theCacheKeepsItAndARepairedNameIsStillMissing() throws {
        let folder = try Folder()
        let first = try NewsdeskBinary.shell("\"$NEWSDESK\" quotes \(folder.file)")
        let second = try NewsdeskBinary.shell("\"$NEWSDESK\" quotes \(folder.file)")
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout && !first.stdout.isEmpty)
        let missing = try NewsdeskBinary.shell("\"$NEWSDESK\" articles \"\(folder.path)/$(printf 'caf\\350.txt')\"")
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("\(folder.path)/caf\\xE8.txt: no such file or folder"))
    }

    /// `generate` makes the folder named, by its bytes (not one named with U+FFFD instead).
    @Test func generateWritesIntoSuchAFolder() throws {
        let folder = try Folder()
        let target = "\"\(folder.path)/$(printf 'n\\351w')/corpus\""
        let output = try NewsdeskBinary.shell("\"$NEWSDESK\" generate \(target) --articles 2 && test -f \(target)/000001.txt && test -f \(target)/gold.jsonl && echo WRITTEN")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "WRITTEN\n")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func theReaderOpensSuchAFile() throws {
        let folder = try Folder()
        let tmux = try Tmux("env -u LINES -u COLUMNS '\(NewsdeskBinary.url.path)' \(folder.file) \(folder.folder)",
                            environment: ["XDG_CACHE_HOME": NewsdeskBinary.cacheFolder])
        var screen = try tmux.waitFor(20) { $0.contains("Harbour Reopens") && $0.contains("/2 articles") || $0.contains("[exited") }
        #expect(!screen.contains("[exited"))
        try tmux.send("q")
        screen = try tmux.waitFor(5) { $0.contains("[exited") }
        #expect(screen.contains("[exited 0]"))
        #expect(!screen.contains("no such file"))
    }
}
