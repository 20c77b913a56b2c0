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
    @Argument(help: "Article files and folders, and http(s) URLs of pages and feeds (default: the library, else the bundled sample articles).",
              completion: .file())
    var paths: [String] = []
    @Flag(help: "Analyse everything again without reading or writing the cache ($XDG_CACHE_HOME/newsdesk).")
    var noCache = false

    func validate() throws {
        // By the bytes given, not the text they were repaired to: `caf\xE9.txt` exists.
        for location in RawArguments.locations(of: paths.filter { !Library.isURL($0) }) where !location.exists {
            throw ValidationError("\(ArticleLoader.printable(location.displayName)): no such file or folder")
        }
    }

    /// What to read: the files and folders named, with the URLs named read now; with nothing named,
    /// the library (subscribed files and folders, fetched articles), else the samples.
    struct Sources {
        /// The files and folders, as the bytes given (a name need not be UTF-8).
        var paths: [FileLocation]
        var fetched: [CorpusLoader.Fetched]
        /// URLs that could not be read.
        var problems: [ArticleLoader.Problem]
    }

    func sources() throws -> Sources {
        guard !paths.isEmpty else {
            if let library = Library.corpusSources() {
                return Sources(paths: library.paths.map { FileLocation($0) }, fetched: library.fetched, problems: [])
            }
            return Sources(paths: try SampleCorpus.articlePaths().map { FileLocation($0) }, fetched: [], problems: [])
        }
        let (articles, problems) = Library.read(urls: paths.filter(Library.isURL))
        return Sources(paths: RawArguments.locations(of: paths.filter { !Library.isURL($0) }),
                       fetched: articles.isEmpty ? [] : [.articles(articles)], problems: problems)
    }

    /// Loads the articles, reporting each unreadable file on stderr; fails when none could be read.
    func loadArticles() throws -> [Article] {
        let sources = try sources()
        var result = try load(sources.paths) { try ArticleLoader().load($0) }
        var fetched: [Article] = []
        for source in sources.fetched {
            switch source {
            case .articles(let articles): fetched += articles
            case .library(let library, let keys): fetched += (try? library.fetchedArticles(keys: keys)) ?? []
            }
        }
        result.articles = fetched + result.articles
        try report(sources.problems + result.problems, nothingRead: result.articles.isEmpty)
        return result.articles
    }

    /// The query over `loadCorpus()`, showing only `outlets` when any are named (`--source`).
    func loadQuery(outlets: [String] = []) throws -> CorpusQuery {
        var query = CorpusQuery(corpus: try loadCorpus())
        if !outlets.isEmpty { query.outletFilter = .only(outlets) }
        return query
    }

    /// Loads and analyses the articles, through the cache unless `--no-cache`, with the library's
    /// corrections laid over the analyses.
    func loadCorpus() throws -> Corpus {
        var errors = StandardError()
        let (store, notice) = openStore()
        if let notice { errors.write("newsdesk: \(ArticleLoader.printable(notice))\n") }
        let sources = try sources()
        let result = try load(sources.paths) { try CorpusLoader(store: store).load($0, fetched: sources.fetched) }
        try report(sources.problems + result.problems, nothingRead: result.articles.isEmpty)
        return Corpus(articles: result.articles, corrections: Library.corrections())
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

    /// Runs a loader on the files and folders.
    private func load<R>(_ targets: [FileLocation], _ loader: ([FileLocation]) throws -> R) throws -> R {
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
