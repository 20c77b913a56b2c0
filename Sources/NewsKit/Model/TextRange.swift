/// A half-open range of Unicode scalar offsets in an article file's decoded text.
///
/// Offsets count Unicode scalars (not bytes, not `Character`s) from the start of the text, after a
/// byte-order mark is dropped; a CRLF line ending counts as two.
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a text range cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public var description: String { "\(start)..<\(end)" }
}
