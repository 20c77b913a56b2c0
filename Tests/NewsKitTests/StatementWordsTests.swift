import Testing
@testable import NewsKit

@Suite struct StatementWordsTests {
    @Test func bracketsMarksCaseAndPunctuationAreNoDifference() {
        let a = StatementWords("reiterated President [Donald] Trump's call for the killing to stop,")
        let b = StatementWords("Reiterated president Trump’s call for the killing to stop.")
        #expect(a.wording == b.wording)
        #expect(a.count == 10) // trump, s: the apostrophe parts words as search does
    }

    @Test func anEllipsisCutsTheWordsIntoRuns() {
        let words = StatementWords("we will hold the line … and we will win the war... every one of us")
        #expect(words.runs.map(\.count) == [5, 6, 4])
        // No shingle spans an ellipsis.
        let whole = StatementWords("we will hold the line and we will win the war every one of us")
        #expect(words.shingles(length: 5).isSubset(of: whole.shingles(length: 5)))
        #expect(words.shingles(length: 5).count == 3)
    }

    @Test func anEmptyOrPunctuationOnlyQuoteHasNoWords() {
        #expect(StatementWords("…").runs.isEmpty)
        #expect(StatementWords("").count == 0)
    }
}
