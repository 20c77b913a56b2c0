import ArgumentParser
import Foundation
import NewsFetch
import NewsKit

/// The library and its subscriptions, as the commands open them: the urls file taken in first, what
/// went wrong said on stderr.
enum Library {
    /// The library at `$XDG_DATA_HOME/newsdesk/library.sqlite`; an unusable one ends the command (status 1).
    static func open() throws -> LibraryStore {
        do {
            return try LibraryStore.open(at: LibraryStore.defaultPath)
        } catch {
            var errors = StandardError()
            errors.write("newsdesk: \(ErrorLine.describe(error))\n")
            throw ExitCode.failure
        }
    }

    /// The subscriptions, in step with the urls file (notes about it on stderr).
    static func subscriptions(_ library: LibraryStore) throws -> Subscriptions {
        let subscriptions = Subscriptions(library: library)
        var errors = StandardError()
        do {
            for note in try subscriptions.synchronise() { errors.write("newsdesk: \(ArticleLoader.printable(note))\n") }
        } catch {
            errors.write("newsdesk: warning: \(ArticleLoader.printable(subscriptions.urlsPath)) not kept in step: \(ErrorLine.describe(error))\n")
        }
        return subscriptions
    }

    /// What the listing commands and the reader read with no path: the subscribed files and folders and
    /// the fetched articles; nil when the library has none of either (or cannot be opened: said once).
    static func corpusSources() -> (paths: [String], fetched: [CorpusLoader.Fetched])? {
        // A fresh machine has no library: do not make one just to find it empty.
        guard FileManager.default.fileExists(atPath: LibraryStore.defaultPath)
                || FileManager.default.fileExists(atPath: Subscriptions.defaultURLsPath) else { return nil }
        var errors = StandardError()
        do {
            let library = try LibraryStore.open(at: LibraryStore.defaultPath)
            let subscriptions = try Self.subscriptions(library).library.subscriptions()
            let paths = subscriptions.filter { $0.kind != .url && FileManager.default.fileExists(atPath: $0.source) }.map(\.source)
            let fetched = try library.fetchedCount()
            guard !paths.isEmpty || fetched > 0 else { return nil }
            return (paths, fetched > 0 ? [.library(library)] : [])
        } catch {
            errors.write("newsdesk: warning: \(ErrorLine.describe(error)); showing the sample articles\n")
            return nil
        }
    }

    /// The corrections in force, for every listing to apply; none when there is no library yet (it is
    /// not made just to find it empty) or it cannot be opened (said on stderr).
    static func corrections() -> [Correction] {
        guard FileManager.default.fileExists(atPath: LibraryStore.defaultPath) else { return [] }
        do {
            return try LibraryStore.open(at: LibraryStore.defaultPath).corrections()
        } catch {
            var errors = StandardError()
            errors.write("newsdesk: warning: corrections not applied: \(ErrorLine.describe(error))\n")
            return []
        }
    }

    /// Whether an argument is a web address to fetch rather than a path.
    static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Reads web addresses named on the command line now (not kept in the library).
    static func read(urls: [String]) -> (articles: [Article], problems: [ArticleLoader.Problem]) {
        guard !urls.isEmpty else { return ([], []) }
        let fetcher = Fetcher(library: try! LibraryStore.inMemory())
        let (articles, problems) = Fetcher.wait { await fetcher.read(urls: urls) }
        return (articles, problems.map { problem in
            let warning = problem.reason.hasPrefix("warning: ")
            return ArticleLoader.Problem(path: problem.url, reason: warning ? String(problem.reason.dropFirst(9)) : problem.reason, isWarning: warning)
        })
    }
}
