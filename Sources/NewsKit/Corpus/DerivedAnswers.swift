import Foundation

/// Answers worked out once for a corpus and kept: its stories (grouped in the background for the
/// reader, or at once for a command) and the coverage for the last outlet filter asked. Shared by the
/// copies of a `CorpusQuery`, which all have the same corpus.
final class DerivedAnswers: @unchecked Sendable {
    /// One grouping at a time: a corpus replaced by a fuller one while its stories wait is skipped.
    private static let queue = DispatchQueue(label: "newsdesk.stories", qos: .utility)
    /// How long a corpus waits before its stories are grouped in the background.
    private static let settle = DispatchTimeInterval.milliseconds(300)

    /// Guards the fields below.
    private let lock = NSLock()
    /// Held while stories are grouped, so that a caller who needs them waits for a grouping under way.
    private let grouping = NSLock()
    private var stories: Stories?
    private var groupingStarted = false
    private var coverage: (filter: OutletFilter, coverage: Coverage)?

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The stories if they are grouped already.
    var groupedStories: Stories? { locked { stories } }

    /// The stories, grouped now (or when the grouping under way ends) if they are not yet.
    func stories(of corpus: Corpus) -> Stories {
        if let stories = groupedStories { return stories }
        grouping.lock()
        defer { grouping.unlock() }
        if let stories = groupedStories { return stories }
        let grouped = Stories(corpus: corpus) ?? Stories()
        locked { stories = grouped }
        return grouped
    }

    /// Starts grouping the stories in the background, once; it stops early when these answers are
    /// dropped (a fuller corpus replaced this one).
    func groupStoriesInBackground(of corpus: Corpus) {
        let start = locked { () -> Bool in
            guard !groupingStarted, stories == nil else { return false }
            groupingStarted = true
            return true
        }
        guard start else { return }
        let grouping = grouping
        // A little later: while a corpus loads, the reader is handed a fuller one every moment, and
        // those replaced meanwhile are never grouped.
        Self.queue.asyncAfter(deadline: .now() + Self.settle) { [weak self] in
            grouping.lock()
            defer { grouping.unlock() }
            // Not held while grouping: dropping the answers cancels it.
            let wanted = { [weak self] in self.map { $0.groupedStories == nil } ?? false }()
            guard wanted else { return }
            let grouped = Stories(corpus: corpus) { [weak self] in self == nil }
            if let grouped, let self { self.locked { self.stories = grouped } }
        }
    }

    /// The coverage for a query's outlet filter, worked out by `make` when the filter changed.
    func coverage(for filter: OutletFilter, make: () -> Coverage) -> Coverage {
        if let kept = locked({ coverage }), kept.filter == filter { return kept.coverage }
        let made = make()
        locked { coverage = (filter, made) }
        return made
    }
}
