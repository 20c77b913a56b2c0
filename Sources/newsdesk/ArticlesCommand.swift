import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk articles`: a line per article, or JSON Lines.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles under the given files and folders.",
        discussion: """
        One line per article: date, outlet, headline (or its opening words), number of body paragraphs, path.
        With --json, one JSON object per line:
          {"schema":1,"path","title","source","author","date" (YYYY-MM-DD or null),"url",
           "paragraphs":[...],"captions":[...],"subheadings":[...],"related":[...]}

        Examples:
          newsdesk articles ~/news
          newsdesk articles --json ~/news/reuters | jq -r .title
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "Print JSON Lines, one object per article.")
    var json = false

    func run() throws {
        let articles = try corpus.loadArticles()
        var output = StandardOutput()
        var lines = JSONLines()
        for article in articles {
            if json { lines.write(ArticleRecord(article)) } else { output.write(ArticleListing.line(for: article) + "\n") }
        }
    }
}

/// The paths every listing command reads, and how they are loaded.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files and folders (default: the bundled sample articles).",
              completion: .file())
    var paths: [String] = []
    @Flag(help: "Analyse everything again without reading or writing the cache ($XDG_CACHE_HOME/newsdesk).")
    var noCache = false

    func validate() throws {
        // By the bytes given, not the text they were repaired to: `caf\xE9.txt` exists.
        for location in RawArguments.locations(of: paths) where !location.exists {
            throw ValidationError("\(ArticleLoader.printable(location.displayName)): no such file or folder")
        }
    }

    /// Loads the articles, reporting each unreadable file on stderr; fails when none could be read.
    func loadArticles() throws -> [Article] {
        let result = try load { try ArticleLoader().load($0) }
        try report(result.problems, nothingRead: result.articles.isEmpty)
        return result.articles
    }

    /// Loads and analyses the articles, through the cache unless `--no-cache`.
    func loadCorpus() throws -> Corpus {
        var errors = StandardError()
        let (store, notice) = openStore()
        if let notice { errors.write("newsdesk: \(ArticleLoader.printable(notice))\n") }
        let result = try load { try CorpusLoader(store: store).load($0) }
        try report(result.problems, nothingRead: result.articles.isEmpty)
        return Corpus(articles: result.articles)
    }

    /// The cache, unless `--no-cache`; `notice` says what went wrong with it, if anything did.
    func openStore() -> (store: Store?, notice: String?) {
        guard !noCache else { return (nil, nil) }
        do {
            let opened = try Store.open(at: Store.defaultPath)
            return (opened.store, opened.notice?.description)
        } catch {
            return (nil, "warning: no cache this time: \(ErrorLine.describe(error))")
        }
    }

    /// The files and folders to read: those named (as the bytes given: a name need not be UTF-8),
    /// else the samples.
    func targets() throws -> [FileLocation] {
        paths.isEmpty ? try SampleCorpus.articlePaths().map { FileLocation($0) } : RawArguments.locations(of: paths)
    }

    /// Runs a loader on the paths (the samples when none were named).
    private func load<R>(_ loader: ([FileLocation]) throws -> R) throws -> R {
        let targets = try targets()
        do {
            return try loader(targets)
        } catch {
            // The path went away between validation and loading.
            throw ValidationError(ErrorLine.describe(error))
        }
    }

    /// Reports each unreadable file on stderr; fails when nothing could be read.
    private func report(_ problems: [ArticleLoader.Problem], nothingRead: Bool) throws {
        var errors = StandardError()
        for problem in problems { errors.write("newsdesk: \(ArticleLoader.printable(problem.description))\n") }
        if nothingRead && !problems.isEmpty && !problems.contains(where: \.isWarning) {
            throw ExitCode.failure
        }
    }
}
