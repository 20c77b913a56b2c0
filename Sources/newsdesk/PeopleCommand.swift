import ArgumentParser
import NewsKit

/// `newsdesk people`: everyone named, most quoted first.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people named in the articles, most quoted first.",
        discussion: """
        One person per line across all articles and outlets (Zelensky, Zelenskyy and President Volodymyr \
        Zelensky are one person). With --json:
          {"schema":1,"person_id","name","aliases":[...],"roles":[...],"quotes": count,"articles":[paths]}
        person_id stays the same as articles are added (see the README); quotes --person takes it.
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let query = try corpus.loadQuery()
        var output = StandardOutput()
        var lines = JSONLines()
        for (person, statements) in query.people {
            if json {
                lines.write(PersonRecord(person, statements: statements))
            } else {
                let roles = person.roles.isEmpty ? "" : "  (" + person.roles.joined(separator: "; ") + ")"
                output.write("\(statements)\t\(ArticleLoader.printable(person.name + roles))  — \(person.articles.count) article\(person.articles.count == 1 ? "" : "s")\n")
            }
        }
    }
}
