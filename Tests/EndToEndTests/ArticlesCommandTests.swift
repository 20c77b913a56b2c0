import Foundation
import Testing

@Suite struct ArticlesCommandTests {
    @Test func listsTheSeedArticlesAsJSON() throws {
        // The seed articles by name: the rest of Fixtures holds bad pages and feeds on purpose.
        let output = try NewsdeskBinary.run(["articles", "--json", "Fixtures/000_74dc95e94b69c806.txt", "Fixtures/001_87c611ee5f6a8da8.txt"])
        #expect(output.status == 0)
        let articles = try NewsdeskBinary.jsonLines(output.stdout)
        let byName = Dictionary(uniqueKeysWithValues: articles.map { (URL(fileURLWithPath: $0["path"] as! String).lastPathComponent, $0) })
        let first = try #require(byName["000_74dc95e94b69c806.txt"])
        #expect(first["title"] as? String == "Rubio Urges Russia's Lavrov to Stop 'Killing' in Ukraine")
        #expect(first["date"] as? String == "2025-09-24")
        #expect(first["source"] is NSNull)
        #expect((first["paragraphs"] as? [String])?.count == 19)
        #expect((first["captions"] as? [String])?.count == 1)
        #expect(first["subheadings"] as? [String] == ["'Big fat missiles'"])
        let second = try #require(byName["001_87c611ee5f6a8da8.txt"])
        #expect(second["title"] is NSNull)
        #expect(second["author"] as? String == "Ahmed Kamel")
        #expect(second["source"] as? String == "Egypt Daily News")
        #expect((second["paragraphs"] as? [String])?.count == 14)
        // Only the page and feed fixtures that are bad on purpose (a binary page, an index page, a
        // malformed feed, duplicate GUIDs) have anything to say.
        let complaints = output.stderr.split(separator: "\n")
        #expect(complaints.allSatisfy { $0.contains("Fixtures/pages/") || $0.contains("Fixtures/feeds/") }, "\(output.stderr)")
    }

    @Test func defaultsToTheBundledSamplesFromAnyFolder() throws {
        let output = try NewsdeskBinary.run(["articles"], in: URL(fileURLWithPath: "/"))
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("Rubio Urges Russia's Lavrov to Stop 'Killing' in Ukraine"))
        #expect(lines[1].contains("Egypt Daily News"))
    }

    @Test func badFilesAreReportedOnStderrAndTheRestStillLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Quiet harbour.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("bad.txt"))
        let output = try NewsdeskBinary.run(["articles", "--json", folder.path])
        #expect(output.status == 0)
        #expect(try NewsdeskBinary.jsonLines(output.stdout).count == 1)
        #expect(output.stderr.contains("bad.txt: binary file"))
    }

    @Test func nothingReadableFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("bad.txt"))
        let output = try NewsdeskBinary.run(["articles", folder.path])
        #expect(output.status == 1)
    }

    @Test func aMissingPathOrABadFlagIsAUsageError() throws {
        let missing = try NewsdeskBinary.run(["articles", "no/such/folder"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no/such/folder: no such file or folder"))
        let badFlag = try NewsdeskBinary.run(["articles", "--no-such-flag"])
        #expect(badFlag.status == 64)
    }

    @Test func helpTeachesTheCommands() throws {
        let help = try NewsdeskBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("articles"))
        #expect(help.stdout.contains("Exit status"))
    }
}
