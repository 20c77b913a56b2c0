import ArgumentParser
import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// `newsdesk show FILE`: one article with its quotes, speakers and names marked.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one article with quotes, speakers and names marked.",
        discussion: """
        Drawn as the reader draws it: on a terminal, quotes in their speaker's colour (the same as in \
        the reader) and names by type (NO_COLOR gives bold, italic and underline only), each statement \
        followed by ⟨speaker⟩. In a pipe, plain text with markers: ⟨speaker⟩ after each statement and \
        names written [name](PER|ORG|LOC|MISC).
        """
    )

    @Argument(help: "The article file.", completion: .file())
    var file: String
    @Flag(help: "Plain markers even on a terminal (the same as --color never).")
    var plain = false
    @Option(help: "auto (colour on a terminal unless NO_COLOR is set), always (colour even into a pipe) or never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    func validate() throws {
        let location = RawArguments.location(of: file)
        guard location.exists else { throw ValidationError("\(ArticleLoader.printable(location.displayName)): no such file") }
    }

    func run() throws {
        let corpus = try CorpusOptions.parse(["--", file]).loadCorpus()
        guard !corpus.articles.isEmpty else { throw ExitCode.failure }
        let markersOnly = plain || color == .never || color == .auto && isatty(STDOUT_FILENO) == 0
        let noColor = color == .auto && ColorMode.isColorRefused
        let colorMode: ColorMode = markersOnly || noColor ? .none : .palette256
        let theme = Theme(colorMode: colorMode)
        var output = StandardOutput()
        for block in ArticleRenderer(theme: theme).blocks(ofArticle: 0, in: CorpusQuery(corpus: corpus)) {
            var markers = block.statements.map { (offset: $0.range.end + 1, text: "⟨\($0.speaker ?? "?")⟩", style: theme.dim) }
            if markersOnly {
                markers += block.names.flatMap { [(offset: $0.range.start, text: "[", style: Style.plain), (offset: $0.range.end, text: "](\($0.kind.rawValue))", style: Style.plain)] }
            }
            let text = block.text.inserting(markers)
            let label = block.role == .caption ? "[caption] " : ""
            output.write(label + (markersOnly ? ArticleLoader.printable(text.text) : text.ansi(colorMode: colorMode, escaping: ArticleLoader.printable)) + (block.role == .headline ? "\n" : "\n\n"))
        }
    }
}
