import Foundation
import Testing

@Suite struct VariantsCommandTests {
    @Test func variantsListsEachStatementGroupWithItsWordingsAndInferredSpeakers() throws {
        let output = try NewsdeskBinary.run(["variants", "--json", "Fixtures/outlets"])
        #expect(output.status == 0)
        let groups = try NewsdeskBinary.jsonLines(output.stdout)
        #expect(groups.count == 4)
        for group in groups {
            #expect(Set(group.keys) == ["schema", "statement_id", "speaker", "person_id", "variants"])
            #expect(group["schema"] as? Int == 1)
            for variant in try #require(group["variants"] as? [[String: Any]]) {
                #expect(Set(variant.keys) == ["quote_id", "article", "source", "text", "speaker", "inferred_from"])
            }
        }
        let lind = try #require(groups.first { $0["speaker"] as? String == "Petra Lind" })
        let variants = try #require(lind["variants"] as? [[String: Any]])
        let inferred = try #require(variants.first { $0["source"] as? String == "Fjord Courier" })
        #expect(inferred["speaker"] as? String == "Petra Lind")
        #expect(inferred["inferred_from"] as? String == "Fixtures/outlets/Northern Ledger/bridge-closed.txt")
        #expect(variants.first { $0["source"] as? String == "Northern Ledger" }?["inferred_from"] is NSNull)
        let strand = groups.filter { $0["speaker"] as? String == "Halvard Strand" }
        #expect(strand.map { ($0["variants"] as? [Any])?.count ?? 0 }.sorted() == [2, 3])
    }

    @Test func theSamplesStateDepartmentStatementIsOneGroupOfTwo() throws {
        let output = try NewsdeskBinary.run(["variants", "Fixtures/000_74dc95e94b69c806.txt", "Fixtures/001_87c611ee5f6a8da8.txt"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Tommy Pigott · 2 outlets · s"))
        #expect(output.stdout.contains("Egypt Daily News: “reiterated President Trump’s call"))
        #expect(output.stdout.contains("— Tommy Pigott (inferred)"))
    }

    @Test func exportWritesAPersonsEvidencePackInEachFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("variants-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("lind.csv")
        let written = try NewsdeskBinary.run(["export", "--person", "lind", "--format", "csv", "--output", csv.path, "Fixtures/outlets"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(written.stderr.contains("2 statements of Petra Lind written to"))
        let rows = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3 && rows[0].hasPrefix("quote_id,statement_id,text,sentence,speaker"))
        let markdown = try NewsdeskBinary.run(["export", "--person", "Petra Lind", "Fixtures/outlets"])
        #expect(markdown.stdout.hasPrefix("# Petra Lind: statements"))
        let json = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["export", "--person", "Petra Lind", "--format", "json", "Fixtures/outlets"]).stdout)
        #expect(json.map { $0["inferred"] as? Bool } == [false, true])
    }

    @Test(arguments: [
        (["export", "--person", "Nobody Atall", "Fixtures/outlets"], "no one named Nobody Atall"),
        (["export", "--person", "s", "Fixtures/outlets"], "fits"),
        (["export", "--person", "Petra Lind", "--format", "pdf", "Fixtures/outlets"], "--format is md, csv or json"),
        (["export", "--format", "csv"], "go with --person"),
    ])
    func exportSaysWhatIsWrongWithUsageStatus(_ arguments: [String], _ message: String) throws {
        let output = try NewsdeskBinary.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }
}
