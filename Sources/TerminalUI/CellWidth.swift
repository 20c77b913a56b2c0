import CNcursesw

/// How many terminal cells text takes, by the rule ncurses itself uses: the sum of `wcwidth` over the
/// Unicode scalars (`東京` is 4, `é` written as e + U+0301 is 1). Layout and clipping must agree with
/// it, or lines drift on screen.
public enum CellWidth {
    /// The cells one scalar takes: 0 for combining marks and zero-width characters, 2 for wide ones.
    /// Control characters, which are never drawn, count 0.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        let width = wcwidth(wchar_t(bitPattern: scalar.value))
        return max(0, Int(width))
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
