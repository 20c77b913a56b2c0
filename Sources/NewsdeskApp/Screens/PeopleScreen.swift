import NewsKit
import TerminalUI

/// Everyone named, most statements first; `/` or `f` filters by any of a person's names (Enter keeps
/// the filter, Esc drops it); every other key does what it does on every list.
public struct PeopleScreen: Screen {
    var list = ListState()
    var filter = ListFilter()

    public init() {}

    public var title: String { "People" }
    public var wantsText: Bool { filter.editing }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "everything this person said"), (.search, "filter by name (Enter keeps, Esc clears)"),
         (.filter, "filter by name, as /")]
    }

    public func claims(_ command: Command) -> Bool { filter.claims(command) || command == .search }

    func rows(_ library: CorpusQuery) -> [(person: Person, statements: Int)] {
        library.people(matching: filter.text)
    }

    public func status(in library: CorpusQuery) -> String {
        let count = rows(library).count
        let position = "\(count == 0 ? 0 : list.selected + 1)/\(count) people"
        return "\(position) · " + (filter.status ?? "/ or f filter · Enter open · Esc back · ? help")
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let rows = rows(library)
        if rows.isEmpty {
            frame.put(filter.text.isEmpty ? "Nobody yet." : "Nobody matches “\(filter.text)” (Esc clears the filter).", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        ListView(area: area).render(into: &frame, state: list, count: rows.count, selection: theme.selection) { frame, n, rect, selected in
            let row = rows[n], y = rect.y
            let style = selected ? theme.selection : Style.plain
            let count = String(row.statements)
            var x = frame.put(String(repeating: " ", count: max(0, 4 - count.count)) + count, x: area.x, y: y, style: style) + 2
            x = frame.put(row.person.name, x: x, y: y, style: style.merged(with: theme.title)) + 2
            let detail = (row.person.roles.first.map { $0 + " · " } ?? "") + "\(row.person.articles.count) article\(row.person.articles.count == 1 ? "" : "s")"
            frame.put(ArticlesScreen.clip(detail, area.x + area.width - x), x: x, y: y, style: style.merged(with: theme.dim))
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if filter.handle(command, starts: [.filter, .search], list: &list) { return .stay }
        let rows = rows(library)
        if ListView(area: area).handle(command, on: area, state: &list, count: rows.count) { return .stay }
        if command == .open, rows.indices.contains(list.selected) {
            return .push(PersonScreen(person: rows[list.selected].person.id))
        }
        return .stay
    }
}
