import NewsKit
import TerminalUI

/// The outlets, each switched on or off with Enter, Space or t; the filter holds on every screen.
public struct SourcesScreen: Screen {
    var list = ListState()

    public init() {}

    public var title: String { "Sources" }

    public func status(in library: CorpusQuery) -> String {
        let off = library.outletFilter.hiddenCount
        return "\(off == 0 ? "all outlets on" : "\(off) off") · Enter/t toggle · Esc back"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        for (n, outlet) in library.outlets.enumerated().dropFirst(list.top).prefix(area.height) {
            let y = area.y + n - list.top
            let selected = n == list.selected
            let style = selected ? theme.selection : Style.plain
            if selected { frame.fill(x: area.x, y: y, width: area.width, height: 1, style: style) }
            let on = library.outletFilter.shows(outlet: outlet.name)
            var x = frame.put(on ? "[x] " : "[ ] ", x: area.x + 1, y: y, style: style)
            x = frame.put(outlet.name, x: x, y: y, style: on ? style.merged(with: theme.title) : style.merged(with: theme.dim)) + 2
            frame.put("\(outlet.articles) article\(outlet.articles == 1 ? "" : "s")", x: x, y: y, style: style.merged(with: theme.dim))
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let outlets = library.outlets
        switch command {
        case .down: list.move(by: 1, count: outlets.count, height: area.height)
        case .up: list.move(by: -1, count: outlets.count, height: area.height)
        case .top: list.select(0, count: outlets.count, height: area.height)
        case .bottom: list.select(outlets.count - 1, count: outlets.count, height: area.height)
        case .click(let row): list.select(list.top + row, count: outlets.count, height: area.height)
        case .open, .toggle, .pageDown:
            guard outlets.indices.contains(list.selected) else { return .stay }
            let name = outlets[list.selected].name
            library.outletFilter.toggle(outlet: name)
        default: break
        }
        return .stay
    }
}
