import Testing
@testable import NewsKit

@Suite struct QuoteFinderTests {
    /// The words of each span, read back from the text through its scalar offsets.
    static func contents(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return QuoteFinder.spans(in: scalars).map { String(scalars: scalars[$0.content.start..<$0.content.end]) }
    }

    @Test(arguments: [
        // Straight and curly double quotes.
        ("Ilse Marren said \"we will rebuild the pier\" on Monday.", ["we will rebuild the pier"]),
        ("“We will rebuild the pier,” said Ilse Marren.", ["We will rebuild the pier,"]),
        // Single quotes, straight and curly.
        ("'We will rebuild the pier,' she said.", ["We will rebuild the pier,"]),
        ("‘We will rebuild the pier,’ she said.", ["We will rebuild the pier,"]),
        // Guillemets and low-high German marks.
        ("«Nous reconstruirons le quai», a déclaré Ilse Marren.", ["Nous reconstruirons le quai"]),
        ("„Wir bauen den Steg wieder auf“, sagte Ilse Marren.", ["Wir bauen den Steg wieder auf"]),
        // Two quotations in one block.
        ("\"Yes,\" said Olav Brenner. \"We start on Monday.\"", ["Yes,", "We start on Monday."]),
        // A closing mark typed where the paragraph's opening one belongs.
        ("”Fear. I am afraid the pier will fall.” ― Ilse Marren", ["Fear. I am afraid the pier will fall."]),
        ("The pier ” will fall ” she said.", []),
    ])
    func findsQuotationsInEveryMarkStyle(_ text: String, _ expected: [String]) {
        #expect(Self.contents(of: text) == expected)
        #expect(QuoteFinder.spans(in: Array(text.unicodeScalars)).allSatisfy { $0.closed })
    }

    @Test(arguments: [
        "Nordland's harbour reopened and the mayor doesn't mind.",
        "Fares last rose like this in the '90s, the ferry company said.",
        "Fares last rose like this in the ’90s, the ferry company said.",
        "The leaders' meeting in Vellmar ran late.",
        "The leaders’ meeting in Vellmar ran late.",
        "The band played rock 'n' roll on the quay until midnight.",
        "The band played rock ’n’ roll on the quay until midnight.",
        "The goalkeeper, who is 6'3\" tall, signed for Harwick on Friday.",
        "A 6'3\" goalkeeper and a 5'11\" winger joined the squad.",
        "",
    ])
    func apostrophesAndInchMarksAreNotQuotations(_ text: String) {
        #expect(Self.contents(of: text) == [])
    }

    @Test(arguments: [
        // A possessive plural inside an open single quote does not close it.
        ("‘the ministers’ decision is final,’ she said.", ["the ministers’ decision is final,"]),
        ("'the ministers' decision is final,' she said.", ["the ministers' decision is final,"]),
        ("‘the ministers’ Vellmar meeting is off,’ she said.", ["the ministers’ Vellmar meeting is off,"]),
        ("‘the ministers’ 2026 budget is final,’ she said.", ["the ministers’ 2026 budget is final,"]),
        // A possessive plural or an elision inside a double or single quotation is not a mark.
        ("\"The leaders' meeting ran late,\" she said.", ["The leaders' meeting ran late,"]),
        ("'It felt like the '90s again,' she said.", ["It felt like the '90s again,"]),
        // A nested quotation is part of the outer one.
        ("“We heard him say ‘not now’ and walk away,” said Ilse Marren.", ["We heard him say ‘not now’ and walk away,"]),
        ("\"We heard him say 'not now' and walk away,\" said Ilse Marren.", ["We heard him say 'not now' and walk away,"]),
        // Doubled opening marks, closed by a single mark, make one quotation.
        ("'\"We had a good meeting,\" the envoy said.", ["We had a good meeting,"]),
        ("\"\"We had a good meeting,' the envoy said.", ["We had a good meeting,"]),
    ])
    func nestedPossessiveAndDoubledMarksMakeOneQuotation(_ text: String, _ expected: [String]) {
        #expect(Self.contents(of: text) == expected)
        #expect(QuoteFinder.spans(in: Array(text.unicodeScalars)).allSatisfy { $0.closed })
    }

    /// A plural at the end of a quotation closes it when another quotation opens before the next
    /// closing mark: two scare quotes, not one quotation with a possessive inside.
    @Test(arguments: [
        ("She called them ‘the lads’ and ‘our boys’ in one speech.", ["the lads", "our boys"]),
        ("She called them 'the lads' and 'our boys' in one speech.", ["the lads", "our boys"]),
    ])
    func pluralEndingAQuotationClosesIt(_ text: String, _ expected: [String]) {
        #expect(Self.contents(of: text) == expected)
        #expect(QuoteFinder.spans(in: Array(text.unicodeScalars)).allSatisfy { $0.closed })
    }

    @Test func openingMarkOffsetIsRecorded() throws {
        let text = "Ilse Marren said \"we will rebuild\" on Monday."
        let span = try #require(QuoteFinder.spans(in: Array(text.unicodeScalars)).first)
        #expect(span.open == 17)
        #expect(span.content == TextRange(start: 18, end: 33))
        #expect(span.closed)
    }

    @Test(arguments: [
        ("“We will not give up the pier, and we will", "We will not give up the pier, and we will"),
        ("Olav Brenner said: \"The ferries will run all winter.", "The ferries will run all winter."),
    ])
    func quotationLeftOpenRunsToTheEnd(_ text: String, _ expected: String) throws {
        let scalars = Array(text.unicodeScalars)
        let spans = QuoteFinder.spans(in: scalars)
        #expect(spans.count == 1)
        let span = try #require(spans.first)
        #expect(span.closed == false)
        #expect(span.content.end == scalars.count)
        #expect(Self.contents(of: text) == [expected])
    }
}
