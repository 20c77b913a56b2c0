import Testing
@testable import NewsKit

@Suite struct CorpusTests {

    /// A corpus of the given articles, named `a.txt`, `b.txt`, … in order.
    static func corpus(_ texts: String...) -> Corpus {
        Corpus(articles: texts.enumerated().map { n, text in
            Analyzed.text(text, path: String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n)))) + ".txt")
        })
    }

    static func describe(_ people: [Person]) -> String {
        people.map { "\($0.name) \($0.aliases) \($0.articles) ×\($0.quoteCount)" }.joined(separator: "; ")
    }

    static func surnameKey(_ name: String) -> String {
        NameKey.fold(name.split(separator: " ").last.map(String.init) ?? name)
    }

    @Test func spellingVariantsAreOnePerson() throws {
        let corpus = Self.corpus(
            "Oleksandr Kovalenkyy said on Monday that the harbour cranes were too old.",
            "Port director Oleksandr Kovalenky said on Friday that new cranes had arrived."
        )
        let matching = corpus.people.filter { Self.surnameKey($0.name) == "kovalenky" }
        #expect(matching.count == 1, "people: \(Self.describe(corpus.people))")
        let person = try #require(matching.first)
        #expect(person.articles == ["a.txt", "b.txt"])
        let aliasWords = Set(person.aliases.flatMap { $0.split(separator: " ").map(String.init) })
        #expect(aliasWords.isSuperset(of: ["Kovalenkyy", "Kovalenky"]), "aliases: \(person.aliases)")
        #expect(person.roles.contains("Port director"), "roles: \(person.roles)")
    }

    @Test func sameSurnameDifferentGivenNamesStayTwo() {
        let corpus = Self.corpus(
            "Anna Holt said on Monday that the ferry would be late.",
            "Marcus Holt said on Tuesday that the bridge was closed."
        )
        let holts = corpus.people.filter { Self.surnameKey($0.name) == "holt" }
        #expect(holts.map(\.name).sorted() == ["Anna Holt", "Marcus Holt"], "people: \(Self.describe(corpus.people))")
        #expect(holts.allSatisfy { $0.articles.count == 1 }, "people: \(Self.describe(holts))")
    }

    @Test func surnameAloneJoinsTheOnePersonWithThatSurname() throws {
        let corpus = Self.corpus(
            "Oleksandr Kovalenkyy said on Monday that the harbour cranes were too old.",
            "Marcus Holt said on Tuesday that the bridge was closed.",
            "Kovalenky said the new cranes would arrive in May."
        )
        let matching = corpus.people.filter { Self.surnameKey($0.name) == "kovalenky" }
        #expect(matching.count == 1, "people: \(Self.describe(corpus.people))")
        let person = try #require(matching.first)
        #expect(person.name == "Oleksandr Kovalenkyy")
        #expect(person.articles == ["a.txt", "c.txt"])
        #expect(corpus.person(ArticlePerson.ID(index: 0), inArticle: 2) == person)
    }

    @Test func surnameAloneStaysApartWhenSeveralShareIt() {
        let corpus = Self.corpus(
            "Anna Holt said on Monday that the ferry would be late.",
            "Marcus Holt said on Tuesday that the bridge was closed.",
            "Holt said the harbour would reopen in May."
        )
        let holts = corpus.people.filter { Self.surnameKey($0.name) == "holt" }
        #expect(holts.map(\.name).sorted() == ["Anna Holt", "Holt", "Marcus Holt"], "people: \(Self.describe(corpus.people))")
        #expect(holts.allSatisfy { $0.articles.count == 1 }, "people: \(Self.describe(holts))")
    }

    @Test func peopleAreOrderedByQuoteCount() {
        let corpus = Self.corpus(
            """
            Marta Lindqvist visited the harbour on Monday with Tomas Ekwall.

            "The pier will be closed for a week," Marta Lindqvist said.
            """,
            """
            "We will rebuild the pier before the winter," Jonas Brenner said on Tuesday.

            "The ferries will use the northern quay until then," Jonas Brenner said.

            "Nobody will lose their job over this," Jonas Brenner added.
            """
        )
        #expect(corpus.people.map(\.name) == ["Jonas Brenner", "Marta Lindqvist", "Tomas Ekwall"],
                "people: \(Self.describe(corpus.people))")
        #expect(corpus.people.map(\.quoteCount) == [3, 1, 0], "people: \(Self.describe(corpus.people))")
    }

    @Test func quoteSpeakersAreRewrittenToTheDisplayName() throws {
        let corpus = Self.corpus(
            "\"The cranes are too old,\" Oleksandr Kovalenkyy said on Monday.",
            "\"New cranes have arrived,\" Oleksandr Kovalenky said on Friday.",
            "\"They work well,\" port director Oleksandr Kovalenky said on Saturday.",
            "\"We will need two more,\" Kovalenky said."
        )
        let matching = corpus.people.filter { Self.surnameKey($0.name) == "kovalenky" }
        #expect(matching.count == 1, "people: \(Self.describe(corpus.people))")
        let person = try #require(matching.first)
        // The full form most articles use.
        #expect(person.name == "Oleksandr Kovalenky")
        #expect(person.articles == ["a.txt", "b.txt", "c.txt", "d.txt"])
        #expect(person.quoteCount == 4)
        let speakers = corpus.articles.indices.map { a in corpus.articles[a].quotes.map { corpus.speaker(of: $0, inArticle: a)?.name } }
        #expect(speakers == Array(repeating: ["Oleksandr Kovalenky"], count: 4))
    }
}
