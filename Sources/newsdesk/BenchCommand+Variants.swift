import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// Statements across outlets in the benchmark: building the statement groups over the whole corpus,
/// and drawing the Variants screen of the statement most outlets quote.
extension Bench {
    /// The figures, as (name, value, line to print); the library's groups are built when it returns.
    /// The Variants screen is opened and drawn a first time (the rows shown compared; the groups keep
    /// the wordings sorted), then drawn as a reader sees it after that (those rows kept).
    func variantsFigures(library: CorpusQuery, coldBuild: Double) -> [(String, Double, String)] {
        // Once, as the reader pays for it: the first time a screen asks (the groups are kept).
        let start = DispatchTime.now().uptimeNanoseconds
        let groups = library.statementGroups
        let build = Self.seconds(since: start)
        let acrossOutlets = groups.groups.filter { $0.outlets > 1 }.count
        var figures = [
            ("statement_groups_build_s", build,
             String(format: "statement groups: built in %.2f s (%.0f%% of the cold index build), %d groups, %d across outlets",
                    build, build / coldBuild * 100, groups.groups.count, acrossOutlets)),
            ("statement_groups", Double(groups.groups.count), ""),
        ]
        guard let widest = groups.groups.first else { return figures }
        let theme = Theme(colorMode: .palette256)
        var first = Frame(width: 200, height: 60)
        let firstStart = DispatchTime.now().uptimeNanoseconds
        let screen = VariantsScreen(statement: widest.statements[0], library: library, area: Rect(x: 0, y: 1, width: 200, height: 58))
        screen.render(into: &first, area: Rect(x: 0, y: 1, width: 200, height: 58), library: library, theme: theme)
        let firstFrame = Self.seconds(since: firstStart) * 1000
        figures.append(("frame_variants_first_ms", firstFrame, ""))
        var times: [Double] = []
        for _ in 0..<50 {
            let start = DispatchTime.now().uptimeNanoseconds
            var frame = Frame(width: 200, height: 60)
            screen.render(into: &frame, area: Rect(x: 0, y: 1, width: 200, height: 58), library: library, theme: theme)
            times.append(Self.seconds(since: start) * 1000)
        }
        let frame = times.sorted()[times.count / 2]
        figures.append(("frame_variants_200x60_ms", frame,
                        String(format: "frame at 200x60: Variants screen of a statement in %d wordings, %d outlets: %.2f ms (the first, opening the screen and comparing the rows shown: %.1f ms)",
                               widest.statements.count, widest.outlets, frame, firstFrame)))
        return figures
    }
}
