import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk show FILE`: one article with its quotes, speakers and names marked.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one article with quotes, speakers and names marked.",
        discussion: """
        On a terminal, quotes are coloured by speaker and names by type (NO_COLOR gives bold and \
        underline only). In a pipe, plain markers: a quote is followed by ⟨speaker⟩, a name is written \
        [name](PER|ORG|LOC|MISC).
        """
    )

    @Argument(help: "The article file.", completion: .file())
    var file: String
    @Flag(help: "Plain markers even on a terminal.")
    var plain = false

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(ArticleLoader.printable(file)): no such file") }
    }

    func run() throws {
        let corpus = try CorpusOptions.parse(["--", file]).loadCorpus()
        guard let analyzed = corpus.articles.first else { throw ExitCode.failure }
        let style: ArticleMarkup.Style = plain || isatty(STDOUT_FILENO) == 0 ? .plain
            : ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty ? .color : .monochrome } ?? .color
        var output = StandardOutput()
        output.write(ArticleMarkup(style: style).render(analyzed))
    }
}
