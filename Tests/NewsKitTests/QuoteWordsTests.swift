import Testing
@testable import NewsKit

/// A quotation's words as its kind reads them: the ASCII reading (by bytes) and the general one (by
/// characters) agree.
@Suite struct QuoteWordsTests {
    @Test(arguments: [
        ("Fox News Sunday", 3, true),
        ("a nasty woman", 3, false),
        ("We will not give up the pier, and we will", 7, false),
        ("  Lyin'   Ted  ", 2, true),
        ("2024 - 25", 0, true),
        ("I would, Donald.", 3, false),
        ("I Would, Donald.", 3, true),
        ("", 0, true),
    ])
    func wordsWithALetterAreCounted(_ text: String, count: Int, allCapitalised: Bool) {
        let words = QuoteWords(text)
        #expect(words.count == count)
        if count > 0, count < QuoteWords.enough { #expect(words.allCapitalised == allCapitalised) }
    }

    /// The same words with a non-ASCII letter somewhere are read by characters, with the same answer.
    @Test func charactersAndBytesAgree() {
        for (ascii, other) in [("Fox News Sunday", "Fox News Sünday"), ("a nasty woman", "a nasty wömán"),
                               ("Morning Line 2", "Morning Line №2"), ("Oh", "Öh")] {
            #expect(QuoteWords(ascii).count == QuoteWords(other).count)
            #expect(QuoteWords(ascii).allCapitalised == QuoteWords(other).allCapitalised)
        }
    }

    @Test func titleCasedWordsAfterTheCountStopDoNotMatter() {
        #expect(QuoteWords("One Two Three Four Five Six Seven eight nine").count == QuoteWords.enough)
    }
}
