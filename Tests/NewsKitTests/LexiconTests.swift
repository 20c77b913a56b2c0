import Testing
@testable import NewsKit

/// The word lists load into typed classes.
@Suite struct LexiconTests {
    @Test(arguments: Lexicon.WordClass.allCases)
    func everyWordClassHasWords(_ wordClass: Lexicon.WordClass) {
        #expect(!Lexicon.shared.words(wordClass).isEmpty, "no word of \(wordClass.name) in word-classes.tsv")
    }

    @Test func wordClassesAreNamedAsInTheWordList() {
        #expect(Lexicon.WordClass.subjectPronoun.name == "subject-pronoun")
        #expect(Lexicon.WordClass.calendar.name == "calendar")
        #expect(Lexicon.shared.word("he", is: .subjectPronoun))
        #expect(Lexicon.shared.word("his", is: .determiner))
        #expect(!Lexicon.shared.word("His", is: .determiner), "words are compared as written")
        #expect(Lexicon.shared.word("U.S.", is: .placeAbbreviation))
    }

    @Test func titlesHaveTheirClass() {
        #expect(Lexicon.shared.titles["president"] == .leader)
        #expect(Lexicon.shared.titles["secretary of state"] != nil)
        #expect(Lexicon.shared.titles["mr."] == .person)
        #expect(Lexicon.shared.titles["harbour"] == nil)
    }
}
