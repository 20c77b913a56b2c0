import ArgumentParser
import NewsKit

/// `newsdesk quotes`: every statement with its speaker.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotations in the articles, with who said them.",
        discussion: """
        By default statements only (full and partial quotations); scare quotes and titles with \
        --include-scare. A quotation running over several paragraphs gives one line per paragraph, all \
        with the same speaker. With --json, one object per line:
          {"article","source","speaker" (null when no rule was sure),"text","kind" (full|partial|scare),
           "paragraph","start","end","cue","rule","confidence"}
        start/end count Unicode scalars in the file's text; paragraph is the block's index in the file.

        Examples:
          newsdesk quotes --speaker Zelensky ~/news
          newsdesk quotes --json --source Reuters ~/news | jq -r .text
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only quotes by this person (any of their names, case-insensitive).")
    var speaker: String?
    @Option(help: "Only quotes from this outlet (case-insensitive).")
    var source: String?
    @Flag(help: "Also list scare quotes and titles.")
    var includeScare = false
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let corpus = try corpus.loadCorpus()
        let wanted = speaker.map { corpus.matchingPeople($0) }
        var output = StandardOutput()
        for analyzed in corpus.articles {
            let article = analyzed.article
            if let source, article.source?.lowercased() != source.lowercased() { continue }
            for quote in analyzed.quotes where includeScare || quote.isStatement {
                if let wanted, !wanted.contains(quote.attribution?.speaker ?? "") { continue }
                let place = article.blocks[quote.block].fileRange(of: quote.range)
                if json {
                    let a = quote.attribution
                    output.write(JSONValue.object([
                        ("article", .string(article.path)), ("source", .string(article.source)),
                        ("speaker", .string(a?.speaker)), ("text", .string(quote.text)),
                        ("kind", .string(quote.kind.rawValue)), ("paragraph", .int(quote.block)),
                        ("start", .int(place.start)), ("end", .int(place.end)), ("cue", .string(a?.cue)),
                        ("rule", .string(a?.rule.rawValue)), ("confidence", a.map { .number($0.confidence) } ?? .null),
                    ]).serialized + "\n")
                } else {
                    let who = quote.attribution?.speaker ?? "(unknown)", outlet = article.source ?? "unknown outlet"
                    output.write(ArticleLoader.printable("\(who): “\(quote.text)”  [\(outlet), \(article.path)]") + "\n")
                }
            }
        }
    }
}

extension Corpus {
    /// The names of the people any of whose names or aliases contain `query` (case-insensitive).
    func matchingPeople(_ query: String) -> Set<String> {
        let q = query.lowercased()
        return Set(people.filter { p in
            p.name.lowercased().contains(q) || p.aliases.contains { $0.lowercased().contains(q) }
        }.map(\.name))
    }
}
