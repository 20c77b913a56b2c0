import Foundation
import Testing
@testable import NewsKit

/// The reader's coverage is counted in the background: kept for the filter it was counted for only, and
/// counted again after corrections.
@Suite struct CoverageInBackgroundTests {
    /// What a coverage says, to compare two.
    static func summary(_ coverage: Coverage?) -> [String]? {
        coverage.map { coverage in
            [coverage.outlets.joined(separator: "|")] + coverage.rows.map { row in
                "\(row.person.id.rawValue) \(row.total) " + row.counts.map { "\($0.column):\($0.statements)" }.joined(separator: ",")
            }
        }
    }

    /// The coverage counted now for a fresh query over the same corpus with this filter.
    static func expected(_ library: CorpusQuery, filter: OutletFilter = OutletFilter()) -> [String]? {
        var fresh = CorpusQuery(corpus: library.corpus)
        fresh.outletFilter = filter
        return summary(fresh.coverage)
    }

    /// Waits until the library's coverage is counted (at most a minute).
    static func counted(_ library: CorpusQuery) async throws -> Coverage? {
        for _ in 0..<1_200 where library.countedCoverage == nil { try await Task.sleep(for: .milliseconds(50)) }
        return library.countedCoverage
    }

    /// Runs `body` while the counting queue is held, so that every count it starts waits its turn.
    static func whileCountsWait(_ body: () throws -> Void) rethrows {
        let held = DispatchSemaphore(value: 0)
        DerivedAnswers.countingQueue.async { held.wait() }
        defer { held.signal() }
        try body()
    }

    @Test func aCountIsKeptForItsOwnFilterAndNeverShownForANewOne() async throws {
        let library = try StoryFixtures.library()
        var coastal = library
        coastal.outletFilter = .only(["Coastal Post"])
        Self.whileCountsWait {
            library.countCoverageInBackground()
            #expect(library.isCountingCoverage && library.countedCoverage == nil)
            // The filter changes while the count for every outlet waits: that count is no longer wanted.
            coastal.countCoverageInBackground()
            #expect(library.countedCoverage == nil && coastal.countedCoverage == nil)
        }
        #expect(Self.summary(try await Self.counted(coastal)) == Self.expected(library, filter: coastal.outletFilter))
        #expect(library.countedCoverage == nil, "nothing counted for every outlet: the last filter asked was Coastal Post's")
        #expect(!library.isCountingCoverage)
        // Asked again, it is counted for its filter.
        library.countCoverageInBackground()
        #expect(Self.summary(try await Self.counted(library)) == Self.expected(library))
        #expect(library.countedCoverage?.outlets.count == 4)
    }

    @Test func aCountStartedBeforeCorrectionsIsNotShownAfter() async throws {
        let articles = try CorpusCorrectionsTests.articles()
        var library = CorpusQuery(corpus: Corpus(articles: articles))
        let silt = try CorpusCorrectionsTests.quote("The silt", in: articles)
        let orla = try CorpusCorrectionsTests.person("Orla Brennick", in: library)
        let before = Self.expected(library)
        Self.whileCountsWait {
            library.countCoverageInBackground()
            library.apply([CorpusCorrectionsTests.correction(silt, .speaker(name: orla.name, id: orla.id))])
        }
        let after = Self.expected(library)
        #expect(after != before, "the correction moves a statement from one person to another")
        #expect(library.countedCoverage == nil && !library.isCountingCoverage, "the count before the correction is not this library's")
        library.countCoverageInBackground()
        #expect(Self.summary(try await Self.counted(library)) == after)
    }

    @Test func aCommandsCoverageIsCountedAtOnceAndKept() throws {
        let library = try StoryFixtures.library()
        #expect(library.countedCoverage == nil)
        let coverage = library.coverage
        #expect(Self.summary(library.countedCoverage) == Self.summary(coverage))
        library.countCoverageInBackground()
        #expect(!library.isCountingCoverage, "nothing to count: it is there")
    }
}
