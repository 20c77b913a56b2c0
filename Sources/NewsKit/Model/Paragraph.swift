/// A block of an article file: a body paragraph, or one of the parts around it (headline, caption …).
///
/// `text` is the block as a reader sees it: hard wraps joined with single spaces, runs of white space
/// collapsed, control characters removed. `range` is where the block lies in the file, and
/// `fileOffset(ofTextOffset:)` maps any position of `text` back into the file.
public struct Paragraph: Hashable, Sendable, Codable {
    /// What a block is for; only `.body` counts as the article's text proper.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        case headline, byline, date, caption, related, subheading, body
    }

    /// A run of `text` copied verbatim from the file: text offsets `textOffset...` come from file
    /// offsets `fileOffset...` until the next piece starts.
    public struct Piece: Hashable, Sendable, Codable {
        public var textOffset: Int
        public var fileOffset: Int
    }

    public var role: Role
    public var text: String
    public var range: TextRange
    public var pieces: [Piece]

    public init(role: Role, text: String, range: TextRange, pieces: [Piece]) {
        self.role = role
        self.text = text
        self.range = range
        self.pieces = pieces
    }

    /// Where a stretch of `text` lies in the file.
    public func fileRange(of range: TextRange) -> TextRange {
        let start = fileOffset(ofTextOffset: range.start)
        guard !range.isEmpty else { return TextRange(start: start, end: start) }
        return TextRange(start: start, end: fileOffset(ofTextOffset: range.end - 1) + 1)
    }

    /// The file offset of the scalar at `offset` in `text` (an offset equal to the text's length maps
    /// to the end of the block).
    public func fileOffset(ofTextOffset offset: Int) -> Int {
        guard let piece = pieces.last(where: { $0.textOffset <= offset }) else { return range.start }
        return min(piece.fileOffset + (offset - piece.textOffset), range.end)
    }
}
