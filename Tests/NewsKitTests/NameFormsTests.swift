import Testing
@testable import NewsKit

/// One person however an article writes the name: a short given name (Joe, Chuck), a middle initial,
/// a suffix after the surname (Jr., III); different given names stay different people.
@Suite struct NameFormsTests {
    @Test(arguments: [
        ("Joe Brannigan", "Joseph R. Brannigan Jr."),
        ("Chuck Osei", "Charles Osei"),
        ("Bill Harrow", "William J. Harrow III"),
        ("Mary K. Ostrander", "Mary Ostrander"),
    ])
    func formsOfOneNameHaveOneKey(_ a: String, _ b: String) {
        let key = NameKey.firstAndLast(a.split(separator: " "))
        #expect(key != nil)
        #expect(key == NameKey.firstAndLast(b.split(separator: " ")))
    }

    @Test func differentGivenNamesOrSurnamesStayApart() {
        #expect(NameKey.firstAndLast(["Joe", "Brannigan"]) != NameKey.firstAndLast(["Josephine", "Brannigan"]))
        #expect(NameKey.firstAndLast(["Bill", "Harrow"]) != NameKey.firstAndLast(["Hillary", "Harrow"]))
        #expect(NameKey.surname("Joseph R. Brannigan Jr.") == NameKey.fold("Brannigan"))
        #expect(NameKey.firstAndLast(["Brannigan"]) == nil)
    }

    /// Across articles, and a surname alone joins the one person.
    @Test func theCorpusMakesOnePersonOfTheForms() throws {
        let corpus = Corpus(articles: [
            Analyzed.text("Joe Brannigan said on Monday that the harbour wall would hold.", path: "a.txt"),
            Analyzed.text("Joseph R. Brannigan Jr. said the council had been warned in May.", path: "b.txt"),
            Analyzed.text("\"We were told,\" Brannigan said of the storm.", path: "c.txt"),
        ])
        let people = corpus.people.filter { $0.name.contains("Brannigan") }
        #expect(people.count == 1, "people: \(corpus.people.map(\.name))")
        #expect(people.first?.articles.count == 3)
    }

    /// Two articles, two forms, one vote each: the form of more words is shown.
    @Test func theFullerFormIsShownOnATie() {
        let corpus = Corpus(articles: [
            Analyzed.text("Len Harrow, who runs the harbour trust, said the wall would hold.", path: "a.txt"),
            Analyzed.text("Leonard E. Harrow said the council had been warned in May.", path: "b.txt"),
        ])
        #expect(corpus.people.map(\.name).filter { $0.contains("Harrow") } == ["Leonard E. Harrow"], "people: \(corpus.people.map(\.name))")
    }

    /// In one article, both forms are one person.
    @Test func oneArticleMakesOnePersonOfTheForms() {
        let article = Analyzed.text("Joseph R. Brannigan Jr. spoke first. Later, Joe Brannigan said the wall would hold.")
        #expect(article.people.filter { $0.name.contains("Brannigan") }.count == 1, "people: \(article.people.map(\.name))")
    }
}
