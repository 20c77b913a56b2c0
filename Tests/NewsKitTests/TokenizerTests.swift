import Testing
@testable import NewsKit

@Suite struct TokenizerTests {
    static func tokens(_ text: String, quoted: [TextRange] = []) -> [Token] {
        Tokenizer.tokens(in: Array(text.unicodeScalars), quoted: quoted)
    }

    @Test(arguments: [
        // Abbreviations keep their dot.
        ("The U.S. envoy met Mr. Brandt and Sen. Okafor.",
         ["The", "U.S.", "envoy", "met", "Mr.", "Brandt", "and", "Sen.", "Okafor", "."]),
        ("The ferry left on Jan. 5 at 9 a.m. from the quay.",
         ["The", "ferry", "left", "on", "Jan.", "5", "at", "9", "a.m.", "from", "the", "quay", "."]),
        ("The ferry left at 9 a.m.", ["The", "ferry", "left", "at", "9", "a.m."]),
        // Initials.
        ("The novelist K. L. Ambrose wrote it.", ["The", "novelist", "K.", "L.", "Ambrose", "wrote", "it", "."]),
        // Decimals and thousands.
        ("Fares rose 3.5 percent to 2,000 crowns.", ["Fares", "rose", "3.5", "percent", "to", "2,000", "crowns", "."]),
        // An ellipsis is one token.
        ("We waited... and waited.", ["We", "waited", "…", "and", "waited", "."]),
        ("We waited… and waited.", ["We", "waited", "…", "and", "waited", "."]),
        // Hyphenated words are one token.
        ("A well-known Nordland-Sudmark ferry pact.", ["A", "well-known", "Nordland-Sudmark", "ferry", "pact", "."]),
        // A period before a comma or a closing bracket stays with its word; a sentence's last period does not.
        ("She moved from Tampa, Fla., to Ostwick.", ["She", "moved", "from", "Tampa", ",", "Fla.", ",", "to", "Ostwick", "."]),
        ("Born in Tarnby, Ostl., she moved.", ["Born", "in", "Tarnby", ",", "Ostl.", ",", "she", "moved", "."]),
        ("They met (near Ostl.) on Friday.", ["They", "met", "(", "near", "Ostl.", ")", "on", "Friday", "."]),
        ("Ilse Marren left.", ["Ilse", "Marren", "left", "."]),
    ])
    func splitsIntoTokens(_ text: String, _ expected: [String]) {
        #expect(Self.tokens(text).map(\.text) == expected)
    }

    @Test func numbersAreNumberTokens() {
        let kinds = Self.tokens("Fares rose 3.5 percent to 2,000 crowns.").map(\.kind)
        #expect(kinds == [.word, .word, .number, .word, .word, .number, .word, .punctuation])
    }

    @Test func ellipsisCoversItsThreeDots() throws {
        let tokens = Self.tokens("We waited... and waited.")
        let ellipsis = try #require(tokens.first { $0.text == "…" })
        #expect(ellipsis.kind == .punctuation)
        #expect(ellipsis.range == TextRange(start: 9, end: 12))
        #expect(ellipsis.endsSentence)
    }

    @Test(arguments: ["Nordland's harbour reopened.", "Nordland’s harbour reopened.", "NORDLAND'S harbour reopened."])
    func possessiveIsFoldedIntoTheWord(_ text: String) throws {
        let tokens = Self.tokens(text)
        #expect(tokens.map(\.text) == [String(text.prefix(8)), "harbour", "reopened", "."])
        let first = try #require(tokens.first)
        #expect(first.isPossessive)
        #expect(tokens.dropFirst().allSatisfy { !$0.isPossessive })
    }

    @Test func innerApostropheIsPartOfTheWord() {
        let tokens = Self.tokens("The mayor doesn't mind and won't wait.")
        #expect(tokens.map(\.text) == ["The", "mayor", "doesn't", "mind", "and", "won't", "wait", "."])
        #expect(tokens.allSatisfy { !$0.isPossessive })
    }

    @Test(arguments: ["“Yes,” she said.", "\"Yes,\" she said.", "'Yes,' she said."])
    func quotationMarksAreQuoteTokens(_ text: String) {
        let tokens = Self.tokens(text)
        #expect(tokens.map(\.kind) == [.quote, .word, .punctuation, .quote, .word, .word, .punctuation])
        #expect(tokens.map(\.text)[1...] == ["Yes", ",", String(Array(text)[5]), "she", "said", "."])
    }

    @Test func tokensInsideTheQuotedRangesAreMarked() {
        let text = "“Go now,” said Ilse Marren. “Today.”"
        let quoted = [TextRange(start: 1, end: 8), TextRange(start: 29, end: 35)]
        let tokens = Self.tokens(text, quoted: quoted)
        let marked = tokens.map { "\($0.text)\($0.isQuoted ? "*" : "")" }
        #expect(marked == ["“", "Go*", "now*", ",*", "”", "said", "Ilse", "Marren", ".", "“", "Today*", ".*", "”"])
    }

    @Test func tokenRangesPointIntoTheText() {
        let text = "Mr. Brandt paid 2,000 crowns."
        let scalars = Array(text.unicodeScalars)
        for token in Self.tokens(text) {
            #expect(String(scalars: scalars[token.range.start..<token.range.end]) == token.text)
        }
    }
}
