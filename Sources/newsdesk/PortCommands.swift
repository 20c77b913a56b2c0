import ArgumentParser
import Foundation
import NewsFetch
import NewsKit

/// `newsdesk import`: subscriptions from another reader's OPML.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Subscribe to every feed of an OPML file (another feed reader's export).",
        discussion: "Each outline's title becomes its outlet, its category and folders its tags. Nothing is fetched: run newsdesk fetch."
    )

    @Argument(help: "The OPML file.", completion: .file(extensions: ["opml", "xml"]))
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(ArticleLoader.printable(file)): no such file, or it cannot be read")
        }
        let entries: [SubscriptionEntry]
        do {
            entries = try OPML.parse(data)
        } catch {
            var errors = StandardError()
            errors.write("newsdesk: \(ArticleLoader.printable(file)): \(error)\n")
            throw ExitCode.failure
        }
        let subscriptions = try Library.subscriptions(try Library.open())
        let (added, updated) = try subscriptions.add(entries)
        var output = StandardOutput()
        output.write("imported \(entries.count) subscription\(entries.count == 1 ? "" : "s") from \(ArticleLoader.printable(file)): \(added) new, \(updated) already followed\n")
    }
}

/// `newsdesk export`: the subscriptions as OPML.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the subscriptions as OPML 2.0 (for another feed reader, or newsdesk import).",
        discussion: "Example: newsdesk export > subscriptions.opml"
    )

    func run() throws {
        let subscriptions = try Library.subscriptions(try Library.open()).library.subscriptions()
        var output = StandardOutput()
        output.write(OPML.render(subscriptions.map { SubscriptionEntry(source: $0.source, outlet: $0.outlet, tags: $0.tags) }))
    }
}
