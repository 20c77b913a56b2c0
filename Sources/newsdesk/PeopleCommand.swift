import ArgumentParser
import NewsKit

/// `newsdesk people`: everyone named, most quoted first.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people named in the articles, most quoted first.",
        discussion: """
        One person per line across all articles and outlets (Zelensky, Zelenskyy and President Volodymyr \
        Zelensky are one person). With --json:
          {"name","aliases":[...],"roles":[...],"quotes": count,"articles":[paths]}
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let corpus = try corpus.loadCorpus()
        var output = StandardOutput()
        for person in corpus.people {
            if json {
                output.write(JSONValue.object([
                    ("name", .string(person.name)), ("aliases", .strings(person.aliases)), ("roles", .strings(person.roles)),
                    ("quotes", .int(person.quoteCount)), ("articles", .strings(person.articles)),
                ]).serialized + "\n")
            } else {
                let roles = person.roles.isEmpty ? "" : "  (" + person.roles.joined(separator: "; ") + ")"
                output.write("\(person.quoteCount)\t\(ArticleLoader.printable(person.name + roles))  — \(person.articles.count) article\(person.articles.count == 1 ? "" : "s")\n")
            }
        }
    }
}
