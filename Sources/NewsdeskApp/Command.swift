import TerminalUI

/// What a key asks for; screens handle commands, not keys (see `KeyMap`).
public enum Command: Hashable, Sendable {
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case open, back, quit
    case nextItem, previousItem
    case help, search, nextMatch, previousMatch
    case people, sources, articles
    case toggle, sort
    /// Fetch the subscriptions in the background.
    case refresh
    /// A character typed into a field (the People filter, the search prompt).
    case type(Character)
    case deleteBackward
    /// A mouse click on a row of the content area (0 is its first row).
    case click(row: Int)
}

/// The keys and what they do, in one table: the help screen is generated from it.
public enum KeyMap {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var command: Command
        public var meaning: String
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.down, .character("j")], label: "j ↓", command: .down, meaning: "next line or item"),
        Binding(keys: [.up, .character("k")], label: "k ↑", command: .up, meaning: "previous line or item"),
        Binding(keys: [.pageDown, .character(" ")], label: "PgDn Space", command: .pageDown, meaning: "page down"),
        Binding(keys: [.pageUp], label: "PgUp", command: .pageUp, meaning: "page up"),
        Binding(keys: [.control("d")], label: "Ctrl-D", command: .halfPageDown, meaning: "half a page down"),
        Binding(keys: [.control("u")], label: "Ctrl-U", command: .halfPageUp, meaning: "half a page up"),
        Binding(keys: [.home, .character("g")], label: "g Home", command: .top, meaning: "first"),
        Binding(keys: [.end, .character("G")], label: "G End", command: .bottom, meaning: "last"),
        Binding(keys: [.enter, .right, .character("l")], label: "Enter l", command: .open, meaning: "open; pivot to the person"),
        Binding(keys: [.backspace, .escape, .left, .character("h")], label: "Esc h ⌫", command: .back, meaning: "back to where you were"),
        Binding(keys: [.tab], label: "Tab", command: .nextItem, meaning: "next quote or name in an article"),
        Binding(keys: [.backTab], label: "Shift-Tab", command: .previousItem, meaning: "previous quote or name"),
        Binding(keys: [.character("/")], label: "/", command: .search, meaning: "search headlines, text and quotes"),
        Binding(keys: [.character("n")], label: "n", command: .nextMatch, meaning: "next match"),
        Binding(keys: [.character("N")], label: "N", command: .previousMatch, meaning: "previous match"),
        Binding(keys: [.character("p")], label: "p", command: .people, meaning: "people"),
        Binding(keys: [.character("s")], label: "s", command: .sources, meaning: "sources (outlets on and off)"),
        Binding(keys: [.character("a")], label: "a", command: .articles, meaning: "articles"),
        Binding(keys: [.character("t")], label: "t", command: .toggle, meaning: "toggle the outlet (Sources)"),
        Binding(keys: [.character("o")], label: "o", command: .sort, meaning: "sort by date or outlet (Articles)"),
        Binding(keys: [.character("r")], label: "r", command: .refresh, meaning: "fetch the subscriptions (newsdesk fetch)"),
        Binding(keys: [.character("?")], label: "?", command: .help, meaning: "this help"),
        Binding(keys: [.character("q"), .control("c")], label: "q", command: .quit, meaning: "back; quit from the top"),
    ]

    /// The command for a key in ordinary navigation.
    public static func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// The command for a key while a text field has the focus: printable characters are typed.
    public static func fieldCommand(for key: Key) -> Command? {
        switch key {
        case .character(let c): return .type(c)
        case .backspace: return .deleteBackward
        case .escape: return .back
        default: return command(for: key)
        }
    }
}

extension Command {
    /// The movement this command is in a list: the same on every list screen.
    var listMove: ListMove? {
        switch self {
        case .up: .up
        case .down: .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .halfPageUp: .halfPageUp
        case .halfPageDown: .halfPageDown
        case .top: .top
        case .bottom: .bottom
        case .click(let row): .click(row: row)
        default: nil
        }
    }
}
