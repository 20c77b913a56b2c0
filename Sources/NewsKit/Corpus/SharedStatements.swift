/// The cheap test of "the same statement in two articles": two articles share a statement when their
/// statements share a run of `runLength` words, folded as search folds them (case, accents and
/// punctuation aside). A finer grouping of statements (variants of one statement) can take its place
/// here without the stories changing shape.
enum SharedStatements {
    /// Words in a run: long enough that two reporters do not write it by chance.
    static let runLength = 6
    /// A statement shorter than a run counts as a whole when it has at least this many words.
    static let shortestWhole = 5

    /// The keys of the runs of words of an article's statements, sorted, each once.
    static func keys(of article: AnalyzedArticle) -> [UInt64] {
        var keys: [UInt64] = []
        for quote in article.quotes where quote.isStatement {
            let words = SearchText.words(quote.text)
            if words.count < runLength {
                if words.count >= shortestWhole { keys.append(key(words[...])) }
                continue
            }
            for start in 0...(words.count - runLength) { keys.append(key(words[start..<(start + runLength)])) }
        }
        keys.sort()
        var unique = keys
        unique.removeAll(keepingCapacity: true)
        for key in keys where unique.last != key { unique.append(key) }
        return unique
    }

    private static func key(_ words: ArraySlice<String>) -> UInt64 {
        var hash = StableHash()
        for word in words { hash.combine(word) }
        return hash.value
    }
}
