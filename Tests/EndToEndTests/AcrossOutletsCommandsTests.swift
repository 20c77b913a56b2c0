import Foundation
import Testing

/// `newsdesk stories` and `newsdesk coverage` on `Fixtures/stories` (four invented outlets).
@Suite struct AcrossOutletsCommandsTests {
    static let folder = "Fixtures/stories"

    @Test func storiesJSONHasOneRecordPerStoryWithItsArticles() throws {
        let output = try NewsdeskBinary.run(["stories", "--json", Self.folder])
        #expect(output.status == 0, "\(output.stderr)")
        let stories = try NewsdeskBinary.jsonLines(output.stdout)
        #expect(stories.count == 4)
        for story in stories {
            #expect(Set(story.keys) == ["schema", "story_id", "title", "first_date", "last_date", "outlets", "articles"])
            #expect(story["schema"] as? Int == 1)
            #expect((story["story_id"] as? String)?.range(of: "^t[0-9a-f]{12}$", options: .regularExpression) != nil)
        }
        let strike = try #require(stories.first)
        #expect(strike["first_date"] as? String == "2026-06-02" && strike["last_date"] as? String == "2026-06-04")
        #expect(strike["outlets"] as? [String] == ["Baltic Wire", "Northfield Courier", "Lowmoor Examiner", "Coastal Post"])
        let articles = try #require(strike["articles"] as? [[String: Any]])
        #expect(articles.compactMap { $0["path"] as? String } == [
            "Fixtures/stories/Baltic Wire/strike-halls.txt", "Fixtures/stories/Northfield Courier/strike-begins.txt",
            "Fixtures/stories/Lowmoor Examiner/strike-exams.txt", "Fixtures/stories/Coastal Post/strike-talks.txt",
        ])
        #expect(articles.allSatisfy { Set($0.keys) == ["path", "source", "title", "date"] })
        let museum = try #require(stories.last)
        #expect(museum["first_date"] is NSNull && museum["last_date"] is NSNull)
        #expect((museum["articles"] as? [[String: Any]])?.allSatisfy { $0["date"] is NSNull } == true)
        // The same corpus read again gives the same stories.
        #expect(try NewsdeskBinary.run(["stories", "--json", Self.folder]).stdout == output.stdout)
    }

    @Test func storiesKeepOnlyTheOutletsAsked() throws {
        let stories = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["stories", "--json", "--source", "baltic wire", "--source", "Coastal Post", Self.folder]).stdout)
        #expect(stories.map { $0["outlets"] as? [String] ?? [] } == [["Baltic Wire", "Coastal Post"], ["Baltic Wire", "Coastal Post"]])
        let text = try NewsdeskBinary.run(["stories", Self.folder]).stdout
        #expect(text.contains("◆ ") && text.contains("(4 outlets, 2026-06-02 – 2026-06-04)") && text.contains("(2 outlets, undated)"))
        #expect(text.contains("    2026-05-12  Baltic Wire") && !text.contains("Pellow Lifeboat"))
    }

    @Test func coverageJSONCountsStatementsPerOutletAndVerb() throws {
        let output = try NewsdeskBinary.run(["coverage", "--json", Self.folder])
        #expect(output.status == 0, "\(output.stderr)")
        let people = try NewsdeskBinary.jsonLines(output.stdout)
        #expect(people.count == 14)
        let first = try #require(people.first)
        #expect(Set(first.keys) == ["schema", "person_id", "name", "statements", "outlets", "verbs"])
        #expect(first["schema"] as? Int == 1 && first["name"] as? String == "Helga Mortensen" && first["statements"] as? Int == 7)
        let outlets = try #require(first["outlets"] as? [[String: Any]])
        #expect(outlets.map { "\($0["source"] ?? "") \($0["statements"] ?? "")" } == ["Northfield Courier 3", "Baltic Wire 3", "Lowmoor Examiner 1"])
        let verbs = try #require(first["verbs"] as? [[String: Any]])
        #expect(verbs.compactMap { $0["verb"] as? String } == ["say", "tell", "warn"])
        #expect(verbs.compactMap { $0["statements"] as? Int } == [5, 1, 1])
        let forms = try #require(verbs.first?["forms"] as? [[String: Any]])
        #expect(forms.compactMap { $0["form"] as? String } == ["said", "says"])
        // Every statement with a speaker counted once.
        #expect(people.compactMap { $0["statements"] as? Int }.reduce(0, +) == 31)
        // The person's ID is the one people --json gives.
        let listed = try NewsdeskBinary.jsonLines(try NewsdeskBinary.run(["people", "--json", Self.folder]).stdout)
        #expect(listed.first { $0["name"] as? String == "Helga Mortensen" }?["person_id"] as? String == first["person_id"] as? String)
    }

    @Test func coverageTextAndTheOutletFilter() throws {
        let text = try NewsdeskBinary.run(["coverage", "--source", "lowmoor examiner", Self.folder]).stdout
        #expect(text.contains("Helga Mortensen  1 statement\n  outlets: Lowmoor Examiner 1\n  verbs: say 1 (says)\n"))
        #expect(!text.contains("Baltic Wire") && !text.contains("Hugo Fenwick"))
        let all = try NewsdeskBinary.run(["coverage", Self.folder]).stdout
        #expect(all.contains("  verbs: say 5 (said 4, says 1) · tell 1 (told) · warn 1 (warned)"))
    }

    @Test func helpTeachesAndBadPathsAreUsageErrors() throws {
        let stories = try NewsdeskBinary.run(["help", "stories"])
        #expect(stories.stdout.contains("story_id") && stories.stdout.contains("Examples:"))
        let coverage = try NewsdeskBinary.run(["coverage", "--help"])
        #expect(coverage.stdout.contains("warned and warns are") && coverage.stdout.contains("--source"))
        #expect(try NewsdeskBinary.run(["stories", "Fixtures/no-such-folder"]).status == 64)
        #expect(try NewsdeskBinary.run(["coverage", "Fixtures/no-such-folder"]).status == 64)
    }
}
