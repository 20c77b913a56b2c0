/// Full-text search over a loaded corpus, answered by the store's index: which articles have the
/// words of a query, in order.
public struct TextIndex: Sendable {
    private let store: Store
    /// The articles (indices in the corpus) with each cache key; several when files share content.
    private let articlesByKey: [String: [Int]]
    /// Articles the index does not have (not saved to the cache): always searched.
    private let unindexed: [Int]

    /// - Parameter keys: each article's cache key, in corpus order (nil for one not in the cache).
    public init(store: Store, keys: [String?]) {
        self.store = store
        var articlesByKey: [String: [Int]] = [:]
        var unindexed: [Int] = []
        for (index, key) in keys.enumerated() {
            if let key { articlesByKey[key, default: []].append(index) } else { unindexed.append(index) }
        }
        self.articlesByKey = articlesByKey
        self.unindexed = unindexed
    }

    /// The articles whose headline or text may have `query` (its words in order, the last perhaps
    /// unfinished, ignoring case and accents), with those the index does not have; nil when the index
    /// cannot answer, so the caller looks everywhere.
    public func articles(matching query: String) -> Set<Int>? {
        guard let keys = store.keys(matching: query) else { return nil }
        return Set(keys.flatMap { articlesByKey[$0] ?? [] } + unindexed)
    }
}
