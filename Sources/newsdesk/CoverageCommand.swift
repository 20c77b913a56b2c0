import ArgumentParser
import NewsKit

/// `newsdesk coverage`: who is quoted by which outlet, and with which verbs.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "For each person quoted: statements per outlet, and the verbs that introduce them.",
        discussion: """
        One block per person, most quoted first: their statements in each outlet, then the verbs that \
        introduce them (said, warned, told …) with counts, inflections folded (warned and warns are \
        warn; a form is folded only when the list of speech verbs confirms it, else it is counted as \
        written). ":" is a colon after the name; "(no cue word)" a statement whose speaker came from \
        another quote or the sentence, not from a verb beside it.
        With --json, one object per person:
          {"schema":1,"person_id","name","statements","outlets":[{"source" (null: no outlet named),"statements"}],
           "verbs":[{"verb","statements","forms":[{"form","statements"}]}]}

        Examples:
          newsdesk coverage ~/news
          newsdesk coverage --json ~/news | jq -r 'select(.name == "Anna Holt") | .verbs[].verb'
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only these outlets (case-insensitive; repeat for several).")
    var source: [String] = []
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let query = try corpus.loadQuery(outlets: source)
        let coverage = query.coverage
        var output = StandardOutput()
        var lines = JSONLines()
        for row in coverage.rows {
            let verbs = query.verbs(of: row.person.id)
            if json {
                lines.write(CoverageRecord(row, outlets: coverage.outlets, verbs: verbs))
                continue
            }
            let outlets = row.counts.sorted { ($0.statements, $1.column) > ($1.statements, $0.column) }
                .map { "\(coverage.outlets[$0.column]) \($0.statements)" }
            // say 5 (said 4, says 1); say 2 (said); : (a colon) 1.
            let verbText = verbs.map { verb in
                let forms = verb.forms.count == 1 ? verb.forms[0].text : verb.forms.map { "\($0.text) \($0.statements)" }.joined(separator: ", ")
                return "\(verb.label) \(verb.statements)" + (forms == verb.lemma ? "" : " (\(forms))")
            }
            output.write(ArticleLoader.printable("\(row.person.name)  \(row.total) statement\(row.total == 1 ? "" : "s")") + "\n")
            output.write(ArticleLoader.printable("  outlets: " + outlets.joined(separator: " · ")) + "\n")
            output.write(ArticleLoader.printable("  verbs: " + verbText.joined(separator: " · ")) + "\n")
        }
    }
}
