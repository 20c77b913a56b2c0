extension AnalyzedArticle {
    /// The sentence or sentences a quote stands in, as the article gives them: the words around the
    /// quote a reader needs to judge it (the cue, the speaker's name, what the reporter added).
    public func sentence(around quote: Quote) -> String {
        guard article.blocks.indices.contains(quote.block) else { return quote.text }
        let block = BlockText(index: quote.block, paragraph: article.blocks[quote.block])
        guard !block.tokens.isEmpty else { return quote.text }
        let first = min(block.tokenIndex(atOrAfter: quote.range.start), block.tokens.count - 1)
        let last = max(first, min(block.tokenIndex(atOrAfter: quote.range.end) - 1, block.tokens.count - 1))
        guard let start = block.sentence(containing: first), let end = block.sentence(containing: last) else { return quote.text }
        return block.text(start.lowerBound..<max(end.upperBound, start.upperBound))
    }
}
