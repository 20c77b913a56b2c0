import Foundation
import Testing
@testable import NewsKit

/// One rule of speaker attribution per fixture in `Fixtures/quotes`: each `NAME.txt` has a
/// `NAME.expected.jsonl` beside it listing, in order, every quotation the analysis must find.
@Suite struct SpeakerAttributionTests {
    /// Every `Fixtures/quotes/NAME.expected.jsonl`, as `NAME`.
    static let scenarios: [String] = {
        let folder = FixtureFiles.folder.appendingPathComponent("quotes")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.jsonl") }
            .map { String($0.dropLast(".expected.jsonl".count)) }
            .sorted()
    }()

    @Test func everyScenarioIsThere() {
        let wanted = [
            "honorific-and-passing-mention", "interview-transcript", "unlisted-verb-and-participle", "name-before-said", "said-before-name", "colon-after-name", "according-to", "told", "pronoun-he-she",
            "description-resolves", "quote-only-paragraph", "continues-next-paragraph", "partial-in-reporting-clause",
            "nested-and-malformed-marks", "single-quote-style", "same-surname-two-people",
            "transliteration-variant-a", "transliteration-variant-b", "scare-quotes", "who-reports-whom", "announced-and-set-off", "things-that-say", "clauses-and-lists",
        ]
        #expect(Set(Self.scenarios) == Set(wanted))
    }

    /// The statements and scare quotes found (text, kind, speaker) are exactly the expected list, in order.
    @Test(arguments: scenarios)
    func findsQuotesAndSpeakers(_ scenario: String) throws {
        let analyzed = try Analyzed.fixture("quotes/\(scenario).txt")
        let expected = try QuoteFixture.expected(scenario)
        let found = analyzed.quotes.map {
            QuoteFixture.Line(text: QuoteText.trimmed($0.text), speaker: analyzed.speaker(of: $0)?.name, kind: $0.kind.rawValue)
        }
        let want = expected.map { QuoteFixture.Line(text: QuoteText.trimmed($0.text), speaker: $0.speaker, kind: $0.kind) }
        #expect(found == want, "\(scenario):\n\(QuoteFixture.diff(found: found, expected: want))")
    }

    /// The paragraph that opens with the rest of a quotation is marked as going on from the previous one.
    @Test func continuationIsMarked() throws {
        let analyzed = try Analyzed.fixture("quotes/continues-next-paragraph.txt")
        let flags = analyzed.quotes.map(\.continuesPrevious)
        #expect(flags == [false, false, true], "continuesPrevious of each quote: \(flags)")
        let last = analyzed.quotes.last
        #expect(last?.attribution?.rule == .continuation, "rule: \(String(describing: last?.attribution?.rule))")
    }

    /// Two articles spelling one name two ways (Kovalenkyy, Kovalenky) give one person.
    @Test func transliterationVariantsAreOnePerson() throws {
        let corpus = Corpus(articles: try [
            Analyzed.fixture("quotes/transliteration-variant-a.txt"),
            Analyzed.fixture("quotes/transliteration-variant-b.txt"),
        ])
        let matching = corpus.people.filter { QuoteText.surnameKey($0.name) == QuoteText.surnameKey("Kovalenky") }
        #expect(matching.count == 1, "people: \(QuoteFixture.describe(corpus.people))")
        guard let person = matching.first else { return }
        let aliasWords = Set(person.aliases.flatMap { $0.split(separator: " ").map(String.init) })
        #expect(aliasWords.contains("Kovalenkyy"), "aliases: \(person.aliases)")
        #expect(aliasWords.contains("Kovalenky"), "aliases: \(person.aliases)")
        #expect(person.articles.count == 2, "articles: \(person.articles)")
        #expect(person.quoteCount == 3, "quoteCount: \(person.quoteCount)")
        // Every quote's speaker is the one person, under the one display name.
        let speakers = Set(corpus.articles.indices.flatMap { a in corpus.articles[a].quotes.compactMap { corpus.speaker(of: $0, inArticle: a)?.name } })
        #expect(speakers == [person.name], "speakers: \(speakers), person: \(person.name)")
    }

    /// Anna Holt and Marcus Holt share a surname and stay two people, in the article and in a corpus
    /// of every scenario.
    @Test func sameSurnameStaysTwoPeople() throws {
        let analyzed = try Analyzed.fixture("quotes/same-surname-two-people.txt")
        let local = analyzed.people.map(\.name).filter { $0.hasSuffix("Holt") }
        #expect(Set(local) == ["Anna Holt", "Marcus Holt"], "article people: \(analyzed.people.map(\.name))")

        let corpus = Corpus(articles: try Self.scenarios.map { try Analyzed.fixture("quotes/\($0).txt") })
        let holts = corpus.people.filter { QuoteText.surnameKey($0.name) == "holt" }
        #expect(holts.map(\.name).sorted() == ["Anna Holt", "Marcus Holt"], "people: \(QuoteFixture.describe(holts))")
        let counts = Dictionary(holts.map { ($0.name, $0.quoteCount) }, uniquingKeysWith: +)
        #expect(counts["Anna Holt"] == 2, "quote counts: \(counts)")
        #expect(counts["Marcus Holt"] == 1, "quote counts: \(counts)")
    }

