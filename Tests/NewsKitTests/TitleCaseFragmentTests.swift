import Testing
@testable import NewsKit

/// A headline's title-case words before a name are no role of that person.
@Suite struct TitleCaseFragmentTests {
    @Test func wordsOfAHeadlineBeforeANameAreNoRole() throws {
        let article = Analyzed.text("""
        31 Voters Share Their Most Honest Thoughts On Ingrid Tallis

        "She listens," said one fisherman. Ingrid Tallis thanked the voters on Monday.
        """)
        let tallis = try #require(article.people.first { $0.name == "Ingrid Tallis" }, "people: \(article.people.map(\.name))")
        #expect(!tallis.aliases.contains { $0.contains("Thoughts") }, "aliases: \(tallis.aliases)")
        #expect(!tallis.roles.contains { $0.contains("Thoughts") }, "roles: \(tallis.roles)")
    }
}
