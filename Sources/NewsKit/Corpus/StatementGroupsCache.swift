import Foundation

/// A corpus's statement groups, built the first time they are asked for and then kept: a reader that
/// never opens Variants never pays for them, and copies of a `CorpusQuery` share one build.
final class StatementGroupsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var built: StatementGroups?

    func groups(of corpus: Corpus) -> StatementGroups {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let groups = StatementGroups(corpus: corpus)
        built = groups
        return groups
    }
}
