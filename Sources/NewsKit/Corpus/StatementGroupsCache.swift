import Foundation

/// A corpus's statement groups, built once and then kept, and shared by the copies of a `CorpusQuery`:
/// at once for a command that needs them, or in the background for the reader, whose frames never
/// wait for them (a screen shows "quoted by N outlets" and inferred speakers once they are there).
final class StatementGroupsCache: @unchecked Sendable {
    /// One build at a time in the background; a corpus replaced meanwhile is skipped.
    private static let queue = DispatchQueue(label: "newsdesk.statement-groups", qos: .utility)
    /// How long a corpus waits before its groups are built in the background: while a corpus loads,
    /// the reader is handed a fuller one every moment.
    private static let settle = DispatchTimeInterval.milliseconds(300)

    /// Guards `built` and `started`.
    private let lock = NSLock()
    /// Held while the groups are built, so that a caller who needs them waits for a build under way.
    private let building = NSLock()
    private var built: StatementGroups?
    private var started = false

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The groups if they are built already.
    var ready: StatementGroups? { locked { built } }

    /// The groups, built now (or when the build under way ends) if they are not yet.
    func groups(of corpus: Corpus) -> StatementGroups {
        if let ready { return ready }
        building.lock()
        defer { building.unlock() }
        if let ready { return ready }
        let groups = StatementGroups(corpus: corpus)
        locked { built = groups }
        return groups
    }

    /// Starts building the groups in the background, once.
    func buildInBackground(of corpus: Corpus) {
        let start = locked { () -> Bool in
            guard !started, built == nil else { return false }
            started = true
            return true
        }
        guard start else { return }
        Self.queue.asyncAfter(deadline: .now() + Self.settle) { [weak self] in
            // Nobody holds these answers any more (a fuller corpus replaced this one): nothing to build.
            guard let self, self.ready == nil else { return }
            _ = self.groups(of: corpus)
        }
    }
}
