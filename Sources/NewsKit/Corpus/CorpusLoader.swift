import Foundation

/// Loads the articles under some paths and their analyses, from the cache where the file has not
/// changed, analysing the rest on every core and saving them.
public struct CorpusLoader: Sendable {
    /// Bump whenever a change to the parser or the analysis changes results: old cache entries then
    /// miss and are analysed again.
    public static let analyserVersion = "2026-11-21.2"

    public struct Result: Sendable {
        public var articles: [AnalyzedArticle] = []
        public var problems: [ArticleLoader.Problem] = []
        /// How many came from the cache, and how many were analysed now.
        public var cached = 0
        public var analysed = 0
    }

    public let store: Store?

    public init(store: Store?) {
        self.store = store
    }

    public func load(_ paths: [String]) throws(ArticleLoader.MissingPath) -> Result {
        let (entries, problems) = try ArticleLoader.entries(under: paths)
        var result = Result()
        result.problems = problems
        let store = self.store
        let loader = ArticleLoader()
        let analyzer = ArticleAnalyzer()
        enum Outcome: Sendable {
            case cached(AnalyzedArticle)
            case analysed(AnalyzedArticle, key: String?, warning: ArticleLoader.Problem?)
            case failed(ArticleLoader.Problem)
        }
        // Read every file and its key on all cores, look all keys up in one go, then decode the
        // cached ones and analyse the rest on all cores.
        let files = parallelMap(entries) { entry -> (data: Data?, key: String?, problem: ArticleLoader.Problem?) in
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: entry.path))
                return (data, store.map { _ in Self.key(data: data, folderOutlet: entry.folderOutlet) }, nil)
            } catch {
                return (nil, nil, ArticleLoader.Problem(path: entry.path, reason: ArticleLoader.reason(error), isWarning: false))
            }
        }
        let cached = store?.analyses(forKeys: files.compactMap(\.key)) ?? [:]
        let work = Array(zip(entries, files.map { FileRead(data: $0.data, key: $0.key, problem: $0.problem) }))
        let outcomes = parallelMap(work) { entry, file -> Outcome in
            guard let data = file.data else { return .failed(file.problem!) }
            if let key = file.key, let blob = cached[key], var analyzed = Store.decode(blob) {
                analyzed.article.path = entry.path
                return .cached(analyzed)
            }
            switch loader.parse(data, entry: entry) {
            case .success(let (article, warning)):
                return .analysed(analyzer.analyze(article), key: file.key, warning: warning)
            case .failure(let problem):
                return .failed(problem)
            }
        }
        var fresh: [(key: String, analyzed: AnalyzedArticle)] = []
        for outcome in outcomes {
            switch outcome {
            case .cached(let analyzed):
                result.articles.append(analyzed)
                result.cached += 1
            case .analysed(let analyzed, let key, let warning):
                result.articles.append(analyzed)
                result.analysed += 1
                if let warning { result.problems.append(warning) }
                if let key { fresh.append((key, analyzed)) }
            case .failed(let problem):
                result.problems.append(problem)
            }
        }
        do {
            try store?.save(fresh)
        } catch {
            result.problems.append(ArticleLoader.Problem(path: store?.path ?? "cache", reason: "could not save to the cache: \(error)", isWarning: true))
        }
        return result
    }

    private struct FileRead: Sendable {
        var data: Data?
        var key: String?
        var problem: ArticleLoader.Problem?
    }

    /// The cache key of a file: its bytes, its folder's outlet, and the analyser version.
    static func key(data: Data, folderOutlet: String?) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in data {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
            b ^= b >> 29
        }
        let hex = String(a, radix: 16) + String(b, radix: 16)
        return "\(analyserVersion)|\(folderOutlet ?? "")|\(data.count)|\(hex)"
    }
}
