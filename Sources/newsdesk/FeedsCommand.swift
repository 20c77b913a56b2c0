import ArgumentParser
import Foundation
import NewsFetch
import NewsKit

/// `newsdesk feeds`: every subscription.
struct Feeds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the subscriptions: outlet, tags, last fetch, items, last error.",
        discussion: """
        One line per subscription: the last fetch (or "never"), items in the feed at that fetch and \
        articles kept, the outlet, the address or path, [tags], and the last error after "!".
        With --json, one object per line:
          {"schema":1,"source","kind" (url, file, folder),"outlet","title","tags":[...],"added",
           "last_fetch" (ISO 8601 or null),"items","articles","last_error"}
        """
    )

    @Flag(help: "Print JSON Lines, one object per subscription.")
    var json = false

    func run() throws {
        let library = try Library.open()
        let subscriptions = try Library.subscriptions(library).library.subscriptions()
        var output = StandardOutput()
        var lines = JSONLines()
        for subscription in subscriptions {
            if json {
                lines.write(FeedRecord(subscription))
            } else {
                output.write(ArticleLoader.printable(Self.line(for: subscription)) + "\n")
            }
        }
        if !json && subscriptions.isEmpty {
            var errors = StandardError()
            errors.write("newsdesk: no subscriptions yet: newsdesk add URL|FILE|FOLDER, or newsdesk import FILE.opml\n")
        }
    }

    static func line(for subscription: LibraryStore.Subscription) -> String {
        let fetched = subscription.lastFetch.map { FeedRecord.timestamp($0, short: true) } ?? "never           "
        var line = "\(fetched)  \(pad(subscription.itemCount, 5)) items \(pad(subscription.articleCount, 5)) kept  \(subscription.displayName)"
        if subscription.displayName != subscription.source { line += "  \(subscription.source)" }
        if !subscription.tags.isEmpty { line += "  [\(subscription.tags.joined(separator: ", "))]" }
        if let error = subscription.lastError { line += "  ! \(error)" }
        return line
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - String(number).count)) + String(number)
    }
}
