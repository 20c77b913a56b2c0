import Foundation
import Testing
@testable import NewsKit

@Suite struct StatementGroupsTests {
    /// `Fixtures/outlets/expected.json`.
    struct Expected: Decodable {
        struct Wording: Decodable {
            var article: String
            var starts: String
            var speaker: String?
            var from: String?
        }
        struct Group: Decodable {
            var speaker: String
            var outlets: Int
            var variants: [Wording]
        }
        var groups: [Group]
        var inferred: [Wording]
        var apart: [Wording]
    }

    static let articles = ["Fjord Courier/bridge-closed.txt", "Kessby Daily/bridge-closed.txt",
                           "Northern Ledger/bridge-closed.txt", "Northern Ledger/survey.txt"]

    static func outlets(order: [String] = articles) throws -> CorpusQuery {
        CorpusQuery(corpus: Corpus(articles: try order.map { try Analyzed.fixture("outlets/" + $0) }))
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: FixtureFiles.folder.appendingPathComponent("outlets/expected.json")))
    }

    /// The statement of an article whose words start so.
    static func statement(_ wording: Expected.Wording, in query: CorpusQuery) throws -> CorpusQuery.Statement {
        let a = try #require(query.corpus.articles.firstIndex { $0.article.path == "outlets/" + wording.article })
        let q = try #require(query.corpus.articles[a].quotes.firstIndex { $0.text.hasPrefix(wording.starts) }, "\(wording.starts)")
        return CorpusQuery.Statement(article: a, quote: q)
    }

    @Test func outletFixturesGroupAsExpected() throws {
        let query = try Self.outlets(), expected = try Self.expected()
        #expect(query.statementGroups.groups.count == expected.groups.count)
        for group in expected.groups {
            let statements = try group.variants.map { try Self.statement($0, in: query) }
            let found = try #require(query.statementGroups.group(of: statements[0]), "\(group.variants[0].starts)")
            #expect(Set(found.statements) == Set(statements), "\(group.variants[0].starts)")
            #expect(found.outlets == group.outlets)
            #expect(found.speaker.flatMap(query.person)?.name == group.speaker)
        }
    }

    @Test func anUnnamedSpeakerIsInferredFromAnotherOutlet() throws {
        let query = try Self.outlets(), expected = try Self.expected()
        for wording in expected.inferred {
            let statement = try Self.statement(wording, in: query)
            #expect(query.corpus.articles[statement.article].quotes[statement.quote].attribution == nil)
            let inference = try #require(query.inferredSpeaker(of: statement), "\(wording.starts)")
            #expect(query.person(inference.person)?.name == wording.speaker)
            if let from = wording.from {
                #expect(query.corpus.articles[inference.evidence.article].article.path == "outlets/" + from)
            }
            #expect(query.speaker(of: statement)?.inferred == inference)
        }
        // Counted apart: Petra Lind said one statement herself and is inferred for another.
        let lind = try #require(query.people(matching: "Petra Lind").first?.person)
        #expect(query.statements(of: lind.id).count == 1)
        #expect(query.inferredStatements(of: lind.id).count == 1)
        // A quote its article attributes is never inferred.
        for group in query.statementGroups.groups {
            for statement in group.statements where query.corpus.articles[statement.article].quotes[statement.quote].attribution != nil {
                #expect(query.inferredSpeaker(of: statement) == nil)
            }
        }
    }

    @Test func aShortCommonPhraseSaidByTwoPeopleStaysTwoStatements() throws {
        let query = try Self.outlets(), expected = try Self.expected()
        for wording in expected.apart {
            #expect(query.statementGroups.group(of: try Self.statement(wording, in: query)) == nil, "\(wording.starts)")
        }
    }

    @Test func theSamplesStateDepartmentStatementIsOneGroupOfTwoWithTheSpeakerInferred() throws {
        let samples = try ["000_74dc95e94b69c806.txt", "001_87c611ee5f6a8da8.txt"].map { try Analyzed.fixture($0) }
        let query = CorpusQuery(corpus: Corpus(articles: samples))
        let reiterated = query.statementGroups.groups.filter {
            query.corpus.articles[$0.statements[0].article].quotes[$0.statements[0].quote].text.hasPrefix("reiterated")
        }
        let group = try #require(reiterated.first)
        #expect(reiterated.count == 1 && group.statements.count == 2 && group.outlets == 2)
        #expect(group.speaker.flatMap(query.person)?.name == "Tommy Pigott")
        let unnamed = try #require(group.statements.first { query.corpus.articles[$0.article].quotes[$0.quote].attribution == nil })
        #expect(query.inferredSpeaker(of: unnamed)?.person == group.speaker)
        // "paper tiger" (Trump) and "Russia is a bear, not a paper tiger" (Peskov) are not one statement.
        #expect(query.statementGroups.groups.allSatisfy { $0.statements.allSatisfy {
            !query.corpus.articles[$0.article].quotes[$0.quote].text.contains("paper tiger")
        } })
    }

    @Test func idsDoNotDependOnTheOrderArticlesAreRead() throws {
        let forward = try Self.outlets(), backward = try Self.outlets(order: Self.articles.reversed())
        #expect(Set(forward.statementGroups.groups.map(\.id)) == Set(backward.statementGroups.groups.map(\.id)))
    }

    @Test func variantsOfAQuoteNoOtherArticleWordsAreItAlone() throws {
        let query = try Self.outlets()
        let wording = Expected.Wording(article: "Kessby Daily/bridge-closed.txt", starts: "Every day without the bridge")
        let alone = try Self.statement(wording, in: query)
        #expect(query.variants(of: alone) == [alone])
        #expect(query.outletCount(of: alone) == 1)
    }
}

@Suite struct StatementGroupsRulesTests {
    static func query(_ texts: [String]) -> CorpusQuery {
        CorpusQuery(corpus: Corpus(articles: texts.enumerated().map { Analyzed.text($1, path: "\($0).txt") }))
    }

    @Test func aShortWordingJoinsOnlyItsCopiesGivenToOnePerson() {
        let query = Self.query([
            "Harbour Post\n\nDock news\n\n\"That keeps us afloat,\" Mayor Ines Varga said on Monday.",
            "Valley Times\n\nDock report\n\n\"That keeps us afloat,\" Ines Varga told reporters.",
            "Coast Daily\n\nOther news\n\n\"That keeps us afloat,\" said harbour master Tomas Reed.",
        ])
        #expect(query.statementGroups.groups.map(\.statements.count) == [2])
        #expect(query.statementGroups.groups.first.flatMap { $0.speaker.flatMap(query.person) }?.name == "Ines Varga")
    }

    @Test func twoQuotesOfOneParagraphAreTwoThingsSaid() {
        let query = Self.query([
            "Harbour Post\n\nDock news\n\n\"These cranes, I do not know what the council was thinking,\" Ines Varga said. \"I do not know what the council was thinking but I am worried.\"",
        ])
        #expect(query.statementGroups.groups.isEmpty)
    }
}
