import NewsKit
import TerminalUI

/// The outlets, each switched on or off with Enter or t; the filter holds on every screen.
public struct SourcesScreen: Screen {
    var list = ListState()

    public init() {}

    public var title: String { "Sources" }

    public func status(in library: CorpusQuery) -> String {
        let off = library.outletFilter.hiddenCount
        return "\(off == 0 ? "all outlets on" : "\(off) off") · Enter/t toggle · Esc back"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let outlets = library.outlets
        ListView(area: area).render(into: &frame, state: list, count: outlets.count, selection: theme.selection) { frame, n, rect, selected in
            let outlet = outlets[n], y = rect.y
            let style = selected ? theme.selection : Style.plain
            let on = library.outletFilter.shows(outlet: outlet.name)
            var x = frame.put(on ? "[x] " : "[ ] ", x: area.x + 1, y: y, style: style)
            x = frame.put(outlet.name, x: x, y: y, style: on ? style.merged(with: theme.title) : style.merged(with: theme.dim)) + 2
            frame.put("\(outlet.articles) article\(outlet.articles == 1 ? "" : "s")", x: x, y: y, style: style.merged(with: theme.dim))
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let outlets = library.outlets
        if let move = command.listMove {
            ListView(area: area).apply(move, to: &list, count: outlets.count)
            return .stay
        }
        switch command {
        case .open, .toggle:
            guard outlets.indices.contains(list.selected) else { return .stay }
            let name = outlets[list.selected].name
            library.outletFilter.toggle(outlet: name)
        default: break
        }
        return .stay
    }
}
