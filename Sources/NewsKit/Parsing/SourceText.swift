/// An article file's decoded text as Unicode scalars, cut into lines.
///
/// Offsets are scalar offsets: the unit of every `TextRange`.
struct SourceText {
    /// One line of the file, without its line terminator.
    struct Line {
        /// The line's content, without its terminator.
        var range: TextRange
        /// The content without leading and trailing white space; empty for a blank line.
        var trimmed: TextRange
        var isBlank: Bool { trimmed.isEmpty }
    }

    let scalars: [Unicode.Scalar]
    let lines: [Line]

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        var lines: [Line] = []
        var start = 0
        var i = 0
        func endLine(at end: Int) {
            var a = start, b = end
            while a < b, scalars[a].isHorizontalSpace || scalars[a].isControl { a += 1 }
            while b > a, scalars[b - 1].isHorizontalSpace || scalars[b - 1].isControl { b -= 1 }
            lines.append(Line(range: TextRange(start: start, end: end), trimmed: TextRange(start: a, end: b)))
        }
        while i < scalars.count {
            let s = scalars[i]
            if s.isLineBreak {
                endLine(at: i)
                i += (s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n") ? 2 : 1
                start = i
            } else {
                i += 1
            }
        }
        if start < scalars.count { endLine(at: scalars.count) }
        self.lines = lines
    }

    func string(_ range: TextRange) -> String {
        String(scalars: scalars[range.start..<range.end])
    }

    /// The trimmed text of line `index`, without control characters and terminal escape sequences
    /// (as in paragraphs): metadata read from it (a front-matter title, a byline) is printed as is.
    func text(ofLine index: Int) -> Substring {
        let range = lines[index].trimmed
        guard scalars[range.start..<range.end].contains(where: \.isControl) else { return Substring(string(range)) }
        var text = String.UnicodeScalarView()
        var i = range.start
        while i < range.end {
            if scalars[i] == "\u{1B}" {
                i = ParagraphBuilder.endOfEscapeSequence(in: scalars, from: i, limit: range.end)
            } else {
                if !scalars[i].isControl { text.append(scalars[i]) }
                i += 1
            }
        }
        return Substring(String(text))
    }
}
