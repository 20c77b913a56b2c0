import ArgumentParser
import Foundation
import NewsFetch
import NewsKit

/// `newsdesk add`: follow a feed, a page, a file or a folder.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Subscribe to a feed or page (URL), or keep a file or folder in the library.",
        discussion: """
        Recorded at once, without the network: problems with a URL show at the next `newsdesk fetch`. \
        Adding what is followed already sets its outlet and tags. The subscription is written to the urls \
        file ($XDG_CONFIG_HOME/newsdesk/urls) too.

        Examples:
          newsdesk add https://example.com/feed.xml --tag world
          newsdesk add ~/news/archive --outlet "The Archive"
        """
    )

    @Argument(help: "An http(s) URL of a feed or page, or a file or folder.", completion: .file())
    var source: String
    @Option(help: "The outlet its articles are shown under (default: what the feed or page calls itself).")
    var outlet: String?
    @Option(name: .customLong("tag"), help: "A tag (repeat for more).")
    var tags: [String] = []

    func run() throws {
        let library = try Library.open()
        let subscriptions = try Library.subscriptions(library)
        let (subscription, isNew): (LibraryStore.Subscription, Bool)
        do {
            (subscription, isNew) = try subscriptions.add(source, outlet: outlet, tags: tags)
        } catch let error as SubscriptionEntry.Invalid {
            throw ValidationError(error.description)
        }
        var output = StandardOutput()
        output.write("\(isNew ? "added" : "updated") \(ArticleLoader.printable(subscription.source))\(subscription.kind == .url ? " (fetched by newsdesk fetch)" : "")\n")
    }
}

/// `newsdesk remove`: stop following.
struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Unsubscribe: forget a feed, page, file or folder and the articles fetched for it.",
        discussion: "Name it as `newsdesk feeds` lists it (a path may be relative). The files of a folder are not touched."
    )

    @Argument(help: "What to stop following.", completion: .file())
    var sources: [String]

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name what to stop following (see newsdesk feeds)") }
    }

    func run() throws {
        let subscriptions = try Library.subscriptions(try Library.open())
        var output = StandardOutput()
        var missing: [String] = []
        for source in sources {
            if try subscriptions.remove(source) {
                output.write("removed \(ArticleLoader.printable(source))\n")
            } else {
                missing.append(source)
            }
        }
        if !missing.isEmpty {
            throw ValidationError(missing.map { "\(ArticleLoader.printable($0)): not followed (see newsdesk feeds)" }.joined(separator: "\n"))
        }
    }
}
