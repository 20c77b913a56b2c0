import ArgumentParser
import NewsKit

/// `newsdesk explain`: what the analysis saw in each article (names with their types and roles, and
/// the people with every alias), for tuning the rules. Hidden from the help.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the names and people the analysis found (for tuning).",
        shouldDisplay: false
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var output = StandardOutput()
        for analyzed in try corpus.loadCorpus().articles {
            output.write("== \(ArticleLoader.printable(analyzed.article.path))\n")
            for mention in analyzed.mentions {
                output.write("block \(mention.block)\t\(mention.kind.rawValue)\t" + ArticleLoader.printable(mention.text + (mention.role.map { " (role: \($0))" } ?? "")) + "\n")
            }
            for person in analyzed.people {
                output.write("person\t\(ArticleLoader.printable(person.name))\taliases: \(ArticleLoader.printable(person.aliases.joined(separator: " | ")))\troles: \(ArticleLoader.printable(person.roles.joined(separator: " | ")))\n")
            }
        }
    }
}
