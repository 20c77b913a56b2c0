import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// Issue 14's figures: grouping the stories of the whole corpus, and the Coverage screen.
extension Bench {
    /// - Parameters: library: the warm reader's library; coldBuild: the cold index build's time (s),
    ///   which the grouping is compared with.
    func acrossOutletsFigures(library: CorpusQuery, coldBuild: Double) -> [(String, Double)] {
        var figures: [(String, Double)] = []
        func record(_ key: String, _ value: Double, _ line: String) {
            figures.append((key, value))
            if !json { Self.say(line) }
        }
        var stories = 0
        // The last run groups the library's own stories, so that the frames measured next show their marks.
        let grouping = (0..<runs).map { run in
            let start = DispatchTime.now().uptimeNanoseconds
            stories = run == runs - 1 ? library.allStories.stories.count : Stories(corpus: library.corpus)?.stories.count ?? 0
            return Self.seconds(since: start)
        }.sorted()[runs / 2]
        record("story_grouping_s", grouping, String(format: "stories grouped over %d articles: %.2f s (%.1f%% of the cold index build), %d stories",
                                                     library.corpus.articles.count, grouping, grouping / coldBuild * 100, stories))
        figures.append(("story_grouping_share_of_cold_build", grouping / coldBuild))
        figures.append(("stories", Double(stories)))

        // The first Coverage frame of a reader whose coverage was never asked (its Articles screen drawn
        // first, as a reader's is): the screen says it is counting, the matrix is counted in the
        // background; then the time from C until the matrix is there.
        var counts: [Double] = []
        let first = (0..<runs).map { _ in
            let app = ReaderApp(library: CorpusQuery(corpus: library.corpus), terminal: InMemoryTerminal(width: 200, height: 60))
            _ = app.render(width: 200, height: 60)
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(.key(.character("C")))
            _ = app.render(width: 200, height: 60)
            let frame = Self.seconds(since: start) * 1000
            let deadline = DispatchTime.now() + .seconds(120)
            while app.library.countedCoverage == nil, DispatchTime.now() < deadline { usleep(200) }
            counts.append(Self.seconds(since: start) * 1000)
            return frame
        }.sorted()[runs / 2]
        let count = counts.sorted()[runs / 2]
        _ = library.coverage // counted, so that the frames below draw the matrix
        let frame = Self.renderTime(after: [.character("C")], library: library)
        let verbs = Self.renderTime(after: [.character("C"), .enter], library: library)
        record("coverage_first_frame_ms", first, String(format: "Coverage screen (C), first frame at 200x60 (people × outlets counted behind it): %.2f ms", first))
        record("coverage_count_ms", count, String(format: "Coverage counted in the background, from C to the matrix ready to draw: %.0f ms", count))
        record("frame_coverage_200x60_ms", frame, String(format: "frame at 200x60: Coverage %.2f ms, the most quoted person's verbs %.2f ms", frame, verbs))
        figures.append(("frame_verbs_200x60_ms", verbs))
        return figures
    }
}
