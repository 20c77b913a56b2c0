import Foundation

/// Answers worked out once for a corpus and kept, each a `KeptAnswer`: its stories and its statement
/// groups (built in the background for the reader, or at once for a command) and the coverage for the
/// last outlet filter asked (counted likewise). Copies share them, as the copies of a `CorpusQuery`
/// all have the same corpus; a new one is made for another corpus, or when corrections change who
/// said what.
struct DerivedAnswers: Sendable {
    /// One grouping of stories at a time: a corpus replaced by a fuller one while it waits is skipped.
    private static let storiesQueue = DispatchQueue(label: "newsdesk.stories", qos: .utility)
    /// One build of statement groups at a time, likewise.
    private static let statementGroupsQueue = DispatchQueue(label: "newsdesk.statement-groups", qos: .utility)
    /// One count of a coverage at a time: a count no longer wanted when its turn comes is skipped.
    static let countingQueue = DispatchQueue(label: "newsdesk.coverage", qos: .userInitiated)
    /// How long a corpus waits before its stories and statement groups are built in the background:
    /// while a corpus loads, the reader is handed a fuller one every moment.
    private static let settle = DispatchTimeInterval.milliseconds(300)

    let stories = KeptAnswer<WholeCorpus, Stories>(queue: storiesQueue, settle: settle)
    let statementGroups = KeptAnswer<WholeCorpus, StatementGroups>(queue: statementGroupsQueue, settle: settle)
    /// The coverage of the outlet filter asked last.
    let coverage = KeptAnswer<OutletFilter, Coverage>(queue: countingQueue)
}
