import Testing
@testable import NewsKit

/// Names of things before a speech verb, forms of address and titles won are not people, and a name
/// with a role word before it is the person without that word.
@Suite struct NotAPersonTests {
    private func people(_ text: String) -> [String] {
        Analyzed.text(text).people.map(\.name)
    }

    @Test func formsOfAddressAndTitlesWonAreNoOne() {
        let names = people("""
        Ferry Vote Splits the Council

        "Will you resign, Mr. Chairman?" a fisherman asked. "Not today, Madam Secretary," Mr. Brack said.

        The winner, a former Miss Saltmarsk, watched from the gallery.
        """)
        #expect(!names.contains { $0.contains("Chairman") || $0.contains("Secretary") || $0.contains("Saltmarsk") }, "people: \(names)")
        #expect(names.contains("Brack"), "people: \(names)")
    }

    @Test func publicationsAndCountriesBeforeASpeechVerbAreNoOne() {
        let names = people("""
        Fact Checkers Weigh In

        "The claim is false," Tidal Gazette said on Monday. Tidal Gazette asked, "Where are the numbers?"

        TruthMeter says the figure is old. The People's Republic of Nordland said it would reply, and N. Korea said nothing.
        """)
        #expect(names.isEmpty, "people: \(names)")
    }

    /// A broadcast and a caucus named after people are organisations, not the people.
    @Test func showsAndCaucusesAreNoOne() {
        let article = Analyzed.text("""
        Ferry Fares on the Radio

        Maren Holt told the Maren Holt Morning Show that fares would rise. The Coastal Fishermen Caucus met later.
        "We will not pay," said Ivo Brandt.
        """)
        let names = article.people.map(\.name)
        #expect(!names.contains { $0.contains("Show") || $0.contains("Caucus") }, "people: \(names)")
        #expect(names.contains("Maren Holt") && names.contains("Ivo Brandt"), "people: \(names)")
        #expect(article.mentions.contains { $0.kind == .organization && $0.text == "Maren Holt Morning Show" })
    }

    /// A name ending in a feature of the land is a place, unless a given name (not also an ordinary word)
    /// opens it.
    @Test func islandsAndValleysArePlaces() {
        let article = Analyzed.text("""
        Ferry Link Approved

        The ferry to Long Island will run from Harwick Bay, where Greta Lake lives. "It is about time," Greta Lake said.
        """)
        let names = article.people.map(\.name)
        #expect(!names.contains { $0.contains("Island") || $0.contains("Bay") }, "people: \(names)")
        #expect(names.contains("Greta Lake"), "people: \(names)")
        #expect(article.mentions.contains { $0.kind == .place && $0.text == "Long Island" })
        #expect(article.mentions.contains { $0.kind == .place && $0.text == "Harwick Bay" })
    }

    /// The first words of a quotation open its sentence: an ordinary word there is no part of a name.
    @Test func aQuotationOpensASentence() {
        let names = people("""
        Harbour Row

        Ada Ostrander chairs the board. Pell Marrick wrote on Monday, “Did Ostrander read the plan? Notice Ostrander
        never answers.”
        """)
        #expect(names.contains("Ada Ostrander") && !names.contains { $0.hasPrefix("Did") || $0.hasPrefix("Notice") }, "people: \(names)")
    }

    @Test func aRoleWordBeforeAGivenNameIsARole() throws {
        let article = Analyzed.text("""
        Harbour Case Goes to Court

        Attorney Brad Okonkwo met former Miss Lighthouse Alicia Varga on Monday. "We will appeal," Okonkwo said.
        """)
        let names = article.people.map(\.name)
        #expect(names.contains("Brad Okonkwo") && names.contains("Alicia Varga"), "people: \(names)")
        let varga = try #require(article.people.first { $0.name == "Alicia Varga" })
        #expect(varga.roles == ["Miss Lighthouse"], "roles: \(varga.roles)")
    }

    @Test func aGivenNameTheArticleUsesAsAPlaceIsAPlace() {
        let names = people("""
        Blast in Chelsea Injures Nine

        Nine people were hurt in a Chelsea neighbourhood. At a briefing in Chelsea, the mayor, Ada Brisk, said there was "no evidence" of a plot.
        """)
        #expect(names == ["Ada Brisk"], "people: \(names)")
    }

    @Test func aHeadlineGivesTheFullNameOfWhomTheArticleNamesBySurname() {
        let article = Analyzed.text("""
        Ingrid Tallis Goes After Bram Vantreight Over The Ferry

        "He has no plan," Tallis said. Vantreight did not reply.
        """)
        let speaker = article.quotes.first.flatMap { article.speaker(of: $0)?.name }
        #expect(speaker == "Ingrid Tallis", "speaker: \(String(describing: speaker)); people: \(article.people.map(\.name))")
    }
}
