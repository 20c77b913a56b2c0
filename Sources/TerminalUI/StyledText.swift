/// Text with styles over stretches of it (offsets in Unicode scalars), ready to be wrapped to a width.
public struct StyledText: Sendable {
    public struct Run: Sendable {
        public var range: Range<Int>
        public var style: Style
        public init(range: Range<Int>, style: Style) {
            self.range = range
            self.style = style
        }
    }

    public var text: String
    public var base: Style
    /// Later runs are laid over earlier ones.
    public var runs: [Run]

    public init(_ text: String, base: Style = .plain, runs: [Run] = []) {
        self.text = text
        self.base = base
        self.runs = runs
    }

    /// The style of each scalar: the base with every run over it laid on, in order.
    func styleOfEachScalar(count: Int) -> [Style] {
        var styles = Array(repeating: base, count: count)
        for run in runs {
            for i in max(0, run.range.lowerBound)..<min(count, max(run.range.lowerBound, run.range.upperBound)) {
                styles[i] = styles[i].merged(with: run.style)
            }
        }
        return styles
    }
}

/// One screen line of wrapped text.
public struct WrappedLine: Sendable {
    public struct Segment: Sendable, Equatable {
        public var text: String
        public var style: Style
        public init(text: String, style: Style) {
            self.text = text
            self.style = style
        }
    }

    public var segments: [Segment]
    /// The scalars of the source text this line shows.
    public var range: Range<Int>

    public var text: String { segments.map(\.text).joined() }

    public init(segments: [Segment], range: Range<Int>) {
        self.segments = segments
        self.range = range
    }
}

/// Wraps styled text to a width in cells, at spaces where it can, never splitting a wide character.
public enum TextWrapper {
    public static func wrap(_ styled: StyledText, width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        let scalars = Array(styled.text.unicodeScalars).map { $0.isDrawable ? $0 : " " }
        let styles = styled.styleOfEachScalar(count: scalars.count)
        var lines: [WrappedLine] = []
        var start = 0
        while start < scalars.count {
            // Skip the spaces a break left at the start of a line.
            while start < scalars.count, scalars[start] == " " { start += 1 }
            guard start < scalars.count else { break }
            var end = start, used = 0, lastSpace: Int?
            while end < scalars.count {
                let w = CellWidth.of(scalars[end])
                if used + w > width { break }
                if scalars[end] == " " { lastSpace = end }
                used += w
                end += 1
            }
            if end < scalars.count, scalars[end] != " ", let space = lastSpace, space > start {
                end = space
            }
            if end == start { end = start + 1 } // a single character wider than the line
            lines.append(line(scalars, styles, start..<end))
            start = end
        }
        return lines.isEmpty ? [WrappedLine(segments: [], range: 0..<0)] : lines
    }

    private static func line(_ scalars: [Unicode.Scalar], _ styles: [Style], _ range: Range<Int>) -> WrappedLine {
        var segments: [WrappedLine.Segment] = []
        var trimmedEnd = range.upperBound
        while trimmedEnd > range.lowerBound, scalars[trimmedEnd - 1] == " " { trimmedEnd -= 1 }
        for i in range.lowerBound..<trimmedEnd {
            if let last = segments.last, last.style == styles[i] {
                segments[segments.count - 1].text.unicodeScalars.append(scalars[i])
            } else {
                var text = ""
                text.unicodeScalars.append(scalars[i])
                segments.append(.init(text: text, style: styles[i]))
            }
        }
        return WrappedLine(segments: segments, range: range)
    }
}

extension Frame {
    /// Draws a wrapped line at row `y` from column `x`.
    public mutating func put(_ line: WrappedLine, x: Int, y: Int, limit: Int? = nil) {
        var column = x
        let end = limit.map { x + $0 }
        for segment in line.segments {
            column = put(segment.text, x: column, y: y, style: segment.style, limit: end.map { $0 - column })
        }
    }
}
