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
          {"schema":1,"quote_id","article","source","speaker" (null when no rule was sure),"person_id",
           "text","kind" (full|partial|scare),"paragraph","start","end","cue","rule","confidence",
           "corrected","correction" (speaker|no_speaker),"analysed_speaker","analysed_person_id"}
        start/end count Unicode scalars in the file's text; paragraph is the block's index in the file; \
        quote_id stays the same while the article's text does; person_id is the speaker's (see people). \
        A quote corrected with newsdesk correct is marked "(corrected)" (with --json, "corrected": true and \
        what the analysis said in analysed_speaker); one corrected to be no quote is left out.

        Examples:
          newsdesk quotes --speaker Zelensky ~/news
          newsdesk quotes --json --source Reuters ~/news | jq -r .text
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only quotes by people any of whose names contain this (case-insensitive).")
    var speaker: String?
    @Option(help: "Only quotes by the person with this ID (person_id in people --json).")
    var person: String?
    @Option(help: "Only quotes from this outlet (case-insensitive).")
    var source: String?
    @Flag(help: "Also list scare quotes and titles.")
    var includeScare = false
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let query = try corpus.loadQuery(outlets: source.map { [$0] } ?? [])
        var wanted: Set<PersonID>?
        if let speaker { wanted = Set(query.people(matching: speaker).map(\.person.id)) }
        if let person {
            // An ID a person had before being merged into another still finds them.
            let found: Set<PersonID> = query.person(PersonID(rawValue: person)).map { [$0.id] } ?? []
            wanted = wanted.map { $0.intersection(found) } ?? found
        }
        var output = StandardOutput()
        var lines = JSONLines()
        for index in query.visibleArticles {
            let analyzed = query.corpus.articles[index]
            // A quote corrected to be no quote is left out; one corrected to a speaker is a statement.
            for quote in analyzed.quotes where query.corpus.isStatement(quote) || (includeScare && query.corpus.correction(of: quote)?.verdict != .notAQuote) {
                let speaker = query.corpus.speaker(of: quote, inArticle: index)
                if let wanted, !(speaker.map { wanted.contains($0.id) } ?? false) { continue }
                if json {
                    lines.write(QuoteRecord(quote, inArticle: index, of: query.corpus))
                } else {
                    let article = analyzed.article
                    let corrected = query.corpus.correction(of: quote) == nil ? "" : " (corrected)"
                    output.write(ArticleLoader.printable("\(speaker?.name ?? "(unknown)")\(corrected): “\(quote.text)”  [\(OutletFilter.outlet(of: article)), \(article.path)]") + "\n")
                }
            }
        }
    }
}
