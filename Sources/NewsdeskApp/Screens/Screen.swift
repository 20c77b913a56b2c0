import NewsKit
import TerminalUI

/// What the app does after a screen handled a command.
public enum Navigation {
    case stay
    case push(any Screen)
    /// This screen gives way to another at the same place (the Reader's next article).
    case replace(any Screen)
    case pop
    case quit
}

/// One screen of the reader: draws itself into an area and handles commands.
public protocol Screen {
    /// Its part of the breadcrumb.
    var title: String { get }
    /// Its part of the breadcrumb over this corpus (a person's screen names the person).
    func title(in library: CorpusQuery) -> String
    /// What the status line says about it: position, selection, hints.
    func status(in library: CorpusQuery) -> String
    /// Whether printable keys go to a text field (filter or prompt) instead of navigation.
    var wantsText: Bool { get }
    /// The commands this screen answers besides those of every screen, with what each does here:
    /// keys are looked up for them first, and help lists them.
    var keyHelp: [(command: Command, meaning: String)] { get }
    /// Whether the screen takes a command the app would otherwise handle (Esc while filtering).
    func claims(_ command: Command) -> Bool
    /// The article selected or shown (an index into the corpus), for read state and its address.
    func selectedArticle(in library: CorpusQuery) -> Int?
    func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme)
    mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation
    /// A fuller library replaced `old` while loading; article indices stay valid (articles are only
    /// added), but lists may reorder.
    mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery)
}

extension Screen {
    public func title(in library: CorpusQuery) -> String { title }
    public var wantsText: Bool { false }
    public var keyHelp: [(command: Command, meaning: String)] { [] }
    public func claims(_ command: Command) -> Bool { false }
    public func selectedArticle(in library: CorpusQuery) -> Int? { nil }
    public mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery) {}
}
