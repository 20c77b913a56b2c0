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

/// `newsdesk export`: the subscriptions as OPML; with `--person`, that person's evidence pack.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the subscriptions as OPML 2.0, or with --person a person's evidence pack.",
        discussion: """
        Without --person: the subscriptions as OPML 2.0, for another feed reader or newsdesk import.

        With --person NAME (a name or part of one, or a person_id): every statement the articles \
        attribute to that person, then those inferred from another outlet's wording (marked), each with \
        its full wording, the sentence around it, speaker, inferred and corrected marks, cue, rule and \
        confidence, the article's headline, outlet, date and address (or path), and the other outlets' \
        wordings of the same statement. --format md (Markdown to paste into a draft, the default), csv \
        (one row per statement, for a spreadsheet) or json (JSON Lines, schema 1, keys in snake_case: \
        quote_id, statement_id, text, sentence, speaker, person_id, inferred, inferred_from, corrected, \
        cue, rule, confidence, headline, source, date, address, variants). Articles as for quotes: the \
        paths named, else the library, else the samples. A name that fits several people lists them \
        with their IDs (exit 64).

        Examples:
          newsdesk export > subscriptions.opml
          newsdesk export --person "Tommy Pigott" --format csv --output pigott.csv ~/news
        """
    )

    @Option(help: "Write this person's evidence pack instead of the subscriptions (a name, or a person_id).")
    var person: String?
    @Option(help: "The evidence pack's format: md, csv or json.")
    var format: String = "md"
    @Option(help: "Write the evidence pack to this file instead of standard output.", completion: .file())
    var output: String?
    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if person == nil, !corpus.paths.isEmpty || output != nil || format != "md" {
            throw ValidationError("articles, --format and --output go with --person (the subscriptions' OPML goes to standard output)")
        }
        guard EvidencePack.Format(rawValue: format) != nil else {
            throw ValidationError("--format is md, csv or json, not \(format)")
        }
    }

    func run() throws {
        guard let person else {
            let subscriptions = try Library.subscriptions(try Library.open()).library.subscriptions()
            var output = StandardOutput()
            output.write(OPML.render(subscriptions.map { SubscriptionEntry(source: $0.source, outlet: $0.outlet, tags: $0.tags) }))
            return
        }
        let query = try corpus.loadQuery()
        guard let pack = EvidencePack(person: try Self.person(person, in: query), in: query) else { throw ExitCode.failure }
        let text = pack.rendered(as: EvidencePack.Format(rawValue: format) ?? .md)
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            var errors = StandardError()
            errors.write(ArticleLoader.printable("\(pack.entries.count) statements of \(pack.person.name) written to \(output)") + "\n")
        } else {
            var standard = StandardOutput()
            standard.write(text)
        }
    }

    /// The one person a name (or ID) names: an ID, else the person whose name is exactly it (case and
    /// accents folded), else the only one whose names contain it.
    static func person(_ name: String, in query: CorpusQuery) throws -> PersonID {
        if let found = query.person(PersonID(rawValue: name)) { return found.id }
        let matching = query.people(matching: name).map(\.person)
        let folded = SearchText.words(name)
        if let exact = matching.first(where: { SearchText.words($0.name) == folded }) { return exact.id }
        guard matching.count == 1, let only = matching.first else {
            if matching.isEmpty { throw ValidationError("no one named \(name) in these articles (see newsdesk people)") }
            let names = matching.prefix(10).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw ValidationError("\(name) fits \(matching.count) people: \(names); name one, or give its person_id")
        }
        return only.id
    }
}
