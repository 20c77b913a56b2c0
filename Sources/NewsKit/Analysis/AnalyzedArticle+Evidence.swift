/// The text around a quote's evidence, for showing why it was given to its speaker.
extension AnalyzedArticle {
    /// The words at a place of the article.
    public func text(at place: BlockRange) -> String {
        let scalars = article.blocks[place.block].text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: min(place.range.start, scalars.count))
        let end = scalars.index(scalars.startIndex, offsetBy: min(place.range.end, scalars.count))
        return String(scalars[start..<end])
    }

    /// The whole sentences of a block that the ranges touch (offsets in the block's text), from the
    /// first one's sentence to the last one's: the quote with the cue and the naming words beside it.
    public func sentences(inBlock block: Int, covering ranges: [TextRange]) -> TextRange {
        let scalars = Array(article.blocks[block].text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: tokens).map { TextRange(start: tokens[$0.lowerBound].range.start, end: tokens[$0.upperBound - 1].range.end) }
        guard let low = ranges.map(\.start).min(), let high = ranges.map(\.end).max(), !sentences.isEmpty else {
            return TextRange(start: 0, end: scalars.count)
        }
        let first = sentences.last { $0.start <= low } ?? sentences[0]
        let last = sentences.first { $0.end >= high } ?? sentences[sentences.count - 1]
        return TextRange(start: min(first.start, low), end: max(last.end, high))
    }
}
