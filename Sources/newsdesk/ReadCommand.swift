import ArgumentParser
import NewsdeskApp

/// `newsdesk [PATH...]`: the reader. Until the terminal reader lands, it lists the articles.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on the given files and folders (default: the bundled sample articles)."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        var output = StandardOutput()
        for article in try corpus.loadArticles() {
            output.write(ArticleListing.line(for: article) + "\n")
        }
    }
}
