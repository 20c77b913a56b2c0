import Foundation
import Testing

@Suite struct AnalysisCommandsTests {
    @Test func quotesListsStatementsWithSpeakersAndOffsets() throws {
        let output = try NewsdeskBinary.run(["quotes", "--json", "Fixtures/000_74dc95e94b69c806.txt"])
        #expect(output.status == 0)
        let quotes = try NewsdeskBinary.jsonLines(output.stdout)
        let wanted = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("If the world can't respond") == true })
        #expect(wanted["speaker"] as? String == "Volodymyr Zelensky")
        #expect(wanted["kind"] as? String == "full")
        // start/end count Unicode scalars of the file and point at the words inside the marks.
        let file = Array(try String(contentsOfFile: NewsdeskBinary.repository.appendingPathComponent("Fixtures/000_74dc95e94b69c806.txt").path, encoding: .utf8).unicodeScalars)
        let start = try #require(wanted["start"] as? Int), end = try #require(wanted["end"] as? Int)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: file[start..<end])
        // The file's text there is the quote, hard wraps aside.
        let collapsed = String(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(collapsed == wanted["text"] as? String)
        #expect(!quotes.contains { $0["kind"] as? String == "scare" })
        let withScare = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json", "--include-scare", "Fixtures/000_74dc95e94b69c806.txt"]).stdout)
        #expect(withScare.contains { $0["kind"] as? String == "scare" })
    }

    @Test func quotesFilterBySpeakerAndSource() throws {
        let zelensky = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json", "--speaker", "zelenskyy"]).stdout)
        #expect(zelensky.count >= 8)
        #expect(zelensky.allSatisfy { $0["speaker"] as? String == "Volodymyr Zelensky" })
        #expect(Set(zelensky.compactMap { $0["source"] as? String }) == ["Egypt Daily News"])
        #expect(zelensky.contains { $0["source"] is NSNull })
        let egypt = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json", "--source", "egypt daily news"]).stdout)
        #expect(!egypt.isEmpty && egypt.allSatisfy { $0["source"] as? String == "Egypt Daily News" })
    }

    @Test func peopleMergesAliasesAcrossOutlets() throws {
        let people = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["people", "--json"]).stdout)
        let zelensky = try #require(people.first { $0["name"] as? String == "Volodymyr Zelensky" })
        let aliases = zelensky["aliases"] as? [String] ?? []
        #expect(aliases.contains("Zelensky") && aliases.contains("Zelenskyy"))
        #expect((zelensky["articles"] as? [String])?.count == 2)
        #expect(people.first?["name"] as? String == "Volodymyr Zelensky") // most quoted first
    }

    @Test func quotesAndPeopleCarryTheirSchemaAndIDs() throws {
        let quotes = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["quotes", "--json"]).stdout)
        let people = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["people", "--json"]).stdout)
        #expect(!quotes.isEmpty && !people.isEmpty)
        for quote in quotes {
            #expect(Set(quote.keys) == ["schema", "quote_id", "article", "source", "speaker", "person_id", "text", "kind", "paragraph",
                                        "start", "end", "cue", "rule", "confidence", "corrected", "correction", "analysed_speaker",
                                        "analysed_person_id"])
            #expect(quote["schema"] as? Int == 1)
            #expect((quote["quote_id"] as? String)?.wholeMatch(of: /q[0-9a-f]{16}/) != nil)
        }
        #expect(Set(quotes.compactMap { $0["quote_id"] as? String }).count == quotes.count, "one ID a quote")
        for person in people {
            #expect(Set(person.keys) == ["schema", "person_id", "name", "aliases", "roles", "quotes", "articles"])
            #expect(person["schema"] as? Int == 1)
            #expect((person["person_id"] as? String)?.wholeMatch(of: /p[0-9a-f]{12}/) != nil)
        }
        // A quote's person_id is its speaker's in people --json.
        let ids = Dictionary(people.compactMap { p in (p["name"] as? String).map { ($0, p["person_id"] as? String) } }, uniquingKeysWith: { a, _ in a })
        for quote in quotes {
            if let speaker = quote["speaker"] as? String {
                #expect(quote["person_id"] as? String == ids[speaker] ?? nil, "\(speaker)")
            } else {
                #expect(quote["person_id"] is NSNull)
            }
        }
    }

    @Test func entitiesFilterByType() throws {
        let places = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["entities", "--json", "--type", "LOC", "Fixtures/001_87c611ee5f6a8da8.txt"]).stdout)
        #expect(!places.isEmpty && places.allSatisfy { $0["type"] as? String == "LOC" })
        #expect(places.contains { $0["text"] as? String == "New York" })
        let bad = try NewsdeskBinary.run(["entities", "--type", "PERSON"])
        #expect(bad.status == 64)
    }

    @Test func showMarksQuotesAndNamesInAPipe() throws {
        let output = try NewsdeskBinary.run(["show", "Fixtures/001_87c611ee5f6a8da8.txt"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("[Dmitry Peskov](PER)"))
        #expect(output.stdout.contains("⟨Dmitry Peskov⟩"))
        #expect(!output.stdout.contains("\u{1B}["))
    }
}
