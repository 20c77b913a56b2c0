import Foundation

/// Answers worked out once for a corpus and kept: its stories (grouped in the background for the
/// reader, or at once for a command) and the coverage for the last outlet filter asked (counted in the
/// background for the reader, or at once). Shared by the copies of a `CorpusQuery`, which all have the
/// same corpus.
final class DerivedAnswers: @unchecked Sendable {
    /// One grouping at a time: a corpus replaced by a fuller one while its stories wait is skipped.
    private static let queue = DispatchQueue(label: "newsdesk.stories", qos: .utility)
    /// One count of a coverage at a time: a count no longer wanted when its turn comes is skipped.
    static let countingQueue = DispatchQueue(label: "newsdesk.coverage", qos: .userInitiated)
    /// How long a corpus waits before its stories are grouped in the background.
    private static let settle = DispatchTimeInterval.milliseconds(300)

    /// Guards the fields below.
    private let lock = NSLock()
    /// Held while stories are grouped, so that a caller who needs them waits for a grouping under way.
    private let grouping = NSLock()
    private var stories: Stories?
    private var groupingStarted = false
    private var coverage: (filter: OutletFilter, coverage: Coverage)?
    /// The filter whose coverage is being counted in the background (or waits its turn), if any.
    private var counting: OutletFilter?

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
        if let counted = countedCoverage(for: filter) { return counted }
        let made = make()
        keep(made, for: filter)
        return made
    }

    /// The coverage for `filter` if it is counted.
    func countedCoverage(for filter: OutletFilter) -> Coverage? {
        locked { coverage?.filter == filter ? coverage?.coverage : nil }
    }

    /// Whether a coverage is being counted in the background.
    var isCountingCoverage: Bool { locked { counting != nil } }

    /// Keeps a coverage counted for `filter` (in place of the one kept before); a count in the
    /// background for the same filter is then no longer wanted.
    private func keep(_ made: Coverage, for filter: OutletFilter) {
        locked {
            coverage = (filter, made)
            if counting == filter { counting = nil }
        }
    }

    /// Starts `count` in the background for `filter`, unless its coverage is counted or being counted.
    /// The filter asked last is the one wanted: a count for another one stops when its `count` next
    /// asks whether it is cancelled (or is skipped if it has not begun), and keeps nothing; so is a
    /// count for answers dropped meanwhile (a fuller corpus, or corrections, replaced them).
    func countCoverageInBackground(for filter: OutletFilter, count: @escaping @Sendable (_ isCancelled: () -> Bool) -> Coverage?) {
        let start = locked { () -> Bool in
            guard coverage?.filter != filter, counting != filter else { return false }
            counting = filter
            return true
        }
        guard start else { return }
        Self.countingQueue.async { [weak self] in
            // Not held while counting: dropping the answers cancels it.
            let wanted = { [weak self] () -> Bool in
                guard let self else { return false }
                return self.locked { self.counting == filter }
            }
            guard wanted(), let made = count({ !wanted() }), let self else { return }
            // Kept only if still wanted: the filter may have changed since the last question.
            self.locked {
                guard self.counting == filter else { return }
                self.coverage = (filter, made)
                self.counting = nil
            }
        }
    }
}
