extension Style {
    /// The SGR escape that sets this style on a terminal (after a reset), for output that is not drawn
    /// through ncurses (`newsdesk show`). Without colours only the attributes are written.
    public func sgr(colorMode: ColorMode) -> String {
        var codes = ["0"]
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if italic { codes.append("3") }
        if underline { codes.append("4") }
        if reverse { codes.append("7") }
        switch colorMode {
        case .none: break
        case .basic:
            if let foreground { codes.append("3\(foreground.basic.index)") }
            if let background { codes.append("4\(background.basic.index)") }
        case .palette256:
            if let foreground { codes.append("38;5;\(foreground.index)") }
            if let background { codes.append("48;5;\(background.index)") }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension StyledText {
    /// The text with SGR escapes where the style changes, and a reset at the end; `escaping` turns each
    /// stretch of text into what may be written (the caller's rule for control characters).
    public func ansi(colorMode: ColorMode, escaping: (String) -> String = { $0 }) -> String {
        let scalars = Array(text.unicodeScalars)
        let styles = styleOfEachScalar(count: scalars.count)
        var out = ""
        var stretch = "", current: String?
        for (i, scalar) in scalars.enumerated() {
            let sgr = styles[i].sgr(colorMode: colorMode)
            if sgr != current {
                out += escaping(stretch) + sgr
                stretch = ""
                current = sgr
            }
            stretch.unicodeScalars.append(scalar)
        }
        return current == nil ? out : out + escaping(stretch) + "\u{1B}[0m"
    }
}
