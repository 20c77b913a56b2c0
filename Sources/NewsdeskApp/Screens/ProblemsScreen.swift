import NewsKit
import TerminalUI

/// What could not be read, while the reader runs: each file (or settings line) with its reason, left
/// out; warnings (a guessed encoding) after the failures.
public struct ProblemsScreen: Screen {
    /// The problems, failures first; the app hands in newer ones as a load goes on.
    public var problems: [ArticleLoader.Problem]
    var list = ListState()

    public init(problems: [ArticleLoader.Problem]) {
        self.problems = problems.filter { !$0.isWarning } + problems.filter(\.isWarning)
    }

    public var title: String { "Problems" }

    public func status(in library: CorpusQuery) -> String {
        let failed = problems.filter { !$0.isWarning }.count, warnings = problems.count - failed
        return "\(problems.isEmpty ? 0 : list.selected + 1)/\(problems.count) · \(failed) left out, \(warnings) warning\(warnings == 1 ? "" : "s") · Esc back"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard !problems.isEmpty else {
            frame.put("Every file was read.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        ListView(area: area, rowsPerItem: 2).render(into: &frame, state: list, count: problems.count) { frame, n, rect, selected in
            let problem = problems[n]
            let style = selected ? theme.selection : Style.plain
            frame.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: style)
            // "error", not "unread": that word is the read state's, on the Articles screen.
            let mark = problem.isWarning ? "warning " : "error   "
            let x = frame.put(mark, x: rect.x + 1, y: rect.y, style: style.merged(with: problem.isWarning ? theme.dim : theme.warning))
            frame.put(ArticlesScreen.clip(ArticleLoader.printable(problem.path), rect.width - x), x: x, y: rect.y, style: style, limit: rect.width - x)
            frame.put(ArticlesScreen.clip(ArticleLoader.printable(problem.reason), rect.width - 10), x: rect.x + 9, y: rect.y + 1, style: theme.dim)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        _ = ListView(area: area, rowsPerItem: 2).handle(command, on: area, state: &list, count: problems.count)
        return .stay
    }
}
