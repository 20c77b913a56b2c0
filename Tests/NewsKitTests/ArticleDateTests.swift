import Testing
@testable import NewsKit

@Suite struct ArticleDateTests {
    @Test(arguments: [
        "September 24, 2025", " September 24, 2025", "24 Sept 2025", "Sep. 24, 2025", "2025-09-24",
        "Wednesday, September 24, 2025 10:31 AM EDT", "Published: 24 September 2025", "Sept. 24, 2025",
        "2025-09-24T10:31:00Z", "Updated Sep 24, 2025, 10:31 a.m. ET", "Wed 24 Sep 2025 10:31 (CEST)",
    ])
    func readsADateLine(_ line: String) {
        #expect(ArticleDate(line: line)?.description == "2025-09-24")
    }

    @Test(arguments: [
        "Rubio Urges Russia's Lavrov to Stop", "May 2025", "September 2025 was warm", "24 September",
        "2025-02-30", "The talks ended on September 24, 2025.", "", "KYIV, Sept 24 (Reuters) -",
    ])
    func rejectsWhatIsNotJustADate(_ line: String) {
        #expect(ArticleDate(line: line) == nil)
    }

    @Test func leapDays() {
        #expect(ArticleDate(year: 2024, month: 2, day: 29) != nil)
        #expect(ArticleDate(year: 2025, month: 2, day: 29) == nil)
        #expect(ArticleDate(year: 2000, month: 2, day: 29) != nil)
        #expect(ArticleDate(year: 1900, month: 2, day: 29) == nil)
    }
}
