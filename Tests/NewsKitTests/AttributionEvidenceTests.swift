import Testing
@testable import NewsKit

/// Every attribution records where its evidence stands: the cue, the words that named the speaker,
/// and for a chain the name it ended at. One original article per rule in `Fixtures/evidence`.
@Suite struct AttributionEvidenceTests {
    /// What one fixture's quote must record.
    struct Case: CustomStringConvertible, Sendable {
        var fixture: String
        /// The opening words of the quote.
        var quote: String
        var rule: Attribution.Rule
        var cue: String?
        var mention: String?
        /// The name the chain ended at, and how many blocks before the quote's it stands.
        var antecedent: (name: String, blocksBack: Int)?
        /// How many blocks before the quote's the naming words stand.
        var mentionBlocksBack = 0
        var description: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "cue-with-name", quote: "We have waited", rule: .cueWithName, cue: "said", mention: "Ilse Varga"),
        Case(fixture: "cue-with-pronoun", quote: "Nobody should", rule: .cueWithPronoun, cue: "said", mention: "he",
             antecedent: ("Tobias Reinholt", 2)),
        Case(fixture: "cue-with-description", quote: "People have a right", rule: .cueWithDescription, cue: "told", mention: "the mayor",
             antecedent: ("Agnes Pellworth", 2)),
        Case(fixture: "reporting-clause", quote: "fall hardest", rule: .reportingClause, cue: "adding", mention: "Jonas Ekwall"),
        Case(fixture: "same-paragraph", quote: "The steel came", rule: .sameParagraph, cue: nil, mention: "Hana Okafor"),
        Case(fixture: "previous-speaker", quote: "We will pick", rule: .previousSpeaker, cue: nil, mention: nil,
             antecedent: ("Pieter Van Loon", 1)),
        Case(fixture: "continuation", quote: "Every object", rule: .continuation, cue: nil, mention: "Mendoza-Hale", mentionBlocksBack: 1),
        Case(fixture: "sentence-subject", quote: "a slow eviction", rule: .sentenceSubject, cue: nil, mention: "Lindqvist"),
    ]

    @Test(arguments: cases)
    func recordsWhereItsEvidenceStands(_ expected: Case) throws {
        let analyzed = try Analyzed.fixture("evidence/\(expected.fixture).txt")
        let quote = try #require(analyzed.quotes.first { $0.text.hasPrefix(expected.quote) }, "\(analyzed.quotes.map(\.text))")
        let a = try #require(quote.attribution)
        #expect(a.rule == expected.rule)
        #expect(a.cueRange.map(analyzed.text(at:)) == expected.cue)
        if let cue = a.cueRange { #expect(quote.block - cue.block == expected.mentionBlocksBack) }
        #expect(a.mentionRange.map(analyzed.text(at:)) == expected.mention)
        if let mention = a.mentionRange {
            #expect(quote.block - mention.block == expected.mentionBlocksBack)
            #expect(analyzed.text(at: mention) == a.mention)
        }
        #expect(a.antecedent.map(analyzed.text(at:)) == expected.antecedent?.name)
        if let antecedent = a.antecedent, let wanted = expected.antecedent {
            #expect(quote.block - antecedent.block == wanted.blocksBack)
            // The chain ends at a name of the speaker the article marks as such.
            let mention = analyzed.mentions.first { $0.block == antecedent.block && $0.range == antecedent.range }
            #expect(mention?.person == a.speaker)
        }
    }

    /// A quote no one is given records nothing; a scare quote has no speaker at all.
    @Test func aQuoteWithoutASpeakerHasNoEvidence() throws {
        let analyzed = try Analyzed.fixture("evidence/no-speaker.txt")
        #expect(analyzed.quotes.map(\.kind) == [.scare, .full])
        #expect(analyzed.quotes.allSatisfy { $0.attribution == nil })
    }

    /// The passage around a quote is its whole sentence, and reaches the cue and name after it.
    @Test func theSentencesAroundAQuoteTakeInItsCue() throws {
        let analyzed = try Analyzed.fixture("evidence/same-paragraph.txt")
        let first = try #require(analyzed.quotes.first)
        let a = try #require(first.attribution)
        let ranges = [first.range] + [a.cueRange, a.mentionRange].compactMap { $0?.range }
        let passage = analyzed.sentences(inBlock: first.block, covering: ranges)
        #expect(analyzed.text(at: BlockRange(block: first.block, range: passage))
            == "\"The footbridge will open in May, weeks ahead of the summer fair,\" engineer Hana Okafor said on the riverbank.")
    }

    /// The positions survive the cache's codec.
    @Test func theCodecKeepsTheEvidence() throws {
        for c in Self.cases {
            let analyzed = try Analyzed.fixture("evidence/\(c.fixture).txt")
            #expect(try AnalysisCodec.decode(AnalysisCodec.encode(analyzed)) == analyzed)
        }
    }
}
