/// How a cell looks: colours and attributes. With colour off (`NO_COLOR`) only the attributes show.
public struct Style: Hashable, Sendable {
    /// A terminal colour: one of the 256-colour palette (0–15 are the classic 16).
    public struct Color: Hashable, Sendable {
        public var index: UInt8
        public init(_ index: UInt8) { self.index = index }

        public static let black = Color(0), red = Color(1), green = Color(2), yellow = Color(3)
        public static let blue = Color(4), magenta = Color(5), cyan = Color(6), white = Color(7)

        /// The nearest of the eight basic colours, for terminals without 256 colours.
        public var basic: Color {
            if index < 8 { return self }
            if index < 16 { return Color(index - 8) }
            if index >= 232 { return index >= 244 ? .white : .black }
            let cube = Int(index) - 16
            let r = cube / 36, g = (cube / 6) % 6, b = cube % 6
            let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
            return Color(UInt8(bits))
        }
    }

    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// This style with another's colours and attributes laid over it.
    public func merged(with other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground, background: other.background ?? background,
              bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
              underline: underline || other.underline, reverse: reverse || other.reverse)
    }
}
