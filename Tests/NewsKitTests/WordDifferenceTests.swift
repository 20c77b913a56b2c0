import Testing
@testable import NewsKit

@Suite struct WordDifferenceTests {
    static func marked(_ text: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func aBracketedInsertionIsADifferencePunctuationAndMarksAreNot() {
        let wordings = ["reiterated President [Donald] Trump's call to stop,", "reiterated President Trump’s call to stop."]
        let differences = WordDifference.differences(among: wordings)
        #expect(Self.marked(wordings[0], differences[0]) == ["[Donald]"])
        #expect(differences[1].isEmpty)
    }

    @Test func aWordIsMarkedOnlyWhenNoOtherWordingHasIt() {
        let wordings = ["The bridge will stay closed, and we will not reopen it",
                        "will stay closed … we will not reopen it",
                        "The bridge will stay closed"]
        let differences = WordDifference.differences(among: wordings)
        #expect(Self.marked(wordings[0], differences[0]) == ["and"])
        #expect(differences[1].isEmpty && differences[2].isEmpty)
    }

    @Test func copiesOfOneWordingAreOneAndAManyWordedStatementStaysQuick() {
        let wordings = [String](repeating: "we will rebuild the pier this year", count: 5_000) + ["we will rebuild the old pier this year"]
        let differences = WordDifference.differences(among: wordings)
        #expect(differences.count == wordings.count)
        #expect(differences.dropLast().allSatisfy { $0.isEmpty })
        #expect(Self.marked(wordings.last!, differences.last!) == ["old"])
    }

    @Test func aComparisonReadsABoundedPrefixOfTheWordings() {
        // Two wordings in turn, 20,000 times: the comparison stops reading long before the end.
        var read = 0
        let wordings = (0..<20_000).lazy.map { n -> String in
            read += 1
            return n % 2 == 0 ? "we will rebuild the pier this year" : "we will rebuild the old pier this year"
        }
        let comparison = WordDifference.Comparison(wordings)
        #expect(read <= WordDifference.readWordings + 1)
        #expect(comparison.differences(of: "we will rebuild the old pier this year").count == 1)
        #expect(comparison.differences(of: "we will rebuild the pier this year").isEmpty)
        // A wording no reference has is compared with them all the same.
        #expect(comparison.differences(of: "we will rebuild the new pier this year").count == 1)
    }
}
