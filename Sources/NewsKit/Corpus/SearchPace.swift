/// When a search stops reading the newest articles one by one and asks the text index which articles
/// can match. A common word fills the matches from the first few articles, and the index would
/// name nearly every article for it (tens of milliseconds over 100,000); a rare one needs the index,
/// which is then quick, as it names few. So: read `first` articles; ask the index unless they gave a
/// quarter of `limit` matches (then `limit` is a few hundred articles away); and ask it anyway after
/// `most` articles.
struct SearchPace {
    var limit: Int
    /// Whether there is an index to ask.
    var indexed: Bool
    var first = 256
    var most = 1_280
    /// Articles read so far, one by one.
    private(set) var articlesRead = 0
    /// Whether the index was asked (it is asked once).
    private(set) var askedIndex = false

    init(limit: Int, indexed: Bool) {
        self.limit = limit
        self.indexed = indexed
    }

    /// Counts an article read.
    mutating func read() { articlesRead += 1 }

    /// Whether to ask the index now, before the next article, with `matches` found so far; true at
    /// most once.
    mutating func asksIndex(matches: Int) -> Bool {
        guard indexed, !askedIndex else { return false }
        let ask = articlesRead >= most || (articlesRead >= first && matches * 4 < limit)
        if ask { askedIndex = true }
        return ask
    }
}
