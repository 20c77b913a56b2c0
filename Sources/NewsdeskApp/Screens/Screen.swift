import NewsKit
import TerminalUI

/// What the app does after a screen handled a command.
public enum Navigation {
    case stay
    case push(any Screen)
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
    func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme)
    mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation
    /// A fuller library replaced `old` while loading; article indices stay valid (articles are only
    /// added), but lists may reorder.
    mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery)
}

extension Screen {
    public func title(in library: CorpusQuery) -> String { title }
    public var wantsText: Bool { false }
    public mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery) {}
}
