import NewsKit
import TerminalUI

/// The keys, generated from the key map; scrolls with every movement key.
public struct HelpScreen: Screen {
    var top = 0

    public init() {}

    public var title: String { "Help" }

    public func status(in library: CorpusQuery) -> String { "Esc back · q quit from the top" }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let lines = KeyMap.bindings.map { ($0.label, $0.meaning) }
        frame.put("Keys", x: area.x + 1, y: area.y, style: theme.title)
        Self.listView(in: area).render(into: &frame, state: ListState(selected: -1, top: top), count: lines.count) { frame, n, rect, _ in
            frame.put(lines[n].0, x: rect.x + 2, y: rect.y, style: theme.title, limit: 14)
            frame.put(lines[n].1, x: rect.x + 17, y: rect.y, limit: rect.width - 18)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if let move = command.listMove { Self.listView(in: area).scroll(move, top: &top, count: KeyMap.bindings.count) }
        return .stay
    }

    /// The key lines, below the heading.
    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(2))
    }
}
