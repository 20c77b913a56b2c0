import Foundation
import Testing

/// Everything the command line prints for a person goes through one rule (`ArticleLoader.printable`):
/// no escape sequence, control character or bidi formatting character from a path, an option or an
/// article's text reaches the terminal raw; and a Foundation error is one clear line, not a dump.
@Suite struct PrintableOutputTests {
    /// Scalars that must never be printed raw (the line breaks and tabs a listing uses aside).
    static func unsafeScalars(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
                || [0x061C, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains(s.value) || (0x202A...0x202E).contains(s.value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test(arguments: [["articles", "missing\u{1B}]0;PWN\u{07}\u{1B}[2J"], ["quotes", "--source", "x", "a\u{202E}txt.exe"],
                      ["show", "no\u{2066}such\u{1B}[2J"], ["articles", "--no\u{1B}[2Jsuch-flag"]])
    func usageErrorsAreEscaped(_ arguments: [String]) throws {
        let output = try NewsdeskBinary.run(arguments)
        #expect(output.status == 64)
        #expect(Self.unsafeScalars(in: output.stderr).isEmpty, "\(output.stderr.debugDescription)")
        #expect(output.stderr.hasPrefix("Error: "), "\(output.stderr)")
        #expect(output.stderr.contains(#"\u{1B}[2J"#) || output.stderr.contains(#"\u{202E}"#), "\(output.stderr)")
    }

    /// A file whose name and text carry bidi overrides and isolates: every listing shows them escaped.
    @Test(arguments: [["articles"], ["quotes"], ["quotes", "--include-scare"], ["people"], ["entities"], ["explain"]])
    func listingsEscapeBidiControls(_ command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bidi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Harbour \u{202E}Reopens\u{202C}\n\nBy Anna Holt, Baltic \u{2067}Wire\u{2069}\n\n"
            + "\"We will \u{202E}rebuild\u{202C} the pier \u{200F}now,\" Mayor Jonas \u{2066}Berg\u{2069} said on Tuesday.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("evil\u{202E}gpj.txt"))
        let output = try NewsdeskBinary.run(command + ["--no-cache", folder.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(!output.stdout.isEmpty)
        #expect(Self.unsafeScalars(in: output.stdout).isEmpty, "\(output.stdout.debugDescription)")
        if command != ["people"] { // the names found hold no bidi controls
            #expect(output.stdout.contains(#"\u{202E}"#), "\(output.stdout)")
        }
    }

    @Test func showEscapesBidiControls() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bidi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try Data("Harbour \u{202E}Reopens\n\n\"We will \u{202E}rebuild the pier,\" Mayor Jonas Berg said.\n".utf8).write(to: file)
        let output = try NewsdeskBinary.run(["show", "--plain", file.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.unsafeScalars(in: output.stdout).isEmpty, "\(output.stdout.debugDescription)")
        #expect(output.stdout.contains(#"Harbour \u{202E}Reopens"#), "\(output.stdout)")
    }

    /// The cache folder's place taken by a file: one warning line, the listing still made.
    @Test func aCacheFolderThatIsAFileIsOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-cachefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("newsdesk"))
        let output = try NewsdeskBinary.run(["people"], environment: ["XDG_CACHE_HOME": folder.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Volodymyr Zelensky"))
        #expect(output.stderr == "newsdesk: warning: no cache this time: \(folder.path)/newsdesk: a file is in the way (a folder is needed here)\n")
    }

    /// `generate` where it cannot write: under a file, and on a full disk (a file that is /dev/full).
    @Test func generateThatCannotWriteIsOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("000000.txt").path, withDestinationPath: "/dev/full")
        let full = try NewsdeskBinary.run(["generate", folder.path, "--articles", "2"])
        #expect(full.status == 1)
        #expect(full.stderr == "newsdesk: cannot write the corpus: \(folder.path)/000000.txt: No space left on device\n")
        let underAFile = try NewsdeskBinary.run(["generate", folder.path + "/000000.txt/corpus"])
        #expect(underAFile.status == 1)
        #expect(underAFile.stderr == "newsdesk: cannot write the corpus: \(folder.path)/000000.txt/corpus: a part of the path is a file, not a folder\n")
    }
}
