import Foundation
import Testing
@testable import NewsKit

/// The two sample articles against their own annotation (`Fixtures/seeds-quotes.expected.jsonl`, a copy of
/// the shared seeds' gold.jsonl), matched the way the shared scorer matches: normalised text, token F1 of
/// at least 0.5, pairs taken best first and one to one; speakers compared by folded last name.
@Suite struct SeedArticleTests {
    static let articles = ["000_74dc95e94b69c806.txt", "001_87c611ee5f6a8da8.txt"]

    struct Gold: Decodable {
        var article: String
        var text: String
        var speaker: String?
        var partial: Bool?
        var optional: Bool?
        var note: String?

        var isOptional: Bool { optional ?? false }
    }

    static func gold(_ article: String) throws -> [Gold] {
        try QuoteFixture.jsonLines(FixtureFiles.text("seeds-quotes.expected.jsonl"), as: Gold.self)
            .filter { $0.article == article }
    }

    /// The statements of an article, the gold quotes, and the scorer's one-to-one matching
    /// (gold index → statement index).
    static func matched(_ article: String) throws -> (analyzed: AnalyzedArticle, statements: [Quote], gold: [Gold], pairs: [Int: Int]) {
        let analyzed = try Analyzed.fixture(article)
        let statements = analyzed.quotes.filter(\.isStatement)
        let gold = try gold(article)
        var candidates: [(f1: Double, g: Int, p: Int)] = []
        for (g, want) in gold.enumerated() {
            for (p, got) in statements.enumerated() {
                let f1 = QuoteText.f1(want.text, got.text)
                if f1 >= 0.5 { candidates.append((f1, g, p)) }
            }
        }
        candidates.sort { ($0.f1, -$0.g, -$0.p) > ($1.f1, -$1.g, -$1.p) }
        var pairs: [Int: Int] = [:]
        var taken = Set<Int>()
        for c in candidates where pairs[c.g] == nil && !taken.contains(c.p) {
            pairs[c.g] = c.p
            taken.insert(c.p)
        }
        return (analyzed, statements, gold, pairs)
    }

    static func describe(_ q: Quote, in analyzed: AnalyzedArticle) -> String {
        "[\(q.kind.rawValue)] \(analyzed.speaker(of: q)?.name ?? "nil"): “\(q.text)”"
    }

    /// Every gold quote that is not optional is found among the statements, with the right speaker
    /// (same folded last name; a null gold speaker must stay unattributed).
    @Test(arguments: articles)
    func everyGoldQuoteIsFoundWithItsSpeaker(_ article: String) throws {
        let (analyzed, statements, gold, pairs) = try Self.matched(article)
        for (g, want) in gold.enumerated() where !want.isOptional {
            guard let p = pairs[g] else {
                let near = statements.map { (QuoteText.f1(want.text, $0.text), $0) }.max { $0.0 < $1.0 }
                Issue.record("""
                    \(article): gold quote not found: \(want.speaker ?? "nil"): “\(want.text)”\(want.note.map { " (\($0))" } ?? "")
                      nearest statement: \(near.map { String(format: "F1 %.2f ", $0.0) + Self.describe($0.1, in: analyzed) } ?? "none")
                    """)
                continue
            }
            let got = statements[p]
            let predicted = analyzed.speaker(of: got)?.name
            if let speaker = want.speaker {
                #expect(predicted.map(QuoteText.surnameKey) == QuoteText.surnameKey(speaker),
                        "\(article): “\(want.text)” expected \(speaker), found \(predicted ?? "nil") (rule \(got.attribution.map { "\($0.rule)" } ?? "none"))\(want.note.map { " — \($0)" } ?? "")")
            } else {
                #expect(predicted == nil, "\(article): “\(want.text)” names nobody, found \(predicted ?? "nil")\(want.note.map { " — \($0)" } ?? "")")
            }
        }
    }

    /// No statement is produced that matches no gold quote (optional gold quotes may match or not).
    @Test(arguments: articles)
    func noStatementWithoutAGoldQuote(_ article: String) throws {
        let (analyzed, statements, gold, pairs) = try Self.matched(article)
        let used = Set(pairs.values)
        for (p, got) in statements.enumerated() where !used.contains(p) {
            let near = gold.map { (QuoteText.f1($0.text, got.text), $0) }.max { $0.0 < $1.0 }
            Issue.record("""
                \(article): statement with no gold quote: \(Self.describe(got, in: analyzed))
                  nearest gold: \(near.map { String(format: "F1 %.2f ", $0.0) + "“\($0.1.text)”" + ($0.0 >= 0.5 ? " (already matched by another statement)" : "") } ?? "none")
                """)
        }
    }

    /// Over both articles as one corpus, the people are exactly the nine the annotation names, one
    /// each, and Zelensky gathers both spellings and his description.
    @Test func corpusPeopleAreTheAnnotatedOnes() throws {
        let corpus = Corpus(articles: try Self.articles.map { try Analyzed.fixture($0) })
        let expected = ["Marco Rubio", "Sergei Lavrov", "Donald Trump", "Volodymyr Zelensky", "Tommy Pigott",
                        "Vladimir Putin", "Maia Sandu", "Mike Waltz", "Dmitry Peskov"]
        let found = corpus.people.map { QuoteText.surnameKey($0.name) }.sorted()
        let want = expected.map(QuoteText.surnameKey).sorted()
        #expect(found == want, """
            people differ
              missing: \(want.filter { !found.contains($0) })
              extra: \(corpus.people.filter { !want.contains(QuoteText.surnameKey($0.name)) }.map(\.name))
              all: \(QuoteFixture.describe(corpus.people))
            """)
        let zelensky = corpus.people.filter { QuoteText.surnameKey($0.name) == QuoteText.surnameKey("Zelensky") }
        #expect(zelensky.count == 1, "Zelensky entries: \(QuoteFixture.describe(zelensky))")
        for alias in ["Zelensky", "Zelenskyy", "the Ukrainian leader"] {
            #expect(zelensky.first?.aliases.contains(alias) == true,
                    "Zelensky's aliases lack “\(alias)”: \(zelensky.first?.aliases ?? [])")
        }
    }
}
