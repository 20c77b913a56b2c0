import Testing
@testable import NewsKit

/// Pronouns and descriptions resolved to the people an article has named, through small articles.
@Suite struct DiscourseTests {

    static func speakers(_ analyzed: AnalyzedArticle) -> [String?] {
        analyzed.quotes.map { analyzed.speaker(of: $0)?.name }
    }

    static func aliases(of name: String, in analyzed: AnalyzedArticle) -> [String] {
        analyzed.people.first { $0.name == name }?.aliases ?? []
    }

    static func describe(_ analyzed: AnalyzedArticle) -> String {
        analyzed.people.map { "\($0.name) \($0.aliases) \($0.roles)" }.joined(separator: "; ")
    }

    @Test(arguments: [
        // The man is named last, so the nearest name is not the answer.
        ("Marta Lindqvist met Jonas Brenner at the harbour on Monday.", "she", "Marta Lindqvist"),
        ("Jonas Brenner met Marta Lindqvist at the harbour on Monday.", "he", "Jonas Brenner"),
        ("Jonas Brenner met Marta Lindqvist at the harbour on Monday.", "she", "Marta Lindqvist"),
        ("Marta Lindqvist met Jonas Brenner at the harbour on Monday.", "he", "Jonas Brenner"),
    ])
    func pronounGoesToThePersonOfItsGender(_ first: String, _ pronoun: String, _ speaker: String) throws {
        let analyzed = Analyzed.text("""
            \(first)

            "We will not close the pier this winter," \(pronoun) said.
            """)
        try #require(analyzed.quotes.count == 1, "quotes: \(analyzed.quotes.map(\.text))")
        #expect(Self.speakers(analyzed) == [speaker], "people: \(Self.describe(analyzed))")
        #expect(analyzed.quotes[0].attribution?.rule == .cueWithPronoun)
    }

    @Test func descriptionResolvesToThePersonWithThatTitle() throws {
        let analyzed = Analyzed.text("""
            Finance Minister Olav Brenner visited the harbour on Monday with Marta Lindqvist, who runs the ferry company.

            "The budget for the pier is tight," the minister said.
            """)
        try #require(analyzed.quotes.count == 1, "quotes: \(analyzed.quotes.map(\.text))")
        #expect(Self.speakers(analyzed) == ["Olav Brenner"], "people: \(Self.describe(analyzed))")
        #expect(analyzed.quotes[0].attribution?.rule == .cueWithDescription)
        #expect(analyzed.quotes[0].attribution?.mention == "the minister")
        #expect(Self.aliases(of: "Olav Brenner", in: analyzed).contains("the minister"), "people: \(Self.describe(analyzed))")
    }

    @Test func descriptionWithAMatchingNationalityResolves() throws {
        let analyzed = Analyzed.text("""
            Kenyan President Tomas Mwangi met the harbour delegation in Paris on Monday.

            "We are ready to sign the ferry agreement," the Kenyan leader said.
            """)
        try #require(analyzed.quotes.count == 1, "quotes: \(analyzed.quotes.map(\.text))")
        #expect(Self.speakers(analyzed) == ["Tomas Mwangi"], "people: \(Self.describe(analyzed))")
        #expect(Self.aliases(of: "Tomas Mwangi", in: analyzed).contains("the Kenyan leader"), "people: \(Self.describe(analyzed))")
    }

    /// A person whose role names no country does not conflict with a description that names one.
    @Test func descriptionWithANationalityResolvesToAPersonOfNoKnownNationality() throws {
        let analyzed = Analyzed.text("""
            Finance Minister Olav Brenner visited the harbour on Monday.

            "The budget for the pier is tight," the Norwegian minister said.
            """)
        try #require(analyzed.quotes.count == 1, "quotes: \(analyzed.quotes.map(\.text))")
        #expect(Self.speakers(analyzed) == ["Olav Brenner"], "people: \(Self.describe(analyzed))")
        #expect(Self.aliases(of: "Olav Brenner", in: analyzed).contains("the Norwegian minister"), "people: \(Self.describe(analyzed))")
    }

    /// `the Norwegian leader` is not the Kenyan president, however recently he was named.
    @Test(arguments: ["Norwegian", "Nordland"])
    func descriptionWithAConflictingNationalityDoesNotResolve(_ origin: String) throws {
        let analyzed = Analyzed.text("""
            Kenyan President Tomas Mwangi met the harbour delegation in Paris on Monday.

            "We are ready to sign the ferry agreement," the \(origin) leader said.
            """)
        try #require(analyzed.quotes.count == 1, "quotes: \(analyzed.quotes.map(\.text))")
        #expect(Self.speakers(analyzed) == [nil], "people: \(Self.describe(analyzed))")
        #expect(!Self.aliases(of: "Tomas Mwangi", in: analyzed).contains("the \(origin) leader"), "people: \(Self.describe(analyzed))")
    }

    @Test func positionsAreInReadingOrder() {
        typealias Position = Discourse.Position
        #expect(Position(block: 1, token: 5) < Position(block: 1, token: 6))
        #expect(Position(block: 1, token: 2_000_000) < Position(block: 2), "a block of any length stays before the next")
        #expect(Position(block: 2) == Position(block: 2, token: 0))
        #expect(Position(block: -1, token: 9) < Position(block: 0))
    }
}
