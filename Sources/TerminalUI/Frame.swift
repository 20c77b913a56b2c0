/// A screenful of styled cells: what a screen draws and a terminal shows.
///
/// Text is placed by cell width (`CellWidth`): a wide character takes two cells, the second holding
/// a continuation, and is never cut at an edge; what `CellWidth.drawn` leaves out (control and format
/// characters, variation selectors) is never stored.
public struct Frame: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// The characters shown in the cell (a scalar and any zero-width marks after it); empty for the
        /// right half of a wide character.
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .plain)
        public var isContinuation: Bool { text.isEmpty }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at column `x` of row `y`, clipped to `limit` columns (default: the row's end),
    /// and returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = x
        var pending: (scalars: String, width: Int)?
        func flush() -> Bool {
            guard let (scalars, cellWidth) = pending else { return true }
            pending = nil
            guard column + cellWidth <= end else { return false }
            if column >= 0 {
                self[column, y] = Cell(text: scalars, style: style)
                if cellWidth == 2, column + 1 < width { self[column + 1, y] = Cell(text: "", style: style) }
            }
            column += cellWidth
            return true
        }
        for original in text.unicodeScalars {
            guard let scalar = CellWidth.drawn(original) else { continue }
            let cellWidth = CellWidth.of(scalar)
            if cellWidth == 0 {
                // A combining mark joins the character before it (as many as ncurses keeps in a cell).
                if pending != nil, pending!.scalars.unicodeScalars.count < Self.scalarsPerCell {
                    pending!.scalars.unicodeScalars.append(scalar)
                }
                continue
            }
            guard flush() else { return column }
            pending = (String(Character(scalar)), cellWidth)
        }
        _ = flush()
        return column
    }

    /// The most scalars ncurses keeps in one cell (`CCHARW_MAX`): a character and four marks.
    static let scalarsPerCell = 5

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                self[column, row] = Cell(text: " ", style: style)
            }
        }
    }

    /// The characters of row `y`, for tests and logs.
    public func text(row y: Int) -> String {
        (0..<width).map { self[$0, y].text }.joined()
    }

    /// Every row, trailing blanks trimmed.
    public var lines: [String] {
        (0..<height).map { row in
            var line = text(row: row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}

extension Unicode.Scalar {
    /// False for control characters and escapes, which must never reach the terminal.
    var isDrawable: Bool {
        !(value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029)
    }
}
