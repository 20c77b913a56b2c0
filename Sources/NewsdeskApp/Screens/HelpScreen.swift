import NewsKit
import TerminalUI

/// The keys of the screen help was asked on, generated from the key map: what they do there, then the
/// keys that move in every list, then those that work everywhere. Scrolls with every movement key.
public struct HelpScreen: Screen {
    var top = 0
    /// Heading or (keys, meaning) lines.
    let lines: [(keys: String, meaning: String)]

    /// - Parameters: screen: the screen the help is for (its own commands first); keyMap: the keys.
    public init(for screen: (any Screen)? = nil, keyMap: KeyMap = .standard) {
        var lines: [(String, String)] = []
        let own = screen?.keyHelp ?? []
        if let screen, !own.isEmpty {
            lines.append(("", "On the \(screen.title) screen"))
            for (command, meaning) in own { lines.append((keyMap.label(of: command), meaning)) }
            lines.append(("", ""))
        }
        let moves: [Command] = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom]
        lines.append(("", "Moving (every list and the reader)"))
        for command in moves { lines.append((keyMap.label(of: command), keyMap.meaning(of: command))) }
        lines.append(("", "mouse: the wheel scrolls, a click selects"))
        lines.append(("", ""))
        lines.append(("", "Everywhere"))
        let shown = Set(own.map(\.command))
        for command in [Command.back, .search, .people, .sources, .coverage, .articles, .problems, .help, .quit] where !shown.contains(command) {
            lines.append((keyMap.label(of: command), keyMap.meaning(of: command)))
        }
        lines.append(("Ctrl-C", "quit"))
        self.lines = lines
    }

    public var title: String { "Help" }

    public func status(in library: CorpusQuery) -> String {
        let shown = max(1, lines.count)
        return "keys \(min(top + 1, shown))/\(shown) · j k Space PgDn g G scroll · Esc back"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        frame.put("Keys", x: area.x + 1, y: area.y, style: theme.title)
        Self.listView(in: area).render(into: &frame, state: ListState(selected: -1, top: top), count: lines.count) { frame, n, rect, _ in
            let line = lines[n]
            if line.keys.isEmpty {
                frame.put(line.meaning, x: rect.x + 1, y: rect.y, style: theme.title, limit: rect.width - 2)
            } else {
                frame.put(line.keys, x: rect.x + 3, y: rect.y, style: theme.title, limit: 18)
                frame.put(line.meaning, x: rect.x + 23, y: rect.y, limit: rect.width - 24)
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if let move = command.listMove { Self.listView(in: area).scroll(move, top: &top, count: lines.count) }
        return .stay
    }

    /// The key lines, below the heading.
    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(2))
    }
}
