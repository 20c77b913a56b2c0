import NewsKit
import TerminalUI

/// The outlets, most articles first with their counts, each switched on or off with Enter or t; `o`
/// shows only the selected one, `A` all; `/` or `f` filters the list. The filter holds on every screen.
public struct SourcesScreen: Screen {
    var list = ListState()
    var filter = ListFilter()

    public init() {}

    public var title: String { "Sources" }
    public var wantsText: Bool { filter.editing }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.toggle, "switch the outlet on or off (Enter too)"), (.onlyThis, "only this outlet"), (.allOn, "every outlet on"),
         (.search, "filter by name (Enter keeps, Esc clears)"), (.filter, "filter by name, as /")]
    }

    public func claims(_ command: Command) -> Bool { filter.claims(command) || command == .search }

    func rows(_ library: CorpusQuery) -> [(name: String, articles: Int)] {
        let outlets = library.outlets
        return filter.text.isEmpty ? outlets : outlets.filter { filter.admits($0.name) }
    }

    public func status(in library: CorpusQuery) -> String {
        let off = library.outletFilter.hiddenCount, count = rows(library).count
        let state = off == 0 ? "all outlets on" : "\(off) off"
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) outlets · \(state) · "
            + (filter.status ?? "Enter/t toggle · o only this · A all on · / filter · Esc back")
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let outlets = rows(library)
        if outlets.isEmpty, !filter.text.isEmpty {
            frame.put("No outlet matches “\(filter.text)” (Esc clears the filter).", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let countWidth = max(1, String(outlets.map(\.articles).max() ?? 0).count)
        ListView(area: area).render(into: &frame, state: list, count: outlets.count, selection: theme.selection) { frame, n, rect, selected in
            let outlet = outlets[n], y = rect.y
            let style = selected ? theme.selection : Style.plain
            let on = library.outletFilter.shows(outlet: outlet.name)
            var x = frame.put(on ? "[x] " : "[ ] ", x: area.x + 1, y: y, style: style)
            let count = String(outlet.articles)
            x = frame.put(String(repeating: " ", count: countWidth - count.count) + count, x: x, y: y, style: style.merged(with: theme.dim)) + 2
            frame.put(outlet.name, x: x, y: y, style: on ? style.merged(with: theme.title) : style.merged(with: theme.dim), limit: area.x + area.width - x)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if filter.handle(command, starts: [.filter, .search], list: &list) { return .stay }
        let outlets = rows(library)
        if ListView(area: area).handle(command, on: area, state: &list, count: outlets.count) { return .stay }
        switch command {
        case .open, .toggle:
            guard outlets.indices.contains(list.selected) else { return .stay }
            library.outletFilter.toggle(outlet: outlets[list.selected].name)
        case .onlyThis:
            guard outlets.indices.contains(list.selected) else { return .stay }
            library.outletFilter.showOnly(outlet: outlets[list.selected].name, among: library.outlets.map(\.name))
        case .allOn:
            library.outletFilter.showAll()
        default: break
        }
        return .stay
    }
}
