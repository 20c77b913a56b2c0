import NewsKit
import TerminalUI

/// Everyone named, most statements first; typing filters by any of a person's names.
public struct PeopleScreen: Screen {
    var list = ListState()
    var filter = ""

    public init() {}

    public var title: String { "People" }
    public var wantsText: Bool { true }

    func rows(_ library: CorpusQuery) -> [(person: Person, statements: Int)] {
        library.people(matching: filter)
    }

    public func status(in library: CorpusQuery) -> String {
        "filter: \(filter.isEmpty ? "(type to filter)" : filter) · ↑↓ move · Enter open · Esc back"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let rows = rows(library)
        if rows.isEmpty {
            frame.put("Nobody matches “\(filter)”.", x: area.x + 1, y: area.y, style: theme.dim)
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
        switch command {
        case .type(let c):
            filter.append(c)
            list = ListState()
        case .deleteBackward:
            guard !filter.isEmpty else { return .pop }
            filter.removeLast()
            list = ListState()
        case .back where !filter.isEmpty:
            filter = ""
            list = ListState()
        case .back: return .pop
        default:
            let rows = rows(library)
            if let move = command.listMove {
                ListView(area: area).apply(move, to: &list, count: rows.count)
                return .stay
            }
            switch command {
            case .open:
                guard rows.indices.contains(list.selected) else { return .stay }
                return .push(PersonScreen(person: rows[list.selected].person.id))
            default: break
            }
        }
        return .stay
    }
}
