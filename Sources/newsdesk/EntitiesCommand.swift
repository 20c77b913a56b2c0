import ArgumentParser
import NewsKit

/// `newsdesk entities`: every name found, typed.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organisations and places named in the articles.",
        discussion: """
        One mention per line. With --json: {"schema":1,"article","text","type" (PER|ORG|LOC|MISC),"start", \
        "end","person_id" (for a person's name, else null)}, start/end counting Unicode scalars in the file's text.
        """
    )

    enum EntityType: String, ExpressibleByArgument, CaseIterable {
        case PER, ORG, LOC, MISC
    }

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only mentions of this type: PER, ORG, LOC or MISC.")
    var type: EntityType?
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let corpus = try corpus.loadCorpus()
        var output = StandardOutput()
        var lines = JSONLines()
        for (index, analyzed) in corpus.articles.enumerated() {
            for mention in analyzed.mentions where type.map({ $0.rawValue == mention.kind.rawValue }) ?? true {
                if json {
                    lines.write(EntityRecord(mention, inArticle: index, of: corpus))
                } else {
                    let place = analyzed.article.blocks[mention.block].fileRange(of: mention.range)
                    output.write("\(mention.kind.rawValue)\t\(ArticleLoader.printable(mention.text))\t\(ArticleLoader.printable(analyzed.article.path)):\(place.start)\n")
                }
            }
        }
    }
}