    /// Every attribution carries its evidence: a cue for the cue rules, a confidence in 0...1, and a
    /// speaker who is one of the article's people.
    @Test(arguments: scenarios.map { "quotes/\($0).txt" } + SeedArticleTests.articles)
    func attributionsCarryEvidence(_ fixture: String) throws {
        let analyzed = try Analyzed.fixture(fixture)
        let cueRules: Set<Attribution.Rule> = [.cueWithName, .cueWithPronoun, .cueWithDescription, .reportingClause]
        let names = Set(analyzed.people.map(\.name))
        for quote in analyzed.quotes {
            guard let a = quote.attribution else { continue }
            let speaker = try #require(analyzed.speaker(of: quote))
            let where_ = "\(fixture): “\(quote.text)” → \(speaker.name) (\(a.rule), cue \(a.cue ?? "nil"), \(a.confidence))"
            #expect(!speaker.name.isEmpty, "\(where_)")
            #expect((0...1).contains(a.confidence), "confidence out of range: \(where_)")
            if cueRules.contains(a.rule) {
                #expect(!(a.cue ?? "").isEmpty, "a cue rule without its cue: \(where_)")
            }
            if a.rule == .continuation {
                #expect(quote.continuesPrevious, "continuation rule on a quote that does not continue: \(where_)")
            }
            #expect(names.contains(speaker.name), "speaker is not one of the article's people \(names.sorted()): \(where_)")
        }
    }
}

/// Reading and comparing the quote fixtures.
enum QuoteFixture {
    struct Expected: Decodable {
        var text: String
        var speaker: String?
        var kind: String
    }

    struct Line: Equatable, CustomStringConvertible {
        var text: String
        var speaker: String?
        var kind: String
        var description: String { "[\(kind)] \(speaker ?? "nil"): \(text)" }
    }

    static func expected(_ scenario: String) throws -> [Expected] {
        try jsonLines(FixtureFiles.text("quotes/\(scenario).expected.jsonl"), as: Expected.self)
    }

    static func jsonLines<T: Decodable>(_ text: String, as type: T.Type) throws -> [T] {
        try text.split(whereSeparator: \.isNewline)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// Both lists, line by line, marking the lines that differ.
    static func diff(found: [Line], expected: [Line]) -> String {
        var out: [String] = []
        for i in 0..<max(found.count, expected.count) {
            let f = i < found.count ? found[i] : nil
            let e = i < expected.count ? expected[i] : nil
            if f == e {
                out.append("   \(i): \(f!)")
            } else {
                out.append(" ✗ \(i): expected \(e.map(\.description) ?? "(nothing)")")
                out.append("        found \(f.map(\.description) ?? "(nothing)")")
                if let f, let e {
                    var parts: [String] = []
                    if f.text != e.text { parts.append("text") }
                    if f.speaker != e.speaker { parts.append("speaker") }
                    if f.kind != e.kind { parts.append("kind") }
                    out.append("        (\(parts.joined(separator: ", ")) differ)")
                }
            }
        }
        return out.joined(separator: "\n")
    }

    static func describe(_ people: [Person]) -> String {
        people.map { "\($0.name) \($0.aliases) ×\($0.quoteCount)" }.joined(separator: "; ")
    }
}

/// Text comparisons for quotations, as the shared scorer makes them.
enum QuoteText {
    /// Surrounding spaces, punctuation and quotation marks removed.
    static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols))
    }

    private static let quoteMap: [Character: Character] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{AB}": "\"", "\u{BB}": "\"", "\u{2039}": "'", "\u{203A}": "'",
    ]

    static func straightened(_ s: String) -> String {
        String(s.precomposedStringWithCompatibilityMapping.map { quoteMap[$0] ?? $0 })
    }

    private static let edge = Set(" \t\n\"'`.,;:!?…-–—()[]{}*_/\\")

    /// NFKC, straight quotes, white space collapsed, lower case, surrounding punctuation stripped.
    static func normalized(_ s: String) -> String {
        let collapsed = straightened(s).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        let chars = Array(collapsed)
        guard let first = chars.firstIndex(where: { !edge.contains($0) }),
              let last = chars.lastIndex(where: { !edge.contains($0) }) else { return "" }
        return String(chars[first...last])
    }

    /// The scorer's word tokens: `\w+(?:'\w+)*` of the normalised text.
    static func tokens(_ s: String) -> [String] {
        let text = normalized(s)
        let pattern = try! Regex(#"\w+(?:'\w+)*"#)
        return text.matches(of: pattern).map { String(text[$0.range]) }
    }

    /// Token-level F1 of two quotations.
    static func f1(_ a: String, _ b: String) -> Double {
        let ta = tokens(a), tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in ta { counts[t, default: 0] += 1 }
        var common = 0
        for t in tb where counts[t, default: 0] > 0 {
            counts[t]! -= 1
            common += 1
        }
        guard common > 0 else { return 0 }
        let p = Double(common) / Double(tb.count), r = Double(common) / Double(ta.count)
        return 2 * p * r / (p + r)
    }

    /// A name's last word, folded like the scorer folds transliterations: lower case, doubled letters
    /// collapsed, a final y, i, iy or yi made one i (Zelenskyy and Zelensky agree).
    static func surnameKey(_ name: String) -> String {
        let words = straightened(name).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" })
        guard var last = words.last.map(String.init) else { return "" }
        if last.hasSuffix("'s") { last.removeLast(2) }
        var collapsed = ""
        for c in last where collapsed.last != c { collapsed.append(c) }
        for ending in ["iy", "yi", "y", "i"] where collapsed.hasSuffix(ending) {
            collapsed = String(collapsed.dropLast(ending.count)) + "i"
            break
        }
        return collapsed
    }
}
