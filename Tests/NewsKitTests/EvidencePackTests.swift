import Foundation
import Testing
@testable import NewsKit

@Suite struct EvidencePackTests {
    static func pack(_ name: String) throws -> EvidencePack {
        let query = try StatementGroupsTests.outlets()
        let person = try #require(query.people(matching: name).first?.person)
        return try #require(EvidencePack(person: person.id, in: query))
    }

    @Test func namedStatementsComeFirstThenTheInferredMarkedWithTheirEvidence() throws {
        let pack = try Self.pack("Petra Lind")
        #expect(pack.entries.map(\.inferred) == [false, true])
        let inferred = pack.entries[1]
        #expect(inferred.source == "Fjord Courier" && inferred.inferredFrom == "outlets/Northern Ledger/bridge-closed.txt")
        #expect(inferred.sentence.hasPrefix("A spokesperson for the ministry said in a statement"))
        #expect(inferred.cue == nil && inferred.corrected == false)
        #expect(pack.entries[0].variants.map(\.source) == ["Fjord Courier"])
        #expect(pack.entries[0].statementId == inferred.statementId && inferred.statementId != nil)
    }

    @Test func markdownQuotesEachStatementWithItsSourceAndVariants() throws {
        let markdown = try Self.pack("Petra Lind").markdown
        #expect(markdown.hasPrefix("# Petra Lind: statements"))
        #expect(markdown.contains("> “Minister [Halvard] Strand's decision protects"))
        #expect(markdown.contains("(inferred from outlets/Northern Ledger/bridge-closed.txt"))
        #expect(markdown.contains("- Also in Fjord Courier, 2026-04-14 (no speaker named): “Minister Strand’s decision"))
    }

    @Test func csvHasOneRowPerStatementAndQuotesItsFields() throws {
        let csv = try Self.pack("Halvard Strand").csv
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.first == EvidencePack.csvHeader.joined(separator: ","))
        #expect(EvidencePack.csvField("say \"no\", then") == "\"say \"\"no\"\", then\"")
        #expect(EvidencePack.csvField("plain") == "plain")
        // Strand: five statements the articles give him, one inferred (the Fjord Courier names no speaker).
        #expect(csv.components(separatedBy: ",Halvard Strand,").count - 1 == 6)
    }

    @Test func jsonLinesHaveEveryKeyAndTheSchema() throws {
        let lines = try Self.pack("Petra Lind").jsonLines.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(EvidencePack.csvHeader + ["schema"]))
            #expect(object["schema"] as? Int == 1)
        }
    }
}
