import CNcursesw

/// How many terminal cells text takes, by the rule ncurses itself uses: the sum of `wcwidth` over the
/// Unicode scalars (`東京` is 4, `é` written as e + U+0301 is 1). Layout and clipping must agree with
/// it, or lines drift on screen.
///
/// Some scalars are never drawn, because terminals do not agree on them with ncurses or with each
/// other: control characters, and the invisible format characters (Unicode category Cf: the zero-width
/// joiner and non-joiner, bidi controls, the soft hyphen, word joiners, tags …) and variation selectors.
/// tmux 3.3, for one, joins the character after a zero-width joiner into the cell before it, so that
/// ncurses' idea of the cursor and the terminal's part and the line is left with stray characters;
/// other terminals widen an emoji followed by VS16. Without them what is shown is the same everywhere
/// (`👩‍🔬` is drawn as `👩🔬`, 4 cells, as ncurses counts it). A scalar `wcwidth` does not know
/// (unassigned) is drawn as U+FFFD, one cell, rather than left for the terminal to guess.
public enum CellWidth {
    /// What is drawn for `scalar`: nil when nothing is, U+FFFD in place of a scalar of unknown width.
    public static func drawn(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? scalar : nil }
        if scalar.value <= 0x9F || scalar.value == 0x2028 || scalar.value == 0x2029 { return nil }
        if isVariationSelector(scalar) || scalar.properties.generalCategory == .format { return nil }
        return wcwidth(wchar_t(bitPattern: scalar.value)) < 0 ? "\u{FFFD}" : scalar
    }

    /// The cells one scalar takes as drawn: 0 for combining marks and what is never drawn, 2 for wide ones.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        guard let shown = drawn(scalar) else { return 0 }
        // Never negative, even without a UTF-8 locale (where U+FFFD itself is unknown).
        let width = Int(wcwidth(wchar_t(bitPattern: shown.value)))
        return width < 0 ? 1 : width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// VS1–VS16 and VS17–VS256 (the Mongolian free variation selectors are Mn, handled as marks).
    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }
}
