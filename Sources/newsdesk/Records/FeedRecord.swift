import Foundation
import NewsFetch
import NewsKit

/// `feeds --json`: one subscription.
struct FeedRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var source: String
    /// `url`, `file` or `folder`.
    var kind: String
    /// `--outlet`, if given.
    @Nullable var outlet: String?
    /// What the feed or page called itself at the last fetch.
    @Nullable var title: String?
    var tags: [String]
    /// ISO 8601.
    var added: String
    @Nullable var lastFetch: String?
    /// Items in the feed at the last fetch; articles kept in the library for it.
    var items: Int
    var articles: Int
    @Nullable var lastError: String?

    init(_ subscription: LibraryStore.Subscription) {
        source = subscription.source
        kind = subscription.kind.rawValue
        outlet = subscription.outlet
        title = subscription.title
        tags = subscription.tags
        added = Self.timestamp(subscription.addedAt)
        lastFetch = subscription.lastFetch.map { Self.timestamp($0) }
        items = subscription.itemCount
        articles = subscription.articleCount
        lastError = subscription.lastError
    }

    /// ISO 8601 in UTC, or `YYYY-MM-DD HH:MM` in local time when `short`.
    static func timestamp(_ date: Date, short: Bool = false) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        if short {
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
        } else {
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        }
        return formatter.string(from: date)
    }
}

/// `fetch --json`: how the fetch of one subscription went.
struct FetchRecord: Codable {
    var schema = 1
    var source: String
    @Nullable var outlet: String?
    /// `fetched`, `unchanged` (304), `failed`, `local` (a file or folder, counted).
    var status: String
    var newArticles: Int
    /// Articles kept before that came again with new content (the new version kept).
    var updatedArticles: Int
    var items: Int
    @Nullable var error: String?
    var warnings: [String]

    init(_ report: Fetcher.Report) {
        source = report.subscription.source
        outlet = report.subscription.outlet ?? report.subscription.title
        status = report.status.rawValue
        newArticles = report.added.count
        updatedArticles = report.updated.count
        items = report.items
        error = report.error
        warnings = report.warnings
    }
}
