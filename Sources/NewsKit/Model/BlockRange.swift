/// A stretch of one block's text: the block's index in `Article.blocks` and offsets in its text.
/// Evidence may lie in another block than the quote it is for (the name a pronoun refers back to).
public struct BlockRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var block: Int
    public var range: TextRange

    public init(block: Int, range: TextRange) {
        self.block = block
        self.range = range
    }

    public var description: String { "\(block):\(range)" }
}
