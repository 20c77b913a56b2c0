import Foundation
import Testing

/// `newsdesk correct` and `newsdesk corrections`, end to end, each test in data homes of its own, on
/// the invented articles of `Fixtures/corrections`.
@Suite struct CorrectionCommandsTests {
    /// A data home (the library) and a cache home of one test's own.
    final class Home {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-corrections-\(UUID().uuidString)")
        var environment: [String: String] {
            ["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        }
        func run(_ arguments: String...) throws -> NewsdeskBinary.Output {
            try NewsdeskBinary.run(arguments, environment: environment)
        }
        func json(_ arguments: String...) throws -> [[String: Any]] {
            let output = try NewsdeskBinary.run(arguments, environment: environment)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            return try NewsdeskBinary.jsonLines(output.stdout)
        }
        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static let articles = "Fixtures/corrections"
    static let silt = "The silt has to go somewhere."

    static func quoteID(_ text: String, in home: Home) throws -> String {
        try #require(try home.json("quotes", "--json", "--include-scare", articles).first { $0["text"] as? String == text }?["quote_id"] as? String)
    }

    @Test func aCorrectedSpeakerShowsInEveryListingAndSurvivesAnalysisAgain() throws {
        let home = Home()
        let silt = try Self.quoteID(Self.silt, in: home)
        let made = try home.run("correct", silt, "--speaker", "brennick", Self.articles)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("corrected: “The silt has to go somewhere.” — Orla Brennick (was Tomas Vell)"))

        // Through the cache, and analysed again without it: the same correction applies.
        for flags in [[], ["--no-cache"]] {
            let quotes = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json"] + flags + [Self.articles], environment: home.environment).stdout)
            let record = try #require(quotes.first { $0["quote_id"] as? String == silt })
            #expect(record["corrected"] as? Bool == true && record["correction"] as? String == "speaker")
            #expect(record["speaker"] as? String == "Orla Brennick" && record["analysed_speaker"] as? String == "Tomas Vell")
            #expect(record["schema"] as? Int == 1)
            #expect(quotes.filter { $0["corrected"] as? Bool == true }.count == 1)
        }
        let plain = try home.run("quotes", "--speaker", "brennick", Self.articles)
        #expect(plain.stdout.contains("Orla Brennick (corrected): “The silt has to go somewhere.”"))
        let people = try home.json("people", "--json", Self.articles)
        #expect(people.first { $0["name"] as? String == "Orla Brennick" }?["quotes"] as? Int == 3)
        #expect(people.first { $0["name"] as? String == "Tomas Vell" }?["quotes"] as? Int == 1)

        let listed = try home.json("corrections", "--json")
        #expect(listed.count == 1)
        let record = try #require(listed.first)
        #expect(record["quote_id"] as? String == silt && record["correction"] as? String == "speaker")
        #expect(record["speaker"] as? String == "Orla Brennick" && (record["person_id"] as? String)?.hasPrefix("p") == true)
        #expect(record["text"] as? String == Self.silt && record["schema"] as? Int == 1)
        #expect(Set(record.keys) == ["schema", "quote_id", "correction", "speaker", "person_id", "text", "article", "made_at"])
        let lines = try home.run("corrections")
        #expect(lines.stdout.hasPrefix("\(silt)\tOrla Brennick\t“The silt has to go somewhere.”\t"))

        // Undo gives the analysis back; there is nothing more to undo.
        let undone = try home.run("correct", silt, "--undo")
        #expect(undone.status == 0 && undone.stdout.contains("now as the analysis found"))
        #expect(try home.json("quotes", "--json", Self.articles).first { $0["quote_id"] as? String == silt }?["speaker"] as? String == "Tomas Vell")
        let again = try home.run("correct", silt, "--undo")
        #expect(again.status == 66 && again.stderr.contains("has no correction to undo"))
    }

    @Test func noSpeakerAndNotAQuote() throws {
        let home = Home()
        let silt = try Self.quoteID(Self.silt, in: home)
        let crews = try Self.quoteID("Nobody asked the crews,", in: home)
        #expect(try home.run("correct", silt, "--not-a-quote", Self.articles).status == 0)
        #expect(try home.run("correct", crews, "--no-speaker", Self.articles).status == 0)
        let quotes = try home.json("quotes", "--json", "--include-scare", Self.articles)
        #expect(!quotes.contains { $0["quote_id"] as? String == silt })
        let unattributed = try #require(quotes.first { $0["quote_id"] as? String == crews })
        #expect(unattributed["speaker"] is NSNull && unattributed["correction"] as? String == "no_speaker")
        #expect(unattributed["analysed_speaker"] as? String == "Tomas Vell")
        #expect(try home.json("people", "--json", Self.articles).first { $0["name"] as? String == "Tomas Vell" }?["quotes"] as? Int == 0)
        #expect(Set(try home.json("corrections", "--json").compactMap { $0["correction"] as? String }) == ["not_a_quote", "no_speaker"])
        // A title with no speaker stays a title: listed with --include-scare only.
        let title = try Self.quoteID("Blue Channel", in: home)
        #expect(try home.run("correct", title, "--no-speaker", Self.articles).status == 0)
        #expect(try home.json("quotes", "--json", "--include-scare", Self.articles).first { $0["quote_id"] as? String == title }?["corrected"] as? Bool == true)
        #expect(try !home.json("quotes", "--json", Self.articles).contains { $0["quote_id"] as? String == title })
    }

    @Test(arguments: [
        (["correct", "q0000000000000000", "--no-speaker"], Int32(66), "no quote q0000000000000000"),
        (["correct", "SILT", "--speaker", "nobody-of-that-name"], Int32(65), "nobody called “nobody-of-that-name”"),
        (["correct", "SILT", "--speaker", "l"], Int32(65), "“l” could be 3 people"),
        (["correct", "SILT"], Int32(64), "give one of --speaker"),
        (["correct", "SILT", "--no-speaker", "--not-a-quote"], Int32(64), "give one of --speaker"),
        (["correct", "not-an-id", "--no-speaker"], Int32(64), "is not a quote ID"),
        (["corrections", "--export", "a", "--import", "b"], Int32(64), "one at a time"),
        (["corrections", "--import", "/nonexistent/corrections.jsonl"], Int32(66), "no such file"),
    ])
    func mistakesEndWithTheirStatus(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let home = Home()
        let silt = try Self.quoteID(Self.silt, in: home)
        let named = arguments.map { $0 == "SILT" ? silt : $0 } + (arguments.first == "correct" ? [Self.articles] : [])
        let output = try NewsdeskBinary.run(named, environment: home.environment)
        #expect(output.status == status, "\(output.stderr)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
        if message.contains("could be") {
            #expect(output.stderr.contains("Orla Brennick") && output.stderr.contains("Tomas Vell") && output.stderr.contains("Ada Quill"))
        }
        #expect(try home.json("corrections", "--json").isEmpty)
    }

    /// A team shares corrections: exported from one library, imported into another (merging), twice.
    @Test func exportedCorrectionsImportIntoAnotherLibrary() throws {
        let mine = Home(), theirs = Home()
        let silt = try Self.quoteID(Self.silt, in: mine)
        let fuel = try Self.quoteID("Fuel has doubled and the boats are old,", in: mine)
        #expect(try mine.run("correct", silt, "--speaker", "Orla Brennick", Self.articles).status == 0)
        #expect(try mine.run("correct", fuel, "--no-speaker", Self.articles).status == 0)
        let file = mine.folder.appendingPathComponent("team.jsonl")
        let exported = try mine.run("corrections", "--export", file.path)
        #expect(exported.status == 0 && exported.stderr.contains("2 corrections written"))
        // Theirs has a correction of its own for one of the quotes, and one for a quote we do not have.
        #expect(try theirs.run("correct", fuel, "--speaker", "quill", Self.articles).status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        text += #"{"schema":1,"quote_id":"q00000000000000ff","correction":"no_speaker","text":"Elsewhere.","article":"other.txt"}"# + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)

        let imported = try theirs.run("corrections", "--import", file.path, Self.articles)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 corrections in \(file.path): 1 added, 1 replaced, 0 unchanged, 1 skipped"))
        let quotes = try theirs.json("quotes", "--json", Self.articles)
        #expect(quotes.first { $0["quote_id"] as? String == silt }?["speaker"] as? String == "Orla Brennick")
        #expect(quotes.first { $0["quote_id"] as? String == fuel }?["speaker"] is NSNull)
        // Their own correction comes back on undo.
        #expect(try theirs.run("correct", fuel, "--undo").stdout.contains("now Ada Quill (an earlier correction)"))
        let twice = try theirs.run("corrections", "--import", file.path, Self.articles)
        #expect(twice.stdout.contains("0 added, 1 replaced, 1 unchanged, 1 skipped"), "\(twice.stdout)")

        // A JSON array reads too.
        let array = mine.folder.appendingPathComponent("team.json")
        try ("[" + text.split(separator: "\n").joined(separator: ",") + "]").write(to: array, atomically: true, encoding: .utf8)
        let fromArray = try Home().run("corrections", "--import", array.path, Self.articles)
        #expect(fromArray.stdout.contains("3 corrections in \(array.path): 2 added, 0 replaced, 0 unchanged, 1 skipped"), "\(fromArray.stdout)")
    }

    @Test func aFileThatIsNotCorrectionsImportsNothing() throws {
        let home = Home()
        try FileManager.default.createDirectory(at: home.folder, withIntermediateDirectories: true)
        let file = home.folder.appendingPathComponent("bad.jsonl")
        let silt = try Self.quoteID(Self.silt, in: home)
        try """
            {"schema":1,"quote_id":"\(silt)","correction":"not_a_quote","text":"x","article":"y"}

            {"schema":1,"quote_id":"\(silt)","correction":"mumbled","text":"x","article":"y"}
            """.write(to: file, atomically: true, encoding: .utf8)
        let output = try home.run("corrections", "--import", file.path, Self.articles)
        #expect(output.status == 65)
        #expect(output.stderr.contains("bad.jsonl:3: unknown correction “mumbled”"), "\(output.stderr)")
        #expect(try home.json("corrections", "--json").isEmpty)
    }
}
