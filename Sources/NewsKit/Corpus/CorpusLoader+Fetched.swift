import Foundation

/// Articles that are not files: those fetched into the library, or read from URLs just now. They are
/// analysed through the cache like files, keyed by their stored form.
extension CorpusLoader {
    public enum Fetched: Sendable {
        /// The library's fetched articles (only those with these keys, when given).
        case library(LibraryStore, keys: [String]? = nil)
        /// Articles in hand (pages and feeds named on the command line).
        case articles([Article])
    }

    /// One article to load: its key (path), the cache key of its analysis, and the article when in hand.
    struct FetchedEntry: Sendable {
        var path: String
        var key: String
        var article: Article?
    }

    /// The entries of every source, in order; a library that cannot be read is a problem, not a stop.
    static func entries(of sources: [Fetched]) -> ([FetchedEntry], [LibraryStore], [ArticleLoader.Problem]) {
        var entries: [FetchedEntry] = []
        var problems: [ArticleLoader.Problem] = []
        var libraries: [LibraryStore] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for source in sources {
            switch source {
            case .library(let library, let keys):
                do {
                    entries += try library.fetchedDigests(keys: keys).map { FetchedEntry(path: $0.key, key: fetchedKey($0.digest), article: nil) }
                    libraries.append(library)
                } catch {
                    problems.append(ArticleLoader.Problem(path: library.path ?? "library", reason: "the fetched articles cannot be read (\(error))", isWarning: false))
                }
            case .articles(let articles):
                entries += articles.map { article in
                    let json = (try? encoder.encode(article)) ?? Data(article.path.utf8)
                    return FetchedEntry(path: article.path, key: fetchedKey(digest(json)), article: article)
                }
            }
        }
        return (entries, libraries, problems)
    }

    /// The cache key of a fetched article's analysis: the digest of its stored JSON, and the analyser.
    static func fetchedKey(_ digest: String) -> String {
        "\(versionPrefix)fetched|\(digest)"
    }

    /// Loads a batch of fetched articles: from the cache where analysed before, else analysed now (on
    /// every core) and saved.
    func loadFetched(_ entries: [FetchedEntry], libraries: [LibraryStore], saving: Bool) -> Result {
        var result = Result()
        let cached = store?.analyses(forKeys: entries.map(\.key)) ?? [:]
        var decoded: [Int: AnalyzedArticle] = [:]
        var rows: [Int: Int64] = [:]
        var missing: [Int] = []
        for (index, entry) in entries.enumerated() {
            if let hit = cached[entry.key], var analyzed = Store.decode(hit.data) {
                analyzed.article.path = entry.path
                decoded[index] = analyzed
                rows[index] = hit.row
            } else {
                missing.append(index)
            }
        }
        // The articles not in the cache, from the library where they are not in hand.
        var articles: [String: Article] = [:]
        let wanted = missing.filter { entries[$0].article == nil }.map { entries[$0].path }
        if !wanted.isEmpty {
            for library in libraries {
                for article in (try? library.fetchedArticles(keys: wanted)) ?? [] { articles[article.path] = article }
            }
        }
        let analyzer = ArticleAnalyzer()
        let inHand = articles
        let analysed = parallelMap(missing) { index -> AnalyzedArticle? in
            (entries[index].article ?? inHand[entries[index].path]).map { analyzer.analyze($0) }
        }
        var fresh: [(key: String, analyzed: AnalyzedArticle)] = []
        for (index, analyzed) in zip(missing, analysed) {
            guard let analyzed else {
                result.problems.append(ArticleLoader.Problem(path: entries[index].path, reason: "gone from the library while loading", isWarning: true))
                continue
            }
            decoded[index] = analyzed
            fresh.append((entries[index].key, analyzed))
        }
        if let store, saving, !fresh.isEmpty {
            do {
                let saved = try store.save(fresh)
                for index in missing { if let row = saved[entries[index].key] { rows[index] = row } }
            } catch {
                result.saveFailure = "could not save to the cache (\(Store.reason(error))); the articles are read but will be analysed again next time"
            }
        }
        let fromCache = Set(entries.indices).subtracting(missing)
        for index in entries.indices {
            guard let analyzed = decoded[index] else { continue }
            result.articles.append(analyzed)
            result.indexRows.append(rows[index])
            if fromCache.contains(index) { result.cached += 1 } else { result.analysed += 1 }
        }
        return result
    }
}
