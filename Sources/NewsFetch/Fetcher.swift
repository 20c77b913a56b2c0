import Foundation
import NewsKit

/// Fetches subscriptions into the library: every feed and page at once (the client bounds the
/// connections), each with its validators so an unchanged one is not downloaded again, items already
/// kept passed over, and an item that carries only a summary completed from its linked page. What one
/// subscription brings is stored in one transaction as soon as it is in.
public final class Fetcher: Sendable {
    public let library: LibraryStore
    public let client: HTTPClient

    public init(library: LibraryStore, client: HTTPClient = HTTPClient()) {
        self.library = library
        self.client = client
    }

    /// How the fetch of one subscription went.
    public struct Report: Sendable {
        public enum Status: String, Sendable, Codable {
            /// Downloaded and read (perhaps with nothing new in it).
            case fetched
            /// The server said nothing changed (304).
            case unchanged
            case failed
            /// A file or folder: nothing to download; counted.
            case local
        }

        public var subscription: LibraryStore.Subscription
        public var status: Status
        /// The keys of the articles added to the library.
        public var added: [String] = []
        /// The keys of articles kept before that came again with new content (the new version kept).
        public var updated: [String] = []
        /// Items in the feed (1 for a page).
        public var items: Int = 0
        public var error: String?
        public var warnings: [String] = []
        /// Requests made (the feed or page, and linked pages).
        public var requests: Int = 0
    }

    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var newArticles: Int
        /// The report just finished.
        public var latest: Report
    }

    /// Fetches `subscriptions` (default: every one), calling `progress` (one call at a time) as each is done.
    public func fetch(_ subscriptions: [LibraryStore.Subscription]? = nil,
                      progress: @escaping @Sendable (Progress) -> Void = { _ in }) async -> [Report] {
        let all: [LibraryStore.Subscription]
        let known: LibraryStore.Known
        do {
            all = try subscriptions ?? library.subscriptions()
            known = try library.known()
        } catch {
            return []
        }
        let tally = Tally(total: all.count, progress: progress)
        return await withTaskGroup(of: (Int, Report).self) { group in
            for (index, subscription) in all.enumerated() {
                group.addTask {
                    let report = await self.fetch(subscription, known: known)
                    tally.finished(report)
                    return (index, report)
                }
            }
            var reports = [Report?](repeating: nil, count: all.count)
            for await (index, report) in group { reports[index] = report }
            return reports.compactMap { $0 }
        }
    }

    /// Counts what is done and tells it, one call at a time.
    private final class Tally: @unchecked Sendable {
        let lock = NSLock()
        var done = 0, added = 0
        let total: Int
        let progress: @Sendable (Progress) -> Void
        init(total: Int, progress: @escaping @Sendable (Progress) -> Void) {
            self.total = total
            self.progress = progress
        }
        func finished(_ report: Report) {
            lock.lock()
            defer { lock.unlock() }
            done += 1
            added += report.added.count
            progress(Progress(done: done, total: total, newArticles: added, latest: report))
        }
    }

    private func fetch(_ subscription: LibraryStore.Subscription, known: LibraryStore.Known) async -> Report {
        var report = Report(subscription: subscription, status: .fetched)
        switch subscription.kind {
        case .file, .folder:
            report.status = .local
            do {
                guard FileManager.default.fileExists(atPath: subscription.source) else {
                    throw CocoaError(.fileNoSuchFile)
                }
                let (entries, _) = try ArticleLoader.entries(under: [subscription.source])
                report.items = entries.count
                try? library.noteFetch(of: subscription.id, error: nil, itemCount: entries.count)
            } catch {
                report.status = .failed
                report.error = "no such file or folder"
                try? library.noteFetch(of: subscription.id, error: report.error)
            }
            return report
        case .url:
            break
        }
        guard let url = URL(string: subscription.source) else {
            return failed(report, FetchError.unsupportedURL(subscription.source))
        }
        do {
            report.requests += 1
            let response = try await client.get(url, etag: subscription.etag, lastModified: subscription.lastModified)
            if response.isNotModified {
                report.status = .unchanged
                report.items = subscription.itemCount
                try? library.noteFetch(of: subscription.id, error: nil)
                return report
            }
            let read = try await read(response, source: subscription.source, subscriptionID: subscription.id,
                                      outlet: subscription.outlet, known: known)
            report.items = read.outcome.itemCount
            report.warnings = read.warnings
            report.requests += read.requests
            var outcome = read.outcome
            outcome.etag = response.etag
            outcome.lastModified = response.lastModified
            outcome.warning = read.warnings.isEmpty ? nil : read.warnings.joined(separator: "; ")
            do {
                let stored = try library.store(outcome, for: subscription.id)
                report.added = stored.added
                report.updated = stored.updated
            } catch {
                report.status = .failed
                report.error = "could not be stored in the library (\(error))"
            }
            return report
        } catch {
            return failed(report, error)
        }
    }

    private func failed(_ report: Report, _ error: FetchError) -> Report {
        var report = report
        report.status = .failed
        report.error = error.description
        try? library.noteFetch(of: report.subscription.id, error: error.description)
        return report
    }

    /// What a response holds, as articles to keep: a feed's new items (their linked pages fetched when
    /// they carry only a summary), or a page's article.
    struct Read: Sendable {
        var outcome: LibraryStore.FetchOutcome
        var warnings: [String]
        var requests: Int
    }

    func read(_ response: HTTPClient.Response, source: String, subscriptionID: Int64?, outlet: String?,
              known: LibraryStore.Known) async throws(FetchError) -> Read {
        var warnings: [String] = []
        let kind = try Document.kind(of: response)
        if let warning = Document.charsetWarning(response) { warnings.append(warning) }
        switch kind {
        case .page:
            let reading = try Self.page(response, path: source)
            let article = reading.article
            if let warning = reading.warning { warnings.append(warning) }
            let fetched = LibraryStore.FetchedArticle(article: Self.named(article, outlet: outlet, feedTitle: nil), guid: nil,
                                                      url: source, page: response.body, pageType: response.contentType)
            return Read(outcome: LibraryStore.FetchOutcome(articles: [fetched], title: article.source, itemCount: 1),
                        warnings: warnings, requests: 0)
        case .feed:
            let feed: Feed
            do {
                feed = try Feed.parse(response.body, url: response.url.absoluteString)
            } catch {
                throw .notAFeedOrPage("not a feed that can be read: \(error)")
            }
            warnings += feed.problems
            var seen = Set<String>()
            var duplicates = 0
            var wanted: [FeedItem] = []
            for item in feed.items {
                guard seen.insert(item.id).inserted else {
                    duplicates += 1
                    continue
                }
                let key = Self.key(of: item, feed: source)
                if let subscriptionID, known.contains(subscription: subscriptionID, guid: item.id, url: item.link, key: key) {
                    // Kept already: read again only when the feed now says something else of it.
                    guard let kept = try? library.storedItem(subscription: subscriptionID, guid: item.id, url: item.link, key: key),
                          kept != StoredItem(item).json else { continue }
                }
                wanted.append(item)
            }
            if duplicates > 0 { warnings.append("\(duplicates) item\(duplicates == 1 ? "" : "s") with a GUID seen before in the feed, skipped") }
            let feedTitle = outlet ?? feed.title
            let client = self.client
            let made = await withTaskGroup(of: (Int, LibraryStore.FetchedArticle, String?).self) { group in
                for (index, item) in wanted.enumerated() {
                    group.addTask {
                        let (fetched, problem) = await Self.article(for: item, feed: source, feedTitle: feedTitle, outlet: outlet, client: client)
                        return (index, fetched, problem)
                    }
                }
                var made = [(LibraryStore.FetchedArticle, String?)?](repeating: nil, count: wanted.count)
                for await (index, fetched, problem) in group { made[index] = (fetched, problem) }
                return made.compactMap { $0 }
            }
            let pageProblems = made.compactMap(\.1)
            if !pageProblems.isEmpty {
                warnings.append("\(pageProblems.count) linked page\(pageProblems.count == 1 ? "" : "s") not read, the summary kept (\(pageProblems[0]))")
            }
            let requests = wanted.filter(Self.wantsPage).count
            return Read(outcome: LibraryStore.FetchOutcome(articles: made.map(\.0), title: feed.title, itemCount: feed.items.count),
                        warnings: warnings, requests: requests)
        }
    }

    /// The article of a fetched page, or why there is none (a binary, an index page).
    static func page(_ response: HTTPClient.Response, path: String) throws(FetchError) -> HTMLPage.Reading {
        if let binary = Document.binaryKind(response.body) { throw .binaryAsText(binary) }
        let charset = response.charset.flatMap { Document.isKnown($0) ? $0 : nil }
        do {
            return try HTMLPage.read(response.body, path: path, url: response.url.absoluteString, httpCharset: charset)
        } catch {
            switch error {
            case .binary: throw .binaryAsText("binary data")
            case .empty: throw .noArticle("it is empty")
            case .noArticle(let why): throw .noArticle(why)
            }
        }
    }

    /// An item's key in the library: its link, else the feed's address and its GUID.
    static func key(of item: FeedItem, feed: String) -> String {
        item.link ?? "\(feed)#\(item.id)"
    }

    /// Whether an item's linked page is fetched: it carries only a summary, and links to a web page.
    static func wantsPage(_ item: FeedItem) -> Bool {
        !item.hasFullContent && (item.link?.hasPrefix("http://") == true || item.link?.hasPrefix("https://") == true)
    }

    /// The article of a feed item: from its linked page when it carries only a summary (the summary
    /// kept when the page cannot be read, with the reason), else from the item itself.
    static func article(for item: FeedItem, feed: String, feedTitle: String?, outlet: String?, client: HTTPClient) async -> (LibraryStore.FetchedArticle, String?) {
        let key = key(of: item, feed: feed)
        let itemJSON = StoredItem(item).json
        var problem: String?
        if wantsPage(item), let link = item.link, let url = URL(string: link) {
            do {
                let page = try await client.get(url)
                var article = named(try Self.page(page, path: key).article, outlet: outlet, feedTitle: feedTitle)
                if article.title == nil { article.title = item.title }
                if article.date == nil { article.date = item.published }
                if article.author == nil, !item.authors.isEmpty { article.author = item.authors.joined(separator: ", ") }
                return (LibraryStore.FetchedArticle(article: article, guid: item.id, url: item.link, page: page.body,
                                                    pageType: page.contentType, item: itemJSON), nil)
            } catch {
                problem = "\(link): \(error)"
            }
        }
        let article = named(item.article(path: key, feedTitle: feedTitle), outlet: outlet, feedTitle: feedTitle)
        return (LibraryStore.FetchedArticle(article: article, guid: item.id, url: item.link, item: itemJSON), problem)
    }

    /// The outlet: `--outlet` first, else what the article says, else the feed's title.
    static func named(_ article: Article, outlet: String?, feedTitle: String?) -> Article {
        var article = article
        if let outlet {
            article.source = outlet
        } else if article.source == nil {
            article.source = feedTitle
        }
        return article
    }

    /// Reads URLs without the library (named on the command line): their pages' and feeds' articles,
    /// and a problem for each that could not be read.
    public func read(urls: [String]) async -> (articles: [Article], problems: [(url: String, reason: String)]) {
        await withTaskGroup(of: (Int, [Article], [(String, String)]).self) { group in
            for (index, source) in urls.enumerated() {
                group.addTask {
                    guard let url = URL(string: source) else { return (index, [], [(source, FetchError.unsupportedURL(source).description)]) }
                    do {
                        let response = try await self.client.get(url)
                        let read = try await self.read(response, source: source, subscriptionID: nil, outlet: nil, known: LibraryStore.Known())
                        return (index, read.outcome.articles.map(\.article), read.warnings.map { (source, "warning: " + $0) })
                    } catch {
                        return (index, [], [(source, "\(error)")])
                    }
                }
            }
            var results = [([Article], [(String, String)])](repeating: ([], []), count: urls.count)
            for await (index, articles, problems) in group { results[index] = (articles, problems) }
            return (results.flatMap(\.0), results.flatMap(\.1).map { (url: $0.0, reason: $0.1) })
        }
    }

    /// Runs async work to its end from synchronous code (the command line).
    public static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class Box<T>: @unchecked Sendable { var value: T? }
}

/// A feed item as it was fetched, kept beside its article (JSON).
struct StoredItem: Codable {
    var id: String
    var link: String?
    var title: String?
    var authors: [String]
    var published: String?
    var contentHTML: String?
    var summaryHTML: String?

    init(_ item: FeedItem) {
        id = item.id
        link = item.link
        title = item.title
        authors = item.authors
        published = item.published?.description
        contentHTML = item.contentHTML
        summaryHTML = item.summaryHTML
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
