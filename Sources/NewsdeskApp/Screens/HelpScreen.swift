import NewsKit
import TerminalUI

/// The keys, generated from the key map.
public struct HelpScreen: Screen {
    var top = 0

    public init() {}

    public var title: String { "Help" }

    public func status(in library: CorpusQuery) -> String { "Esc back · q quit from the top" }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let lines = KeyMap.bindings.map { ($0.label, $0.meaning) }
        frame.put("Keys", x: area.x + 1, y: area.y, style: theme.title)
        for (n, line) in lines.enumerated().dropFirst(top).prefix(max(0, area.height - 2)) {
            let y = area.y + 2 + n - top
            frame.put(line.0, x: area.x + 2, y: y, style: theme.title, limit: 14)
            frame.put(line.1, x: area.x + 17, y: y, limit: area.width - 18)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        switch command {
        case .down: top = min(max(0, KeyMap.bindings.count - area.height + 2), top + 1)
        case .up: top = max(0, top - 1)
        default: break
        }
        return .stay
    }
}
