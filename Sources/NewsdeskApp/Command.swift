import TerminalUI

/// What a key asks for; screens handle commands, not keys (see `KeyMap`).
public enum Command: Hashable, Sendable {
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case open, back, quit
    case nextItem, previousItem
    /// Quotes only, in the Reader; why the selected quote was given to its speaker.
    case nextQuote, previousQuote, evidence
    case help, search, filter, nextMatch, previousMatch
    case people, sources, articles, problems
    case toggle, sort, onlyThis, allOn
    case nextArticle, previousArticle, toggleRead, nextUnread, openURL, copyQuote
    /// Correct who said the selected quote (the Correct speaker screen).
    case correctSpeaker
    /// Where the article came from (its address, feed, fetch, charset, what gave each field).
    case origin
    /// Fetch the subscriptions in the background.
    case refresh
    /// Who is quoted by which outlet (the Coverage screen); the story of the selected article.
    case coverage, story
    /// Every outlet's wording of the selected statement (the Variants screen).
    case variants
    /// Write the person's evidence pack to a file.
    case exportEvidence
    /// A character typed into a field (a filter, the search prompt).
    case type(Character)
    case deleteBackward
    /// A mouse click on a row of the content area (0 is its first row).
    case click(row: Int)

    /// The commands a key can be bound to, with their names in the settings (`bind KEY NAME`).
    public static let named: [(command: Command, name: String)] = [
        (.down, "down"), (.up, "up"), (.pageDown, "page-down"), (.pageUp, "page-up"),
        (.halfPageDown, "half-page-down"), (.halfPageUp, "half-page-up"), (.top, "top"), (.bottom, "bottom"),
        (.open, "open"), (.back, "back"), (.quit, "quit"), (.nextItem, "next-item"), (.previousItem, "previous-item"),
        (.nextQuote, "next-quote"), (.previousQuote, "previous-quote"), (.evidence, "evidence"),
        (.help, "help"), (.search, "search"), (.filter, "filter"), (.nextMatch, "next-match"), (.previousMatch, "previous-match"),
        (.people, "people"), (.sources, "sources"), (.articles, "articles"), (.problems, "problems"),
        (.toggle, "toggle"), (.sort, "sort"), (.onlyThis, "only-this-outlet"), (.allOn, "all-outlets-on"),
        (.nextArticle, "next-article"), (.previousArticle, "previous-article"), (.toggleRead, "toggle-read"),
        (.nextUnread, "next-unread"), (.openURL, "open-url"), (.copyQuote, "copy-quote"), (.refresh, "refresh"),
        (.correctSpeaker, "correct-speaker"),
        (.coverage, "coverage"), (.story, "story"),
        (.variants, "variants"), (.exportEvidence, "export-evidence"),
        (.origin, "origin"),
    ]

    /// The command a settings name stands for.
    public init?(name: String) {
        guard let found = Self.named.first(where: { $0.name == name }) else { return nil }
        self = found.command
    }

    /// Its name in the settings.
    public var name: String? { Self.named.first { $0.command == self }?.name }
}

