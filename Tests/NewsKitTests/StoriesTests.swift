import Foundation
import Testing
@testable import NewsKit

@Suite struct StoriesTests {
    /// The stories the fixtures' README expects, by file name.
    static let expected: [Set<String>] = [
        ["dam-crack", "dam-repairs", "reservoir-lowered", "farmers-dam"],
        ["ferry-collision", "collision-fog"],
        ["strike-begins", "strike-halls", "strike-exams", "strike-talks"],
        ["museum-fire", "museum-closed"],
    ]

    static func names(_ story: Story, _ library: CorpusQuery) -> Set<String> {
        Set(story.articles.map { (library.corpus.articles[$0].article.path as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "") })
    }

    @Test func theFixturesGroupIntoTheExpectedStoriesAndNothingElse() throws {
        let library = try StoryFixtures.library()
        let stories = library.stories()
        #expect(Set(stories.map { Self.names($0, library) }) == Set(Self.expected))
        for unrelated in ["bread-prize", "ferry-timetable", "hosepipe-rules", "lifeboat-rescue", "dry-gardens"] {
            let index = try #require(StoryFixtures.article(unrelated, in: library))
            #expect(library.story(ofArticle: index) == nil, "\(unrelated) is in a story")
        }
    }

    @Test func aStoryHasItsOutletsDatesTitleAndOrder() throws {
        let library = try StoryFixtures.library()
        let dam = try #require(library.stories().first { Self.names($0, library).contains("dam-crack") })
        #expect(dam.outlets == ["Northfield Courier", "Baltic Wire", "Lowmoor Examiner"])
        #expect(dam.firstDate?.description == "2026-05-11" && dam.lastDate?.description == "2026-05-13")
        #expect(dam.dateSpan == "2026-05-11 – 2026-05-13")
        // By date, then outlet: the crack, the two reports of the next day, the repairs.
        #expect(dam.articles.map { library.corpus.articles[$0].article.title ?? "" } == [
            "Crack Found in Dunmere Dam Wall, Water Board Says", "Dunmere Reservoir Lowered After Dam Crack",
            "Dunmere Dam Crack: Farmers Ask for Answers", "Dunmere Dam Repairs to Take a Month",
        ])
        // Its title is one of its headlines; its ID comes from its first article.
        #expect(dam.articles.contains { library.corpus.articles[$0].article.title == dam.title })
        #expect(dam.id == StoryID(firstArticle: library.corpus.articles[dam.articles[0]].article.path))
        let museum = try #require(library.stories().first { Self.names($0, library).contains("museum-fire") })
        #expect(museum.firstDate == nil && museum.dateSpan == "undated")
        // Newest first, undated last.
        #expect(library.stories().map { $0.lastDate?.description ?? "-" } == ["2026-06-04", "2026-05-15", "2026-05-13", "-"])
    }

    @Test func theOutletFilterKeepsStoriesOfTwoVisibleOutlets() throws {
        var library = try StoryFixtures.library()
        library.outletFilter = .only(["Baltic Wire", "coastal post"])
        let stories = library.stories()
        // The collision and the strike (two of their four outlets); the dam had one of them, the museum none.
        #expect(stories.map { Self.names($0, library) } == [["strike-halls", "strike-talks"], ["ferry-collision", "collision-fog"]])
        #expect(stories[0].outlets == ["Baltic Wire", "Coastal Post"])
        #expect(stories[0].firstDate?.description == "2026-06-02")
        let crack = try #require(StoryFixtures.article("reservoir-lowered", in: library))
        #expect(library.story(ofArticle: crack) == nil)
    }

    @Test func groupingInTheBackgroundGivesTheSameStories() throws {
        let library = try StoryFixtures.library()
        let copy = library
        let deadline = Date().addingTimeInterval(30)
        var grouped = copy.groupedStories()
        while grouped == nil, Date() < deadline {
            usleep(10_000)
            grouped = copy.groupedStories()
        }
        let stories = try #require(grouped)
        // Copies of a query share what was worked out for its corpus.
        #expect(library.groupedStories()?.stories == stories.stories)
        #expect(stories.stories == library.allStories.stories)
    }

    @Test func groupingStopsWhenCancelled() throws {
        let library = try StoryFixtures.library()
        #expect(Stories(corpus: library.corpus, isCancelled: { true }) == nil)
        #expect(Stories().stories.isEmpty && Stories().story(ofArticle: 0) == nil)
    }

    @Test func dateNumbersCountDays() throws {
        let days = try [(1970, 1, 1), (2024, 2, 29), (2024, 3, 1), (2000, 1, 1)].map { try #require(ArticleDate(year: $0.0, month: $0.1, day: $0.2)).dayNumber }
        #expect(days == [0, 19_782, 19_783, 10_957])
    }

    /// Articles written here: the same person quoted on two different events, and a shared statement
    /// with nothing else in common across two weeks.
    @Test func onePersonAloneOrFarApartIsNoStory() throws {
        func article(_ outlet: String, _ date: String, _ title: String, _ body: String) -> String {
            "---\ntitle: \(title)\nsource: \(outlet)\ndate: \(date)\n---\n\(body)\n"
        }
        let texts = [
            article("Baltic Wire", "2026-03-02", "Port Levy Rises Again", "\"The levy pays for the dredging,\" said Ilse Marrow, the port director."),
            article("Coastal Post", "2026-03-03", "New Lighthouse Keeper Named", "\"We chose the best of forty candidates,\" said Ilse Marrow, who chairs the port board."),
            article("Lowmoor Examiner", "2026-03-20", "Port Director Looks Back", "\"The levy pays for the dredging,\" Ilse Marrow said."),
        ]
        let articles = texts.enumerated().map { n, text in Analyzed.text(text, path: "\(n).txt") }
        let library = CorpusQuery(corpus: Corpus(articles: articles))
        #expect(library.stories().isEmpty)
    }
}
