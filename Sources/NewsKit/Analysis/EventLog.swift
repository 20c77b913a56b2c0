/// The references of a discourse in reading order (position, then the order they were noted), kept in
/// chunks of bounded size: a reference noted in the middle of a long block moves at most one chunk,
/// not every later reference, and the nearest reference before or after a position is found by
/// binary search. Scans walk from there and stop at the first match.
struct EventLog {
    typealias Event = Discourse.Event
    typealias Position = Discourse.Position

    private static let chunkCapacity = 256
    /// Non-empty chunks, each sorted, together in order.
    private var chunks: [[Event]] = []

    var isEmpty: Bool { chunks.isEmpty }

    /// The size of the largest chunk: what one insertion or removal moves at most (for tests).
    var largestChunk: Int { chunks.map(\.count).max() ?? 0 }

    /// Every event, in order (for tests).
    var all: [Event] { chunks.flatMap { $0 } }

    /// Adds an event (no two events here have the same position and `order`).
    mutating func insert(_ event: Event) {
        guard !chunks.isEmpty else { chunks = [[event]]; return }
        let c: Int
        if chunks[chunks.count - 1][chunks[chunks.count - 1].count - 1] < event {
            // After every event here, as most references come (in reading order): no search.
            c = chunks.count - 1
            chunks[c].append(event)
        } else {
            c = chunks.partitioningIndex { $0[$0.count - 1] > event }
            let i = chunks[c].partitioningIndex { $0 > event }
            chunks[c].insert(event, at: i)
        }
        if chunks[c].count > Self.chunkCapacity {
            let half = chunks[c].count / 2
            let tail = Array(chunks[c][half...])
            chunks[c].removeSubrange(half...)
            chunks.insert(tail, at: c + 1)
        }
    }

    /// Removes the event noted as `event` (same position and order), if it is here.
    mutating func remove(_ event: Event) {
        let c = chunks.partitioningIndex { !($0[$0.count - 1] < event) }
        guard c < chunks.count else { return }
        let i = chunks[c].partitioningIndex { !($0 < event) }
        guard i < chunks[c].count, chunks[c][i].order == event.order else { return }
        chunks[c].remove(at: i)
        if chunks[c].isEmpty { chunks.remove(at: c) }
    }

    /// The last event at a position in `from..<to` that satisfies `matches`, walking back from `to`,
    /// looking at `limit` events at most.
    func last(from: Position, to: Position, limit: Int = .max, where matches: (Event) -> Bool = { _ in true }) -> Event? {
        guard from < to else { return nil }
        var looked = 0
        var c = chunks.partitioningIndex { $0[$0.count - 1].position >= to }
        var i = c < chunks.count ? chunks[c].partitioningIndex { $0.position >= to } : 0
        while true {
            if i == 0 {
                guard c > 0 else { return nil }
                c -= 1
                i = chunks[c].count
            }
            i -= 1
            let event = chunks[c][i]
            if event.position < from { return nil }
            if matches(event) { return event }
            looked += 1
            if looked >= limit { return nil }
        }
    }

    /// The first event at a position in `from..<to` that satisfies `matches`, walking on from `from`.
    func first(from: Position, to: Position, where matches: (Event) -> Bool = { _ in true }) -> Event? {
        guard from < to else { return nil }
        var c = chunks.partitioningIndex { $0[$0.count - 1].position >= from }
        guard c < chunks.count else { return nil }
        var i = chunks[c].partitioningIndex { $0.position >= from }
        while c < chunks.count {
            if i == chunks[c].count { c += 1; i = 0; continue }
            let event = chunks[c][i]
            if event.position >= to { return nil }
            if matches(event) { return event }
            i += 1
        }
        return nil
    }
}
