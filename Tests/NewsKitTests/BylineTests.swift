import Testing
@testable import NewsKit

@Suite struct BylineTests {
    @Test(arguments: [
        ("Ahmed Kamel – Egypt Daily News", "Ahmed Kamel", "Egypt Daily News"),
        ("Ahmed Kamel — Egypt Daily News", "Ahmed Kamel", "Egypt Daily News"),
        ("Ahmed Kamel - Egypt Daily News", "Ahmed Kamel", "Egypt Daily News"),
        ("By Jane Doe, Northfield Courier", "Jane Doe", "Northfield Courier"),
        ("Jane Doe | The Harbour Gazette", "Jane Doe", "The Harbour Gazette"),
        ("By Jane Doe and Olu Ade, Baltic Wire", "Jane Doe and Olu Ade", "Baltic Wire"),
        ("BY JANE DOE | BALTIC WIRE", "JANE DOE", "BALTIC WIRE"),
        ("By Anna van der Berg | news.example.com", "Anna van der Berg", "news.example.com"),
    ])
    func readsAuthorAndOutlet(_ line: String, _ author: String, _ outlet: String) {
        let byline = Byline(line: line[...])
        #expect(byline?.author == author)
        #expect(byline?.outlet == outlet)
    }

    @Test func byWithoutOutletGivesTheAuthor() {
        #expect(Byline(line: "By Jane Doe") == Byline(line: "By Jane Doe, Staff Writer"))
        #expect(Byline(line: "By Jane Doe")?.author == "Jane Doe")
        #expect(Byline(line: "By Jane Doe")?.outlet == nil)
    }

    @Test(arguments: [
        "Rubio Urges Russia's Lavrov to Stop", "Peace talks - what happens next", "Jane Doe",
        "The minister - who resigned on Tuesday - said nothing.", "By the harbour, a quiet morning",
    ])
    func rejectsOtherLines(_ line: String) {
        #expect(Byline(line: line[...]) == nil)
    }
}
