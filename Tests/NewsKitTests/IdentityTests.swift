import Foundation
import Testing
@testable import NewsKit

/// Person and quote IDs hold as a corpus is read again, in another order, or grows.
@Suite struct IdentityTests {
    static let samples = Analyzed.files(["000_74dc95e94b69c806.txt", "001_87c611ee5f6a8da8.txt"])
    static let scenarios = Analyzed.files(["quotes"])

    /// Each person's ID by every name the corpus knows them by.
    static func ids(_ corpus: Corpus) -> [String: PersonID] {
        Dictionary(corpus.people.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theSameCorpusReadTwiceGivesTheSameIDs() {
        let articles = Self.samples + Self.scenarios
        let first = Corpus(articles: articles), second = Corpus(articles: articles)
        #expect(first.people.map(\.id) == second.people.map(\.id))
        #expect(first.articles.flatMap { $0.quotes.map(\.id) } == second.articles.flatMap { $0.quotes.map(\.id) })
    }

    @Test(arguments: [1, 2, 3])
    func anotherLoadOrderGivesTheSameIDs(seed: UInt64) {
        let articles = Self.samples + Self.scenarios
        var generator = SeededGenerator(seed: seed)
        let shuffled = articles.shuffled(using: &generator)
        let inOrder = Corpus(articles: articles), reordered = Corpus(articles: shuffled)
        #expect(Set(inOrder.people.map(\.id)) == Set(reordered.people.map(\.id)))
        // Each quote's speaker is the same person, whatever the order.
        func speakers(_ corpus: Corpus) -> [QuoteID: PersonID] {
            var result: [QuoteID: PersonID] = [:]
            for (a, analyzed) in corpus.articles.enumerated() {
                for quote in analyzed.quotes { result[quote.id] = corpus.speaker(of: quote, inArticle: a)?.id }
            }
            return result
        }
        #expect(speakers(inOrder) == speakers(reordered))
    }

    @Test func aThousandMoreArticlesLeaveTheSamplesPeopleAlone() {
        let before = Corpus(articles: Self.samples)
        let generator = CorpusGenerator(seed: 7)
        let generated = (0..<1_000).map { index in
            let article = generator.article(index)
            return Analyzed.text(article.text, path: article.name)
        }
        let after = Corpus(articles: Self.samples + generated)
        let zelensky = try? #require(before.people.first { $0.name.hasSuffix("Zelensky") })
        #expect(zelensky.map { after.person($0.id)?.name } == zelensky.map(\.name))
        for person in before.people {
            #expect(after.person(person.id) != nil, "\(person.name) (\(person.id)) is gone after adding articles")
        }
    }

    @Test func aSingleNameJoiningAFullOneStillResolvesByItsOldID() throws {
        let short = Analyzed.text("Kovalenky said the new cranes would arrive in May.", path: "c.txt")
        let full = Analyzed.text("Oleksandr Kovalenkyy said on Monday that the harbour cranes were too old.", path: "a.txt")
        let alone = Corpus(articles: [short])
        let old = try #require(alone.people.first { $0.name == "Kovalenky" })
        let grown = Corpus(articles: [full, short])
        let person = try #require(grown.person(old.id))
        #expect(person.name == "Oleksandr Kovalenkyy")
        #expect(person.id != old.id)
        let mention = try #require(grown.articles[1].mentions.first { $0.kind == .person })
        #expect(grown.person(of: mention, inArticle: 1)?.id == person.id)
    }

    @Test func aQuoteKeepsItsIDWhileTheTextIsUnchanged() {
        let text = "Harbour plan\n\n\"We will rebuild the pier,\" Anna Holt said. \"We will rebuild the pier,\" she added."
        let a = Analyzed.text(text, path: "a.txt"), b = Analyzed.text(text, path: "elsewhere/b.txt")
        #expect(a.quotes.map(\.id) == b.quotes.map(\.id))
        // The same words twice are two quotes.
        #expect(Set(a.quotes.map(\.id)).count == a.quotes.count)
        let edited = Analyzed.text(text + " The work starts in May.", path: "a.txt")
        #expect(Set(edited.quotes.map(\.id)).isDisjoint(with: a.quotes.map(\.id)))
    }

    @Test func mentionsOfPeoplePointAtTheirPerson() throws {
        for (a, analyzed) in Corpus(articles: Self.samples).articles.enumerated() {
            for mention in analyzed.mentions {
                #expect((mention.person != nil) == (mention.kind == .person), "\(mention.text) in article \(a)")
            }
        }
        let corpus = Corpus(articles: Self.samples)
        let mention = try #require(corpus.articles[0].mentions.first { $0.text.hasSuffix("Zelensky") })
        #expect(corpus.person(of: mention, inArticle: 0)?.name.hasSuffix("Zelensky") == true)
    }
}
