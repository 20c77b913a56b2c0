import Foundation
import NewsKit

/// Loads a corpus on a background thread while the reader runs, and hands it ever fuller libraries:
/// the first after the first small batch of files, then each time the articles have doubled, then the
/// whole. The reader takes what is new between frames, so keys work throughout.
public final class BackgroundLoad: @unchecked Sendable {
    /// How far the load has come, and the newest library made.
    public struct State: HandoverState {
        public init() {}
        /// Nil until the first batch is in; taken (set to nil) by `take()` once handed over.
        public var library: CorpusQuery?
        public var filesDone = 0
        public var filesTotal = 0
        public var articles = 0
        public var isFinished = false
        /// Every file that could not be read (or was read with a warning), so far.
        public var problems: [ArticleLoader.Problem] = []
    }

    private let handover = Handover<State>()
    /// Everything loaded so far (and added since, by a fetch: `adding`).
    private var loaded = CorpusLoader.Result()
    let loader: CorpusLoader
    private let locations: [FileLocation]
    private let fetched: [CorpusLoader.Fetched]

    public convenience init(loader: CorpusLoader, paths: [String], fetched: [CorpusLoader.Fetched] = []) {
        self.init(loader: loader, locations: paths.map { FileLocation($0) }, fetched: fetched)
    }

    /// A load of the files and folders at `locations`, kept as bytes (a name need not be UTF-8), after
    /// the `fetched` articles.
    public init(loader: CorpusLoader, locations: [FileLocation], fetched: [CorpusLoader.Fetched] = []) {
        self.loader = loader
        self.locations = locations
        self.fetched = fetched
    }

    /// Starts loading on another thread; `start` again does nothing.
    public func start() {
        Thread.detachNewThread { [self] in run() }
    }

    /// Runs the load on the calling thread (for tests and `start`).
    func run() {
        var builtAt = 0
        do throws(ArticleLoader.MissingPath) {
            _ = try loader.load(locations, fetched: fetched) { [self] progress in
                let loaded = progress.loaded
                var library: CorpusQuery?
                // A library per doubling keeps the cost of all of them under twice the last one's.
                if loaded.articles.count >= max(1, builtAt * 2) || progress.filesDone == progress.filesTotal {
                    builtAt = loaded.articles.count
                    library = makeLibrary(loaded)
                }
                handover.update { state in
                    self.loaded = loaded
                    if let library { state.library = library }
                    state.filesDone = progress.filesDone
                    state.filesTotal = progress.filesTotal
                    state.articles = loaded.articles.count
                    state.problems = loaded.problems
                }
            }
        } catch {
            handover.update { $0.problems.append(ArticleLoader.Problem(path: error.path, reason: "no such file or folder", isWarning: false)) }
        }
        handover.update { $0.isFinished = true }
    }

    /// Whether the load has ended.
    var isFinished: Bool {
        handover.update { $0.isFinished }
    }

    /// Adds articles loaded since (by a fetch) to everything loaded, and returns the library of it all.
    func adding(_ more: CorpusLoader.Result) -> CorpusQuery {
        let all = handover.update { _ in
            loaded.merge(more)
            return loaded
        }
        return makeLibrary(all)
    }

    private func makeLibrary(_ result: CorpusLoader.Result) -> CorpusQuery {
        var query = CorpusQuery(corpus: Corpus(articles: result.articles), textIndex: loader.store.map { TextIndex(store: $0, rows: result.indexRows) })
        query.groupsStatementsInBackground = true
        return query
    }

    /// The state now; its library only if it is new since the last call.
    public func take() -> State {
        handover.take()
    }
}
