import Testing
@testable import NewsKit

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Fri, 14 Mar 2025 08:30:00 +0000", "2025-03-14"),
        ("Sat, 15 Mar 25 18:00:00 GMT", "2025-03-15"),
        ("14 March 2025", "2025-03-14"),
        ("2025-05-02T04:10:00Z", "2025-05-02"),
        ("2025-05-09T07:00:00+02:00", "2025-05-09"),
        ("Tuesday, 2 Sep 2025 23:59 EST", "2025-09-02"),
    ])
    func feedDatesAreRead(_ text: String, _ expected: String) {
        #expect(FeedDate.parse(text)?.description == expected)
    }

    @Test(arguments: ["", "soon", "31 Feb 2025", "2025-13-01"])
    func nonsenseIsNoDate(_ text: String) {
        #expect(FeedDate.parse(text) == nil)
    }
}
