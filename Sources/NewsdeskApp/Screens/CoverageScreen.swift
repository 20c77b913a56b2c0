import NewsKit
import TerminalUI

/// Who is quoted by which outlet: people as rows (most statements first), outlets as columns (most
/// statements first), each cell the person's statements in that outlet's articles, the outlet filter
/// applied. Rows scroll as every list does; Tab and Shift-Tab scroll the outlets sideways. Enter opens
/// the person's verbs. A large corpus's matrix is counted in the background (`coverageWithoutWaiting`):
/// until it is, the screen says it is counting, and frames never wait for it.
public struct CoverageScreen: Screen {
    var list = ListState()
    /// The first outlet column shown.
    var firstColumn = 0

    public init() {}

    public var title: String { "Coverage" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "the verbs that introduce the person's statements"), (.nextItem, "more outlets to the right"),
         (.previousItem, "back to the outlets on the left")]
    }

    /// Rows above the people: the outlets' names and a rule.
    static let headerHeight = 2
    static let totalWidth = 7

    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight))
    }

    private static func nameWidth(in area: Rect) -> Int {
        min(28, max(14, area.width / 4))
    }

    /// The width of the outlet columns: room for a long name when few outlets share the window.
    static func columnWidth(in area: Rect, outlets: Int) -> Int {
        min(20, max(10, (area.width - nameWidth(in: area) - totalWidth - 2) / max(1, outlets)))
    }

    /// How many outlet columns fit beside the names and totals (room kept for the ‹ › marks).
    static func visibleColumns(in area: Rect, outlets: Int) -> Int {
        max(1, (area.width - nameWidth(in: area) - totalWidth - 2) / columnWidth(in: area, outlets: outlets))
    }

    public func status(in library: CorpusQuery) -> String {
        guard let coverage = library.coverageWithoutWaiting() else { return "counting… · Esc back · ? help" }
        let rows = coverage.rows.count, outlets = coverage.outlets.count
        let position = "\(rows == 0 ? 0 : list.selected + 1)/\(rows) people × \(outlets) outlet\(outlets == 1 ? "" : "s")"
        return "\(position) · Enter verbs · Tab/Shift-Tab more outlets · Esc back · ? help"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard let coverage = library.coverageWithoutWaiting() else {
            let articles = library.outletFilter.showsAll ? ReaderApp.grouped(library.corpus.articles.count) + " articles" : "the articles shown"
            let message = "Counting who is quoted by which outlet in \(articles)…"
            frame.put(ArticlesScreen.clip(message, area.width - 2), x: area.x + 1, y: area.y, style: theme.dim)
            frame.put(ArticlesScreen.clip("The matrix appears here when counted; keys work meanwhile.", area.width - 2), x: area.x + 1, y: area.y + 1, style: theme.dim)
            return
        }
        guard !coverage.rows.isEmpty else {
            let message = library.corpus.articles.isEmpty ? "No articles yet." : "No statements with a speaker in the articles shown (s for Sources)."
            frame.put(message, x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let nameWidth = Self.nameWidth(in: area), visible = Self.visibleColumns(in: area, outlets: coverage.outlets.count)
        let columnWidth = Self.columnWidth(in: area, outlets: coverage.outlets.count)
        let first = min(firstColumn, max(0, coverage.outlets.count - visible))
        let columns = first..<min(coverage.outlets.count, first + visible)
        let columnsX = area.x + nameWidth + Self.totalWidth + 1
        // The outlets' names over their columns, clipped to the column; ‹ › say more are there.
        frame.put(ArticlesScreen.clip("person", nameWidth - 1), x: area.x + 1, y: area.y, style: theme.dim)
        frame.put(Self.rightAligned("all", Self.totalWidth), x: area.x + nameWidth, y: area.y, style: theme.dim)
        for (n, column) in columns.enumerated() {
            let name = ArticlesScreen.clip(coverage.outlets[column], columnWidth - 1)
            frame.put(Self.rightAligned(name, columnWidth), x: columnsX + n * columnWidth, y: area.y, style: theme.title)
        }
        if first > 0 { frame.put("‹", x: columnsX - 1, y: area.y, style: theme.title) }
        if columns.upperBound < coverage.outlets.count {
            frame.put("›", x: columnsX + columns.count * columnWidth + 1, y: area.y, style: theme.title)
        }
        frame.put(String(repeating: "─", count: max(0, area.width)), x: area.x, y: area.y + 1, style: theme.dim, limit: area.width)
        Self.listView(in: area).render(into: &frame, state: list, count: coverage.rows.count, selection: theme.selection) { frame, n, rect, selected in
            let row = coverage.rows[n], y = rect.y
            let style = selected ? theme.selection : Style.plain
            frame.put(ArticlesScreen.clip(row.person.name, nameWidth - 2), x: area.x + 1, y: y, style: style.merged(with: theme.title), limit: nameWidth - 2)
            frame.put(Self.rightAligned(String(row.total), Self.totalWidth), x: area.x + nameWidth, y: y, style: style)
            for (c, column) in columns.enumerated() {
                let count = row.statements(inColumn: column)
                frame.put(Self.rightAligned(count == 0 ? "·" : String(count), columnWidth), x: columnsX + c * columnWidth, y: y,
                          style: count == 0 ? style.merged(with: theme.dim) : style)
            }
        }
    }

    private static func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - CellWidth.of(text))) + text
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        // Nothing to move over or open while the matrix is counted.
        guard let coverage = library.coverageWithoutWaiting() else { return .stay }
        if Self.listView(in: area).handle(command, on: area, state: &list, count: coverage.rows.count) { return .stay }
        let lastFirst = max(0, coverage.outlets.count - Self.visibleColumns(in: area, outlets: coverage.outlets.count))
        switch command {
        case .nextItem: firstColumn = min(lastFirst, min(firstColumn, lastFirst) + 1)
        case .previousItem: firstColumn = max(0, min(firstColumn, lastFirst) - 1)
        case .open:
            guard coverage.rows.indices.contains(list.selected) else { return .stay }
            return .push(VerbsScreen(person: coverage.rows[list.selected].person.id))
        default: break
        }
        return .stay
    }

    /// Keeps the selected person selected as a fuller library reorders the rows (when both matrices
    /// are counted: a library change never waits for a count).
    public mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery) {
        guard list.selected > 0, let oldRows = old.countedCoverage?.rows, oldRows.indices.contains(list.selected),
              let newRows = new.coverageWithoutWaiting()?.rows else { return }
        let person = oldRows[list.selected].person.id
        guard let position = newRows.firstIndex(where: { $0.person.id == person }) else { return }
        let offset = list.selected - list.top
        list.selected = position
        list.top = max(0, position - offset)
    }
}
