import ArgumentParser
import Foundation
import NewsdeskApp
import NewsFetch
import NewsKit
import TerminalUI

/// `newsdesk [PATH...]`: the reader in the terminal.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on the given files, folders and URLs (default: the library, else the bundled sample articles).",
        discussion: """
        Keys: j/k or arrows move, Enter opens (an article; on a quote or a person, that person's \
        statements), Tab/Shift-Tab step through quotes and names, ] and [ through quotes only, w shows why \
        the selected quote was given to its speaker, Esc or h goes back, / searches, p lists \
        people, s switches outlets on and off, c corrects who said the selected quote, v shows every \
        outlet's wording of it, C who is quoted by which outlet, S the story an article belongs to, E \
        exports a person's evidence pack, i where the article came from, r fetches the subscriptions \
        (with no path named), ? shows the keys of the screen, q quits. NO_COLOR turns colours off.

        Settings: $XDG_CONFIG_HOME/newsdesk/config (else ~/.config/newsdesk/config), one per line, # for \
        comments: `bind KEY COMMAND` (KEY: a character, ^D, ENTER, ESC, TAB, SPACE, UP, DOWN, NPAGE, PPAGE, \
        HOME, END, F1…; COMMAND: \(Command.named.map(\.name).joined(separator: ", "))), `unbind KEY`, \
        `color ELEMENT FG BG [ATTR...]` (ELEMENT: \(Theme.Element.allCases.map(\.rawValue).joined(separator: ", ")); \
        FG, BG: default, black, red, green, yellow, blue, magenta, cyan, white, color0-color255; ATTR: bold, \
        dim, italic, underline, reverse) and `text-width N` (the reader's widest line, default 100; 0 for \
        the window's). A line that cannot be read is named with its number and left out.

        Read state is kept in $XDG_DATA_HOME/newsdesk/library.sqlite; $BROWSER opens an article's address.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            var errors = StandardError()
            errors.write("""
                newsdesk: the reader needs a terminal (stdin and stdout are not both one).
                For scripts use the listing commands: newsdesk articles | quotes | people | entities | show (each with --json).

                """)
            throw ExitCode(2)
        }
        // The reader opens at once; the articles are read and analysed behind it (from the cache where
        // nothing changed) and fill in as they come. What went wrong is told on exit, when stderr is
        // the terminal again.
        let (store, notice) = corpus.openStore()
        let sources = try corpus.sources()
        let load = BackgroundLoad(loader: CorpusLoader(store: store), locations: sources.paths, fetched: sources.fetched)
        let noColor = ColorMode.isColorRefused
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(useColor: !noColor)
        } catch {
            // Like a missing terminal: exit 2, with what to do and no usage text.
            var errors = StandardError()
            errors.write("newsdesk: \(error)\n")
            throw ExitCode(2)
        }
        load.start()
        // Settings and the library store: when either cannot be used, the reader says so and runs.
        let (settings, settingsProblems) = Settings.load(from: Settings.defaultPath())
        var libraryStore: LibraryStore?, storeNotice: String?
        do { libraryStore = try LibraryStore.open(at: LibraryStore.defaultPath) } catch {
            storeNotice = "\(error); read state holds for this run only"
        }
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [])), terminal: terminal, settings: settings,
                            settingsProblems: settingsProblems, libraryStore: libraryStore, message: storeNotice)
        if corpus.paths.isEmpty {
            // `r` fetches the subscriptions; their new articles join the library on screen.
            app.refreshUnavailable = "no subscriptions to fetch: newsdesk add URL"
            app.refresh = {
                guard let library = try? LibraryStore.open(at: LibraryStore.defaultPath),
                      let subscriptions = try? Subscriptions(library: library).synchronise() as [String]?,
                      subscriptions != nil, (try? library.subscriptions().isEmpty) == false else { return nil }
                return BackgroundFetch(library: library, load: load)
            }
        }
        app.run(loading: load)
        terminal.close()
        var errors = StandardError()
        if let notice { errors.write("newsdesk: \(ArticleLoader.printable(notice))\n") }
        if let storeNotice { errors.write("newsdesk: \(ArticleLoader.printable(storeNotice))\n") }
        for problem in settingsProblems { errors.write("newsdesk: \(ArticleLoader.printable(problem.description))\n") }
        let state = load.take()
        for error in app.fetching?.errors ?? [] { errors.write("newsdesk: \(ArticleLoader.printable(error))\n") }
        for problem in sources.problems + state.problems { errors.write("newsdesk: \(ArticleLoader.printable(problem.description))\n") }
        if state.isFinished, state.articles == 0, (sources.problems + state.problems).contains(where: { !$0.isWarning }) {
            throw ExitCode.failure
        }
    }
}
