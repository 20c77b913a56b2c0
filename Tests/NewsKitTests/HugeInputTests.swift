import Testing
@testable import NewsKit

/// Inputs that once took quadratic time or could: they must finish (the time limit only guards
/// against a hang; speed is measured by `newsdesk bench`).
@Suite(.timeLimit(.minutes(1))) struct HugeInputTests {
    @Test func aParagraphOfTenThousandLines() {
        let line = "The harbour authority said the work would continue through the winter and into the spring"
        let text = Array(repeating: line, count: 10_000).joined(separator: "\n") + ".\n"
        let analyzed = Analyzed.text(text, path: "long.txt")
        #expect(analyzed.article.paragraphs.count == 1)
        #expect(analyzed.quotes.isEmpty)
    }

    @Test func thousandsOfUnbalancedQuotationMarks() {
        let text = String(repeating: "He said \"yes and 'no ", count: 5_000)
        let analyzed = Analyzed.text(text, path: "marks.txt")
        #expect(analyzed.quotes.count <= 5_000)
    }

    @Test func manyQuotesInOneParagraph() {
        let text = String(repeating: "\"We will rebuild the pier,\" Anna Holt said. ", count: 3_000)
        let analyzed = Analyzed.text(text, path: "many.txt")
        #expect(analyzed.quotes.count == 3_000)
        #expect(analyzed.quotes.allSatisfy { analyzed.speaker(of: $0)?.name == "Anna Holt" })
    }
}
