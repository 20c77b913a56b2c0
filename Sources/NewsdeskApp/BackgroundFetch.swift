import Foundation
import NewsFetch
import NewsKit

/// Fetches the subscriptions on another thread while the reader runs (`r`): as each feed is stored,
/// its new articles are analysed (through the cache) and added to what the reader's load brought, and
/// the reader is handed the fuller library between frames, as with the load.
public final class BackgroundFetch: @unchecked Sendable {
    public struct State: HandoverState {
        public init() {}
        /// The library with the new articles in it; nil when there is nothing new since the last `take()`.
        public var library: CorpusQuery?
        public var feedsDone = 0
        public var feedsTotal = 0
        public var newArticles = 0
        public var isFinished = false
        /// One line per subscription that failed: its address and why.
        public var errors: [String] = []
    }

    private let handover = Handover<State>()
    private var pending: [String] = []
    private var fetchDone = false
    private let fetcher: Fetcher
    private let load: BackgroundLoad

    /// A fetch of `library`'s subscriptions whose articles join those of `load` (once it has ended).
    public init(library: LibraryStore, load: BackgroundLoad, client: HTTPClient = HTTPClient()) {
        fetcher = Fetcher(library: library, client: client)
        self.load = load
    }

    public func start() {
        Thread.detachNewThread { [self] in run() }
    }

    func run() {
        let subscriptions = (try? fetcher.library.subscriptions()) ?? []
        handover.update { $0.feedsTotal = subscriptions.count }
        let fetcher = self.fetcher
        Task.detached { [self] in
            let reports = await fetcher.fetch(subscriptions) { [self] progress in
                handover.update { state in
                    pending += progress.latest.added + progress.latest.updated
                    state.feedsDone = progress.done
                    state.newArticles = progress.newArticles
                    if let error = progress.latest.error { state.errors.append("\(progress.latest.subscription.source): \(error)") }
                }
            }
            _ = reports
            handover.update { _ in fetchDone = true }
        }
        // New articles join the reader's as they come, once its own load has ended.
        while true {
            let (keys, done) = handover.update { _ -> ([String], Bool) in
                let ready = load.isFinished
                let keys = ready ? pending : []
                if ready { pending = [] }
                return (keys, fetchDone && ready)
            }
            if !keys.isEmpty {
                let added = (try? load.loader.load([FileLocation](), fetched: [.library(fetcher.library, keys: keys)])) ?? CorpusLoader.Result()
                let library = load.adding(added)
                handover.update { $0.library = library }
            }
            if done { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        handover.update { $0.isFinished = true }
    }

    /// The state now; its library only if it is new since the last call.
    public func take() -> State {
        handover.take()
    }

    /// `  fetching 3/10 feeds, 12 new` while fetching; `  fetched: 12 new articles, 1 feed failed` after.
    static func describe(_ state: State) -> String {
        let new = "\(state.newArticles) new"
        if !state.isFinished {
            return state.feedsTotal == 0 ? "  fetching…" : "  fetching \(state.feedsDone)/\(state.feedsTotal) feeds, \(new)"
        }
        let failed = state.errors.count
        return "  fetched: \(new) article\(state.newArticles == 1 ? "" : "s")" + (failed == 0 ? "" : ", \(failed) feed\(failed == 1 ? "" : "s") failed (listed on exit)")
    }
}
