/// Joins the lines of one block into a `Paragraph`: lines trimmed and joined with single spaces, a word
/// hyphenated over a line break joined again, white space collapsed, control characters and terminal
/// escape sequences dropped. Every run of the result remembers where it came from in the file.
struct ParagraphBuilder {
    /// Prefixes that keep their hyphen when a line breaks after them (`re-` + `take` is `re-take`).
    static let hyphenatedPrefixes: Set<String> = [
        "re", "co", "ex", "non", "pre", "post", "self", "anti", "pro", "semi", "multi", "mid", "well",
        "cross", "vice", "all", "half",
    ]

    private let source: SourceText
    private var text: [Unicode.Scalar] = []
    private var count = 0
    private var pieces: [Paragraph.Piece] = []
    private var lastFileOffset = -2
    private var pendingSpace: Int?

    init(source: SourceText) {
        self.source = source
    }

    /// The paragraph made of `lines` (indices into `source.lines`, in order, none blank).
    static func paragraph(_ role: Paragraph.Role, lines: some Collection<Int>, in source: SourceText) -> Paragraph {
        var builder = ParagraphBuilder(source: source)
        let indices = Array(lines)
        for (k, line) in indices.enumerated() {
            var range = source.lines[line].trimmed
            if k + 1 < indices.count {
                switch builder.join(range, to: source.lines[indices[k + 1]].trimmed) {
                case .space:
                    builder.append(range)
                    builder.pendingSpace = range.end
                case .keepHyphen:
                    builder.append(range)
                case .dropHyphen:
                    range.end -= 1
                    builder.append(range)
                }
            } else {
                builder.append(range)
            }
        }
        let first = indices.first.map { source.lines[$0].trimmed.start } ?? 0
        let last = indices.last.map { source.lines[$0].trimmed.end } ?? first
        return Paragraph(role: role, text: String(scalars: builder.text[...]), range: TextRange(start: first, end: last), pieces: builder.pieces)
    }

    private enum Join { case space, keepHyphen, dropHyphen }

    /// How line `a` joins the next line `b`.
    private func join(_ a: TextRange, to b: TextRange) -> Join {
        let s = source.scalars
        guard a.count >= 2, s[a.end - 1] == "-", s[a.end - 2].isLetter, !b.isEmpty else { return .space }
        let next = s[b.start]
        guard next.isLetter || next.isDigit else { return .space }
        if next.isUppercaseLetter || next.isDigit { return .keepHyphen }
        var start = a.end - 1
        while start > a.start, s[start - 1].isLetter { start -= 1 }
        let fragment = String(scalars: s[start..<(a.end - 1)])
        return Self.hyphenatedPrefixes.contains(fragment.lowercased()) ? .keepHyphen : .dropHyphen
    }

    private mutating func append(_ range: TextRange) {
        let s = source.scalars
        var i = range.start
        while i < range.end {
            let scalar = s[i]
            if scalar == "\u{1B}" {
                i = Self.endOfEscapeSequence(in: s, from: i, limit: range.end)
                continue
            }
            if scalar.isControl || scalar.isLineBreak {
                i += 1
                continue
            }
            if scalar.isHorizontalSpace {
                if pendingSpace == nil, count > 0 { pendingSpace = i }
                i += 1
                continue
            }
            if let space = pendingSpace {
                emit(" ", at: space)
                pendingSpace = nil
            }
            emit(scalar, at: i)
            i += 1
        }
    }

    private mutating func emit(_ scalar: Unicode.Scalar, at fileOffset: Int) {
        if fileOffset != lastFileOffset + 1 {
            pieces.append(Paragraph.Piece(textOffset: count, fileOffset: fileOffset))
        }
        text.append(scalar)
        count += 1
        lastFileOffset = fileOffset
    }

    /// The offset just past an ANSI escape sequence starting at `start` (CSI, OSC or a two-byte escape).
    static func endOfEscapeSequence(in s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start + 1
        guard i < limit else { return i }
        switch s[i] {
        case "[":
            i += 1
            while i < limit, !(0x40...0x7E).contains(s[i].value) { i += 1 }
            return min(i + 1, limit)
        case "]":
            i += 1
            while i < limit, s[i] != "\u{07}", s[i] != "\u{1B}" { i += 1 }
            if i < limit, s[i] == "\u{1B}" { i += 1 }
            return min(i + 1, limit)
        default:
            return i + 1
        }
    }
}
