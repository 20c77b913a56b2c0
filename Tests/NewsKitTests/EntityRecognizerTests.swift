import Testing
@testable import NewsKit

/// The names the analysis finds, driven through whole (small) articles.
@Suite struct EntityRecognizerTests {

    static func mentions(_ text: String) -> [Mention] {
        Analyzed.text(text).mentions
    }

    /// Each mention as `KIND text` (with `[role]` when there is one), for readable failures.
    static func describe(_ mentions: [Mention]) -> [String] {
        mentions.map { "\($0.kind.rawValue) \($0.text)" + ($0.role.map { " [\($0)]" } ?? "") }
    }

    @Test(arguments: [
        ("Finance Minister Olav Brenner said the harbour budget would be cut.", "Olav Brenner", "Finance Minister"),
        ("President Tomas Ekwall opened the new pier on Monday.", "Tomas Ekwall", "President"),
        // A role of capitalised words ending in a title.
        ("The vote will wait, Senate Majority Leader Petra Lindqvist said on Tuesday.", "Petra Lindqvist", "Senate Majority Leader"),
        ("Senate Majority Leader Petra Lindqvist said the vote would wait.", "Petra Lindqvist", "Senate Majority Leader"),
    ])
    func titleBecomesTheRole(_ text: String, _ name: String, _ role: String) throws {
        let mentions = Self.mentions(text)
        let person = try #require(mentions.first { $0.text == name }, "mentions: \(Self.describe(mentions))")
        #expect(person.kind == .person)
        #expect(person.role == role)
        // The title is not a name of its own, nor part of the person's name.
        #expect(!mentions.contains { $0.text.contains(role.split(separator: " ").last!) }, "mentions: \(Self.describe(mentions))")
    }

    @Test(arguments: [
        ("Members of the Harbour Workers Union walked out on Monday.", "Harbour Workers Union", Mention.Kind.organization),
        ("The Harbour Workers Union called a strike on Monday.", "Harbour Workers Union", .organization),
        ("Talks on the ferry route were held in Paris on Monday.", "Paris", .place),
        ("The ferry company also runs boats in Kenya.", "Kenya", .place),
        ("Flights to Phoenix were cancelled on Monday.", "Phoenix", .place),
        ("A Norwegian delegation arrived at the harbour on Monday.", "Norwegian", .misc),
    ])
    func namesAreTyped(_ text: String, _ name: String, _ kind: Mention.Kind) throws {
        let mentions = Self.mentions(text)
        let mention = try #require(mentions.first { $0.text == name }, "mentions: \(Self.describe(mentions))")
        #expect(mention.kind == kind, "mentions: \(Self.describe(mentions))")
        #expect(mention.role == nil)
    }

    /// A surname that is also a city is the person once the article has named them in full.
    @Test(arguments: [
        "Phoenix said the port would order new cranes next year.",
        "Asked about the cost, Phoenix said the port would order new cranes next year.",
        "The port will order new cranes next year, according to Phoenix.",
    ])
    func surnameAloneIsThePersonEvenWhenItIsAPlace(_ later: String) {
        let text = """
            Dana Phoenix, the director of the port, said on Monday that the cranes were too old.

            \(later)
            """
        let mentions = Self.mentions(text)
        #expect(Self.describe(mentions).contains("PER Dana Phoenix"), "mentions: \(Self.describe(mentions))")
        let alone = mentions.filter { $0.text == "Phoenix" }
        #expect(alone.count == 1, "mentions: \(Self.describe(mentions))")
        #expect(alone.allSatisfy { $0.kind == .person }, "mentions: \(Self.describe(mentions))")
    }

    @Test(arguments: [
        "Officials said the ferry would run again on Friday.",
        "But the mayor said the pier was safe.",
        "Critics say the plan came far too late.",
        "Residents said the water rose overnight.",
        "Later the mayor said the pier would reopen.",
    ])
    func sentenceInitialOrdinaryWordIsNotAName(_ text: String) {
        let mentions = Self.mentions(text)
        #expect(mentions.isEmpty, "mentions: \(Self.describe(mentions))")
    }

    @Test(arguments: [
        "Still, Olav Brenner said the pier was safe.",
        "Meanwhile Olav Brenner said the pier was safe.",
    ])
    func sentenceInitialOrdinaryWordIsLeftOutOfTheName(_ text: String) {
        let mentions = Self.mentions(text)
        #expect(Self.describe(mentions) == ["PER Olav Brenner"])
    }

    /// A headline in capitals: its capitals say nothing, so only names the body made known are found.
    @Test func headlineInCapitalsFindsOnlyNamesKnownFromTheBody() throws {
        let analyzed = Analyzed.text("""
            BRENNER VOWS NEW PIER FOR HARBOUR TOWN

            Finance Minister Olav Brenner said on Tuesday that the old pier in Ostwick would be rebuilt by spring.
            """)
        let headline = try #require(analyzed.article.blocks.firstIndex { $0.role == .headline })
        let inHeadline = analyzed.mentions.filter { $0.block == headline }
        #expect(Self.describe(inHeadline) == ["PER BRENNER"], "all mentions: \(Self.describe(analyzed.mentions))")
    }

    /// The first paragraph of a body may be a title-case sub-headline, but a sentence with a full
    /// stop whose words are mostly names is still a sentence.
    @Test(arguments: [
        ("Finance Minister Olav Brenner met the Harbour Workers Union in Paris on Monday.",
         ["PER Olav Brenner [Finance Minister]", "ORG Harbour Workers Union", "LOC Paris"]),
        ("Jonas Brenner visited Paris.", ["PER Jonas Brenner", "LOC Paris"]),
    ])
    func openingSentenceFullOfNamesKeepsItsNames(_ text: String, _ expected: [String]) {
        #expect(Self.describe(Self.mentions(text)) == expected)
        // The same sentence after another paragraph.
        #expect(Self.describe(Self.mentions("The ferry strike began on Monday.\n\n" + text)) == expected)
    }

    @Test func mentionRangesPointIntoTheirBlock() {
        let analyzed = Analyzed.text("""
            The ferry strike began on Monday.

            Finance Minister Olav Brenner met the Harbour Workers Union in Paris on Monday.

            A Norwegian delegation joined them.
            """)
        #expect(Self.describe(analyzed.mentions) == [
            "PER Olav Brenner [Finance Minister]", "ORG Harbour Workers Union", "LOC Paris", "MISC Norwegian",
        ])
        for mention in analyzed.mentions {
            let scalars = Array(analyzed.article.blocks[mention.block].text.unicodeScalars)
            #expect(String(scalars: scalars[mention.range.start..<mention.range.end]) == mention.text)
        }
    }
}
