/// Full-text search over a loaded corpus, answered by the store's index: which articles have the
/// words of a query, in order.
public struct TextIndex: Sendable {
    private let store: Store
    /// (index row, article) for every article in the index, by row: several articles share a row
    /// when their files have the same content.
    private let articlesByRow: [(row: Int64, article: Int)]
    /// Articles the index does not have (not saved to the cache): always searched.
    private let unindexed: [Int]
    private let count: Int

    /// - Parameter rows: each article's row in the store's index, in corpus order (nil for one not in it).
    public init(store: Store, rows: [Int64?]) {
        self.store = store
        var articlesByRow: [(row: Int64, article: Int)] = []
        var unindexed: [Int] = []
        for (article, row) in rows.enumerated() {
            if let row { articlesByRow.append((row, article)) } else { unindexed.append(article) }
        }
        articlesByRow.sort { $0.row < $1.row }
        self.articlesByRow = articlesByRow
        self.unindexed = unindexed
        count = rows.count
    }

    /// Which articles (by corpus index) may have `query` (see `SearchQuery`): every word anywhere,
    /// each phrase, none of the excluded words, ignoring case and accents; those the index does not
    /// have are always included. Nil when the index cannot answer (or the query has only terms it does
    /// not hold), so the caller looks everywhere.
    public func articles(matching query: SearchQuery) -> [Bool]? {
        if query.hasText {
            guard let rows = store.rows(matching: query) else { return nil }
            return candidates(rows, present: true)
        }
        guard !query.excluded.isEmpty, let rows = store.rows(withAnyOf: query.excluded) else { return nil }
        return candidates(rows, present: false)
    }

    public func articles(matching query: String) -> [Bool]? {
        articles(matching: SearchQuery(query))
    }

    /// The articles of `rows` marked `present`, the rest the other way; unindexed ones always included.
    private func candidates(_ rows: [Int64], present: Bool) -> [Bool] {
        var candidates = [Bool](repeating: !present, count: count)
        // Both in row order (the index answers so; sorted when not): one walk through both, not a
        // binary search per row (a common word names every row).
        let rows = zip(rows, rows.dropFirst()).allSatisfy { $0 <= $1 } ? rows : rows.sorted()
        var entry = 0
        for row in rows {
            while entry < articlesByRow.count, articlesByRow[entry].row < row { entry += 1 }
            // Every article with this row (files of the same content share it).
            var same = entry
            while same < articlesByRow.count, articlesByRow[same].row == row {
                candidates[articlesByRow[same].article] = present
                same += 1
            }
        }
        for article in unindexed { candidates[article] = true }
        return candidates
    }
}
