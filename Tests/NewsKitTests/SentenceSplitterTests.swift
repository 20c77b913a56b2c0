import Testing
@testable import NewsKit

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, quoted: QuoteFinder.spans(in: scalars).map(\.content))
        return SentenceSplitter.sentences(in: tokens).map { range in
            String(scalars: scalars[tokens[range.lowerBound].range.start..<tokens[range.upperBound - 1].range.end])
        }
    }

    @Test(arguments: [
        ("Mr. Dorsey met Sen. Alvarez in the U.S. on Jan. 4. They talked.", ["Mr. Dorsey met Sen. Alvarez in the U.S. on Jan. 4.", "They talked."]),
        ("J. R. Hollis said prices rose 3.5 percent. Traders shrugged.", ["J. R. Hollis said prices rose 3.5 percent.", "Traders shrugged."]),
        ("We lost Tarnby... and then the mill. It hurt.", ["We lost Tarnby... and then the mill.", "It hurt."]),
        ("\"Is it over?\" he asked. \"Not yet.\" She left.", ["\"Is it over?\" he asked.", "\"Not yet.\"", "She left."]),
        ("The port closed (for now). Ships waited.", ["The port closed (for now).", "Ships waited."]),
        ("No terminator at the end", ["No terminator at the end"]),
    ])
    func splitsAtSentenceEnds(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func everyTokenBelongsToOneSentence() {
        let scalars = Array("One. Two! Three? \"Four.\" Five".unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars)
        let ranges = SentenceSplitter.sentences(in: tokens)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == tokens.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }
}
