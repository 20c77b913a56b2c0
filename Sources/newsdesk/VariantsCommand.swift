import ArgumentParser
import NewsKit

/// `newsdesk variants`: every statement that several articles quote, with each article's wording.
struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the statements quoted by more than one article, each article's wording side by side.",
        discussion: """
        Quotes are one statement when they share a run of six or more words in a row covering half the \
        shorter one: case, accents, curly or straight marks and punctuation aside, a bracketed insertion \
        ([Donald]) left out, never across an ellipsis. So a partial quote inside a fuller one joins it, \
        and a short common phrase said by two people does not. A wording whose article names no speaker \
        shows the speaker another article gives, with that article (inferred_from). Most outlets first. \
        With --json, one object per line:
          {"schema":1,"statement_id","speaker","person_id",
           "variants":[{"quote_id","article","source","text","speaker","inferred_from"}]}

        Examples:
          newsdesk variants ~/news
          newsdesk variants --json ~/news | jq -c 'select((.variants|map(.source)|unique|length) > 1)'
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let query = try corpus.loadQuery()
        var output = StandardOutput()
        var lines = JSONLines()
        for group in query.statementGroups.groups {
            if json {
                lines.write(VariantRecord(group, in: query))
                continue
            }
            let speaker = group.speaker.flatMap(query.person)?.name ?? "(unknown)"
            output.write(ArticleLoader.printable("\(speaker) · \(group.outlets) outlet\(group.outlets == 1 ? "" : "s") · \(group.id)") + "\n")
            for statement in group.statements {
                let analyzed = query.corpus.articles[statement.article]
                let named = query.speaker(of: statement)
                let who = named.map { $0.inferred == nil ? $0.person.name : "\($0.person.name) (inferred)" } ?? "(unknown)"
                let line = "  \(OutletFilter.outlet(of: analyzed.article)): “\(analyzed.quotes[statement.quote].text)” — \(who)  [\(analyzed.article.path)]"
                output.write(ArticleLoader.printable(line) + "\n")
            }
        }
    }
}
