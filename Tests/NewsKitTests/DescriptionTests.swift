import Testing
@testable import NewsKit

/// A description (`the Democratic nominee`, `the Burmese leader`) points back only at someone it fits.
@Suite struct DescriptionTests {
    @Test func aPartyInTheDescriptionMeansSomeoneOfThatParty() {
        let article = Analyzed.text("""
        Two Nominees Tour the Coast

        Republican presidential nominee Bram Vantreight spoke in Saltmarsk on Monday.

        Ingrid Tallis says she is thrilled. The Democratic presidential nominee says "every harbour deserves a dredger."
        """)
        let speaker = article.quotes.first.flatMap { article.speaker(of: $0)?.name }
        #expect(speaker == nil, "speaker: \(String(describing: speaker))")
        let vantreight = article.people.first { $0.name == "Bram Vantreight" }
        #expect(vantreight?.aliases.contains { $0.contains("Democratic") } == false, "aliases: \(vantreight?.aliases ?? [])")
    }

    @Test func aPartyBeforeANameTiesThePersonToIt() {
        let article = Analyzed.text("""
        Two Nominees Tour the Coast

        Republican presidential nominee Bram Vantreight spoke in Saltmarsk on Monday. Democratic presidential nominee Ingrid Tallis spoke in Port Ellery.

        The Democratic presidential nominee says "every harbour deserves a dredger."
        """)
        let speaker = article.quotes.first.flatMap { article.speaker(of: $0)?.name }
        #expect(speaker == "Ingrid Tallis", "speaker: \(String(describing: speaker))")
    }

    @Test func aDescriptionSetOffAfterANameDescribesThatPerson() {
        let article = Analyzed.text("""
        Harbour Honours Its Founder

        President Bram Vantreight met Mitch Harrow on Monday.

        Vantreight has had a frosty relationship with Harrow, now the Senate majority leader, who once called him "a drifting anchor."
        """)
        let names = article.people.filter { $0.aliases.contains("the Senate majority leader") }.map(\.name)
        #expect(names == ["Mitch Harrow"], "people described: \(names)")
    }

    @Test func aDescriptionSetOffAfterAnotherNameIsNotSomeoneEarlier() {
        let article = Analyzed.text("""
        Harbour Honours Its Founder

        President Bram Vantreight opened the museum on Monday.

        The hall is named for the daughter of Oskar Tamm, the Nordland leader who built the first pier.
        """)
        let vantreight = article.people.first { $0.name == "Bram Vantreight" }
        #expect(vantreight?.aliases.contains { $0.contains("leader") } == false, "aliases: \(vantreight?.aliases ?? [])")
    }
}
