import Testing
@testable import NewsKit

@Suite struct CoverageTests {
    @Test func statementsAreCountedPerPersonAndOutlet() throws {
        let library = try StoryFixtures.library()
        let coverage = library.coverage
        // Most statements first; Coastal Post and Lowmoor Examiner have seven each.
        #expect(coverage.outlets == ["Northfield Courier", "Baltic Wire", "Coastal Post", "Lowmoor Examiner"])
        let top = try #require(coverage.rows.first)
        #expect(top.person.name == "Helga Mortensen" && top.total == 7)
        #expect(coverage.outlets.indices.map(top.statements(inColumn:)) == [3, 3, 0, 1])
        let vikstrom = try #require(coverage.rows.first { $0.person.name == "Sigrid Vikström" })
        #expect(vikstrom.total == 4 && coverage.outlets.indices.map(vikstrom.statements(inColumn:)) == [1, 1, 1, 1])
        // Every statement with a speaker is counted once.
        #expect(coverage.rows.map(\.total).reduce(0, +) == 31)
        #expect(coverage.rows.count == 14)
        #expect(coverage.row(of: top.person.id)?.total == 7)
    }

    @Test func theOutletFilterDropsColumnsAndPeople() throws {
        var library = try StoryFixtures.library()
        library.outletFilter = .only(["Coastal Post"])
        let coverage = library.coverage
        #expect(coverage.outlets == ["Coastal Post"])
        #expect(coverage.rows.map(\.person.name) == ["Agnes Brannagh", "Daniel Okafor", "Hugo Fenwick", "Maren Almqvist", "Nina Ambrose",
                                                     "Sigrid Vikström", "Tobias Renwick"])
        #expect(!coverage.rows.contains { $0.person.name == "Helga Mortensen" })
        library.outletFilter.showAll()
        #expect(library.coverage.rows.first?.person.name == "Helga Mortensen")
    }

    @Test func verbsAreCountedFoldedWithTheirForms() throws {
        let library = try StoryFixtures.library()
        let mortensen = try #require(StoryFixtures.person("Helga Mortensen", in: library))
        let verbs = library.verbs(of: mortensen.id)
        #expect(verbs.map(\.lemma) == ["say", "tell", "warn"])
        #expect(verbs.map(\.statements) == [5, 1, 1])
        #expect(verbs[0].forms == [.init(text: "said", statements: 4), .init(text: "says", statements: 1)])
        let warned = library.statements(of: mortensen.id, verb: "warn")
        #expect(warned.count == 1)
        let quote = library.corpus.articles[warned[0].article].quotes[warned[0].quote]
        #expect(quote.text.hasPrefix("People should keep away from the spillway"))
        let brannagh = try #require(StoryFixtures.person("Agnes Brannagh", in: library))
        #expect(library.verbs(of: brannagh.id).map(\.lemma) == ["say", "claim"])
        // The filter holds here too.
        var filtered = library
        filtered.outletFilter = .only(["Lowmoor Examiner"])
        #expect(filtered.verbs(of: mortensen.id).map(\.lemma) == ["say"])
        #expect(filtered.statements(of: mortensen.id, verb: "warn").isEmpty)
    }

    @Test(arguments: [
        ("said", "say"), ("Says", "say"), ("told", "tell"), ("warned", "warn"), ("warns", "warn"), ("warning", "warn"),
        ("noted", "note"), ("stated", "state"), ("states", "state"), ("stressed", "stress"), ("replied", "reply"),
        ("admitted", "admit"), ("argued", "argue"), ("claimed", "claim"), ("added", "add"), ("adding", "add"),
        ("denied", "denied"), ("quipped", "quipped"), ("according to", "according to"), (":", ":"),
    ])
    func cueVerbsFoldToTheirBase(_ form: String, _ lemma: String) {
        #expect(CueVerb.lemma(of: form) == lemma)
    }

    @Test func cuelessStatementsHaveALabel() {
        #expect(CueVerb.lemma(of: nil) == "")
        #expect(CueVerb.label(of: "") == "(no cue word)")
        #expect(CueVerb.label(of: ":") == ": (a colon)")
        #expect(CueVerb.label(of: "warn") == "warn")
    }
}