/// The keys and what they do, in one table: help is generated from it, screen by screen. A key may
/// do different things on different screens (`o` sorts the articles and opens an article's address in
/// the Reader): a screen's own commands (`Screen.keyHelp`) come first, then the commands of every screen.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        public var meaning: String
    }

    public private(set) var bindings: [Binding]

    public static let standard = KeyMap(bindings: [
        Binding(keys: [.down, .character("j")], command: .down, meaning: "next line or item"),
        Binding(keys: [.up, .character("k")], command: .up, meaning: "previous line or item"),
        Binding(keys: [.pageDown, .character(" ")], command: .pageDown, meaning: "page down"),
        Binding(keys: [.pageUp], command: .pageUp, meaning: "page up"),
        Binding(keys: [.control("d")], command: .halfPageDown, meaning: "half a page down"),
        Binding(keys: [.control("u")], command: .halfPageUp, meaning: "half a page up"),
        Binding(keys: [.character("g"), .home], command: .top, meaning: "first"),
        Binding(keys: [.character("G"), .end], command: .bottom, meaning: "last"),
        Binding(keys: [.enter, .right, .character("l")], command: .open, meaning: "open"),
        Binding(keys: [.escape, .character("h"), .left, .backspace], command: .back, meaning: "back to where you were"),
        Binding(keys: [.tab], command: .nextItem, meaning: "next quote or name"),
        Binding(keys: [.backTab], command: .previousItem, meaning: "previous quote or name"),
        Binding(keys: [.character("]")], command: .nextQuote, meaning: "next quote"),
        Binding(keys: [.character("[")], command: .previousQuote, meaning: "previous quote"),
        Binding(keys: [.character("w")], command: .evidence, meaning: "why the selected quote was given to its speaker"),
        Binding(keys: [.character("/")], command: .search, meaning: "search headlines, text and quotes"),
        Binding(keys: [.character("f")], command: .filter, meaning: "filter this list"),
        Binding(keys: [.character("n")], command: .nextMatch, meaning: "next match"),
        Binding(keys: [.character("N")], command: .previousMatch, meaning: "previous match"),
        Binding(keys: [.character("J")], command: .nextArticle, meaning: "next article of the list"),
        Binding(keys: [.character("K")], command: .previousArticle, meaning: "previous article of the list"),
        Binding(keys: [.character("m")], command: .toggleRead, meaning: "mark the article read or unread"),
        Binding(keys: [.character("u")], command: .nextUnread, meaning: "next unread article"),
        Binding(keys: [.character("o")], command: .openURL, meaning: "open the article's address ($BROWSER)"),
        Binding(keys: [.character("y")], command: .copyQuote, meaning: "copy the selected quote with its source"),
        Binding(keys: [.character("c")], command: .correctSpeaker, meaning: "correct who said the selected quote"),
        Binding(keys: [.character("v")], command: .variants, meaning: "every outlet's wording of the selected statement"),
        Binding(keys: [.character("E")], command: .exportEvidence, meaning: "write the person's evidence pack to a file"),
        Binding(keys: [.character("i")], command: .origin, meaning: "where the article came from"),
        Binding(keys: [.character("p")], command: .people, meaning: "people"),
        Binding(keys: [.character("s")], command: .sources, meaning: "sources (outlets on and off)"),
        Binding(keys: [.character("a")], command: .articles, meaning: "articles"),
        Binding(keys: [.character("!")], command: .problems, meaning: "files that could not be read"),
        Binding(keys: [.character("t")], command: .toggle, meaning: "switch the outlet on or off"),
        Binding(keys: [.character("o")], command: .onlyThis, meaning: "only this outlet"),
        Binding(keys: [.character("A")], command: .allOn, meaning: "every outlet on"),
        Binding(keys: [.character("o")], command: .sort, meaning: "sort by date or outlet"),
        Binding(keys: [.character("r")], command: .refresh, meaning: "fetch the subscriptions (newsdesk fetch)"),
        Binding(keys: [.character("C")], command: .coverage, meaning: "coverage: who is quoted by which outlet"),
        Binding(keys: [.character("S")], command: .story, meaning: "the story: each outlet's article on the same event"),
        Binding(keys: [.character("?")], command: .help, meaning: "the keys of this screen"),
        Binding(keys: [.character("q")], command: .quit, meaning: "back; quit from the top"),
    ])

    /// Commands every screen answers (the app handles them, or every list does).
    static let everywhere: [Command] = [.down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
                                        .back, .search, .people, .sources, .articles, .problems, .help, .quit, .refresh,
                                        .coverage]

    /// The command for a key on a screen that answers `commands` besides those of every screen.
    public func command(for key: Key, answering commands: [Command] = []) -> Command? {
        let candidates = bindings.filter { $0.keys.contains(key) }
        return (candidates.first { commands.contains($0.command) } ?? candidates.first { Self.everywhere.contains($0.command) }
            ?? candidates.first)?.command
    }

    /// The command for a key while a text field has the focus: printable characters are typed.
    public func fieldCommand(for key: Key, answering commands: [Command] = []) -> Command? {
        switch key {
        case .character(let c): return .type(c)
        case .backspace: return .deleteBackward
        case .escape: return .back
        case .enter: return .open
        default: return command(for: key, answering: commands)
        }
    }

    /// Makes `key` do `command`, and nothing else.
    public mutating func bind(_ key: Key, to command: Command) {
        unbind(key)
        if let index = bindings.firstIndex(where: { $0.command == command }) {
            bindings[index].keys.insert(key, at: 0)
        } else {
            bindings.append(Binding(keys: [key], command: command, meaning: command.name ?? ""))
        }
    }

    /// Makes `key` do nothing.
    public mutating func unbind(_ key: Key) {
        for index in bindings.indices { bindings[index].keys.removeAll { $0 == key } }
    }

    /// The keys of a command, as help shows them (`j ↓`).
    public func label(of command: Command) -> String {
        (bindings.first { $0.command == command }?.keys ?? []).map(Self.label).joined(separator: " ")
    }

    /// How a key is shown.
    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "⌫"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    /// The meaning of a command in the table.
    public func meaning(of command: Command) -> String {
        bindings.first { $0.command == command }?.meaning ?? command.name ?? ""
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

extension ListView {
    /// Does what `command` asks of this list on a screen whose content is drawn in `screen` (the list's
    /// area lies within it, below any header): a movement, or a click, whose row counts from the top of
    /// `screen`. False when the command is none of a list's, so the screen handles it.
    func handle(_ command: Command, on screen: Rect, state: inout ListState, count: Int) -> Bool {
        guard var move = command.listMove else { return false }
        if case .click(let row) = move { move = .click(row: row - (area.y - screen.y)) }
        apply(move, to: &state, count: count)
        return true
    }
}
