import TerminalUI

/// The marks of the Evidence screen: the cue and the words that named the speaker, over the quote's
/// own colour. Without colour (`NO_COLOR`) attributes alone tell them apart.
extension Theme {
    /// The speech verb or mark that signed a quote (`said`, `according to`, `:`).
    public var cue: Style {
        colorMode != .none ? Style(foreground: .init(220), bold: true, underline: true) : Style(bold: true, underline: true)
    }

    /// The words that named the speaker, and the name a chain ended at.
    public var naming: Style {
        colorMode != .none ? Style(foreground: .black, background: .init(114), bold: true) : Style(bold: true, reverse: true)
    }
}
