import Testing
@testable import NewsKit

/// Inputs that once took quadratic time or could: they must finish (the time limit only guards
/// against a hang; speed is measured by `newsdesk bench`).
@Suite(.timeLimit(.minutes(5))) struct HugeInputTests {
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

/// Articles that once took quadratic time in the discourse (every name compared with every person
/// before it, every pronoun or description walking every reference of the paragraph): moderately large,
/// so that a return of the fault shows as a hang, and checked for the answers.
@Suite(.timeLimit(.minutes(5))) struct PathologicalDiscourseTests {
    static func analyze(_ text: String) -> AnalyzedArticle {
        Analyzed.text(text, path: "pathological.txt")
    }

    @Test func thousandsOfPeopleInOneParagraph() {
        let text = (0..<4_000).map { "President Anna Maria Lee\($0) said." }.joined(separator: " ")
        let analyzed = Self.analyze(text)
        // NameKey folds doubled letters and digits: Lee11 is Lee1.
        #expect(analyzed.people.count > 3_000)
    }

    @Test func pronounsAfterThousandsOfPeopleOfTheOtherGender() {
        let text = (0..<4_000).map { "Mary Ward\($0) met the board. \"Not today,\" he said." }.joined(separator: " ")
        let analyzed = Self.analyze(text)
        #expect(analyzed.quotes.count == 4_000)
    }

    @Test func descriptionsThatMatchNoOne() {
        let text = (0..<4_000).map { "Finance Minister Olav Berg\($0) arrived. \"Later,\" the Kenyan spokesman said." }
            .joined(separator: " ")
        let analyzed = Self.analyze(text)
        #expect(analyzed.quotes.count == 4_000)
        #expect(analyzed.quotes.allSatisfy { $0.attribution == nil })
    }

    @Test func aSurnameSharedByThousands() {
        let text = (0..<4_000).map { "Person\($0) Okafor arrived. \"Fine,\" Okafor said." }.joined(separator: " ")
        let analyzed = Self.analyze(text)
        #expect(analyzed.quotes.count == 4_000)
        #expect(analyzed.quotes.allSatisfy { analyzed.speaker(of: $0)?.name.hasSuffix(" Okafor") == true })
    }
}
