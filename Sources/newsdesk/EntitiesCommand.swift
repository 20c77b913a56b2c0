import ArgumentParser
import NewsKit

/// `newsdesk entities`: every name found, typed.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, organisations and places named in the articles.",
        discussion: """
        One mention per line. With --json: {"article","text","type" (PER|ORG|LOC|MISC),"start","end"}, \
        start/end counting Unicode scalars in the file's text.
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
        for analyzed in corpus.articles {
            for mention in analyzed.mentions where type.map({ $0.rawValue == mention.kind.rawValue }) ?? true {
                let place = analyzed.article.blocks[mention.block].fileRange(of: mention.range)
                if json {
                    output.write(JSONValue.object([
                        ("article", .string(analyzed.article.path)), ("text", .string(mention.text)),
                        ("type", .string(mention.kind.rawValue)), ("start", .int(place.start)), ("end", .int(place.end)),
                    ]).serialized + "\n")
                } else {
                    output.write("\(mention.kind.rawValue)\t\(ArticleLoader.printable(mention.text))\t\(ArticleLoader.printable(analyzed.article.path)):\(place.start)\n")
                }
            }
        }
    }
}
