import NewsKit
import TerminalUI

/// The reader: a stack of screens over a library, a breadcrumb at the top, a status line at the
/// bottom, and the loop that turns terminal events into commands.
public final class ReaderApp {
    public private(set) var library: CorpusQuery
    private let terminal: Terminal
    private let theme: Theme
    private let settings: Settings
    /// Where read state is kept across runs; nil when the library store cannot be used.
    private let libraryStore: LibraryStore?
    private let desktop: Desktop
    /// Where corrections of speakers are kept: the library store, else one in memory for this run.
    private lazy var correctionStore: LibraryStore? = libraryStore ?? (try? LibraryStore.inMemory())
    /// Lines of the settings that were left out, listed with the files on the Problems screen.
    private let settingsProblems: [ArticleLoader.Problem]
    private var stack: [any Screen] = [ArticlesScreen()]
    public private(set) var isDone = false
    /// A message for the status line (a settings error, what a key did), shown until the next key.
    public private(set) var message: String?
    /// The number of unread articles shown, for the header; kept until the articles, read state or
    /// outlets change.
    private var unread: (key: (articles: Int, read: Int, outlets: OutletFilter), count: Int)?

    /// The smallest window the reader draws in; below it, it says so.
    public static let minimumSize = (width: 30, height: 8)

    /// - Parameters:
    ///   - settings: keys, colours and text width (see `Settings`); `settingsProblems` its lines left out.
    ///   - libraryStore: where read state is kept (nil: only for this run).
    ///   - message: what the status line says first (a store that cannot be used).
    public init(library: CorpusQuery, terminal: Terminal, settings: Settings = Settings(), settingsProblems: [Settings.Problem] = [],
                libraryStore: LibraryStore? = nil, desktop: Desktop = Desktop(), message: String? = nil) {
        self.library = library
        self.terminal = terminal
        self.settings = settings
        self.libraryStore = libraryStore
        self.desktop = desktop
        self.settingsProblems = settingsProblems.map { ArticleLoader.Problem(path: "\($0.path):\($0.line)", reason: $0.reason + "; the line was left out", isWarning: false) }
        theme = Theme(colorMode: terminal.colorMode, overrides: settings.colors)
        var notes = [message].compactMap { $0 } + settingsProblems.map(\.description)
        if let libraryStore {
            do {
                self.library.readArticles = try libraryStore.readArticles()
            } catch {
                notes.append("read state cannot be loaded (\(error)); articles read now are kept for this run only")
            }
            do {
                self.library.apply(try libraryStore.corrections())
            } catch {
                notes.append("corrections cannot be loaded (\(error)); corrections made now are kept for this run only")
            }
        }
        if settingsProblems.count > 1 { notes = [notes.first ?? "", "(\(settingsProblems.count) settings lines left out: ! lists them)"] }
        self.message = notes.isEmpty ? nil : notes.joined(separator: " ")
    }

    /// How a load still under way is going, for the status line; nil when there is none.
    public private(set) var loading: BackgroundLoad.State?

    /// Starts a fetch of the subscriptions (`r`); nil when there is nothing to fetch into (the reader
    /// was opened on paths), then `refreshUnavailable` says why.
    public var refresh: (() -> BackgroundFetch?)?
    public var refreshUnavailable = "r fetches the library's subscriptions: open newsdesk with no path"
    /// The fetch under way or last made, for the status line.
    public private(set) var fetching: BackgroundFetch.State?
    private var fetch: BackgroundFetch?

    /// Shows frames and handles events until the user quits. With a `load` under way, the library is
    /// replaced by each fuller one it makes, between frames.
    public func run(loading load: BackgroundLoad? = nil) {
        while !isDone {
            if let load, loading?.isFinished != true { receive(load.take()) }
            if let fetch, fetching?.isFinished != true { receive(fetch.take()) }
            startBackgroundWork()
            terminal.draw(render(width: terminal.width, height: terminal.height))
            // While loading, fetching or counting, wake often enough to show progress and what is ready.
            let busy = loading?.isFinished == false || fetching?.isFinished == false || library.isCountingCoverage
            guard let event = terminal.nextEvent(timeout: busy ? 100 : 1000) else { continue }
            handle(event)
        }
    }

    /// Starts what the screens will ask of a loaded library and would take long to work out when asked:
    /// the coverage matrix for the outlet filter, counted in the background as soon as the load has
    /// ended (and again after the filter or the corrections change; nothing when it is counted).
    public func startBackgroundWork() {
        guard loading?.isFinished != false else { return }
        library.countCoverageInBackground()
    }

    /// Takes in how a background load is going, and its newest library if it made one.
    public func receive(_ state: BackgroundLoad.State) {
        if let newer = state.library { take(newer) }
        loading = state
        for index in stack.indices where stack[index] is ProblemsScreen {
            stack[index] = ProblemsScreen(problems: allProblems)
        }
    }

    /// Takes in how a background fetch is going, and its newest library if it made one.
    public func receive(_ state: BackgroundFetch.State) {
        if let newer = state.library { take(newer) }
        fetching = state
    }

    /// Puts a fuller library in place of the one shown, keeping the outlet filter and read state.
    private func take(_ newer: CorpusQuery) {
        var newer = newer
        newer.outletFilter = library.outletFilter
        newer.readArticles = library.readArticles
        if !library.corpus.corrections.isEmpty { newer.apply(Array(library.corpus.corrections.values)) }
        for index in stack.indices { stack[index].libraryChanged(from: library, to: newer) }
        library = newer
    }

    /// Starts a fetch unless one is under way.
    private func startFetch() {
        guard fetching?.isFinished != false || fetch == nil else { return }
        guard let started = refresh?() else {
            message = refreshUnavailable
            return
        }
        fetch = started
        fetching = BackgroundFetch.State()
        started.start()
    }

    /// The files that could not be read and the settings lines left out.
    private var allProblems: [ArticleLoader.Problem] {
        settingsProblems + (loading?.problems ?? [])
    }

    /// How many of the articles shown are unread.
    private var unreadCount: Int {
        let key = (library.corpus.articles.count, library.readArticles.count, library.outletFilter)
        if let unread, unread.key == key { return unread.count }
        let count = library.corpus.articles.indices.reduce(0) { $0 + (library.isVisible(article: $1) && !library.isRead(article: $1) ? 1 : 0) }
        unread = (key, count)
        return count
    }

    /// The breadcrumb: where you are.
    public var breadcrumb: String {
        (["Newsdesk"] + stack.map { $0.title(in: library) }).joined(separator: " › ")
    }

    /// The content area of a window of this size.
    private func contentArea(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
    }

    public func render(width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        guard width >= Self.minimumSize.width, height >= Self.minimumSize.height else {
            return Self.tooSmallFrame(width: width, height: height, style: theme.warning)
        }
        frame.fill(x: 0, y: 0, width: width, height: 1, style: theme.header)
        let off = library.outletFilter.hiddenCount
        var unreadText = library.corpus.articles.isEmpty ? "" : "  \(Self.grouped(unreadCount)) unread "
        // The breadcrumb comes first: the count only where both fit.
        if 1 + CellWidth.of(breadcrumb) + CellWidth.of(unreadText) + (off == 0 ? 0 : 20) > width { unreadText = "" }
        let filter = (off == 0 ? "" : "  [\(off) outlet\(off == 1 ? "" : "s") off]") + unreadText
        // Loading progress, then what could not be read, on the right of the status line.
        let progress = (loading.map(Self.describe) ?? "") + (fetching.map(BackgroundFetch.describe) ?? "")
        let crumb = breadcrumb
        let crumbWidth = width - 1 - CellWidth.of(filter)
        let shown = CellWidth.of(crumb) > crumbWidth ? "…" + String(crumb.suffix(max(0, crumbWidth - 1))) : crumb
        frame.put(shown, x: 1, y: 0, style: theme.header, limit: crumbWidth)
        if !filter.isEmpty { frame.put(filter, x: width - CellWidth.of(filter), y: 0, style: theme.header) }
        stack[stack.count - 1].render(into: &frame, area: contentArea(width: width, height: height), library: library, theme: theme)
        frame.fill(x: 0, y: height - 1, width: width, height: 1, style: theme.status)
        // The outlet filter holds on every screen and says so on the right of the status line.
        let status = " " + (message ?? stack[stack.count - 1].status(in: library))
        let right = progress + (off == 0 ? "" : "  [\(off) outlet\(off == 1 ? "" : "s") off]")
        let statusWidth = width - CellWidth.of(right)
        frame.put(ArticlesScreen.clip(status, statusWidth), x: 0, y: height - 1, style: theme.status, limit: statusWidth)
        if !right.isEmpty { frame.put(right, x: width - CellWidth.of(right), y: height - 1, style: theme.status) }
        return frame
    }

    /// `  analysing 1,500/10,000 files` while loading; `  2 files unreadable` after, if any were.
    static func describe(_ state: BackgroundLoad.State) -> String {
        let failed = state.problems.filter { !$0.isWarning }.count
        if !state.isFinished {
            return state.filesTotal == 0 ? "  finding files…" : "  loading \(grouped(state.filesDone))/\(grouped(state.filesTotal)) files"
        }
        return failed == 0 ? "" : "  \(grouped(failed)) file\(failed == 1 ? "" : "s") unreadable (! lists)"
    }

    /// `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return String(digits.enumerated().flatMap { n, digit in (n > 0 && (digits.count - n) % 3 == 0 ? [","] : []) + [digit] })
    }

    public func handle(_ event: Event) {
        let area = contentArea(width: terminal.width, height: terminal.height)
        switch event {
        case .tick, .resize:
            return // the next render lays out for the new size
        case .hangup:
            isDone = true
        case .mouse(let mouse):
            switch mouse.action {
            case .wheelDown: for _ in 0..<3 { perform(.down, area: area) }
            case .wheelUp: for _ in 0..<3 { perform(.up, area: area) }
            case .click:
                guard mouse.y >= area.y, mouse.y < area.y + area.height else { return }
                perform(.click(row: mouse.y - area.y), area: area)
            }
        case .key(.control("c")):
            isDone = true
        case .key(let key):
            message = nil
            let top = stack[stack.count - 1]
            let own = top.keyHelp.map(\.command)
            let command = top.wantsText ? settings.keyMap.fieldCommand(for: key, answering: own) : settings.keyMap.command(for: key, answering: own)
            if let command { perform(command, area: area) }
        }
    }

    private func perform(_ command: Command, area: Rect) {
        let top = stack[stack.count - 1]
        if !top.claims(command), performEverywhere(command, top: top) { return }
        var screen = stack.removeLast()
        let navigation = screen.handle(command, library: &library, area: area)
        stack.append(screen)
        switch navigation {
        case .stay: break
        case .push(let next):
            stack.append(next)
            openedReader()
        case .replace(let next):
            stack[stack.count - 1] = next
            openedReader()
        case .pop: if stack.count > 1 { stack.removeLast() }
        case .quit: isDone = true
        }
    }

    /// A Reader just put on top: laid out to the settings' width, and its article marked read.
    private func openedReader() {
        guard var reader = stack.last as? ReaderScreen else { return }
        if reader.textWidth != settings.textWidth {
            reader.textWidth = settings.textWidth
            stack[stack.count - 1] = reader
        }
        let path = library.corpus.articles[reader.article].article.path
        if !library.readArticles.contains(path) { setRead(true, path: path) }
    }

    /// Marks an article read or unread, here and in the library store.
    private func setRead(_ read: Bool, path: String) {
        if read { library.readArticles.insert(path) } else { library.readArticles.remove(path) }
        do {
            try libraryStore?.setRead(read, articles: [path])
        } catch {
            message = "read state could not be saved (\(error)); it holds for this run"
        }
    }

    /// The commands the app answers on every screen; false when it leaves one to the screen.
    private func performEverywhere(_ command: Command, top: any Screen) -> Bool {
        switch command {
        case .quit:
            if stack.count > 1 { stack.removeLast() } else { isDone = true }
        case .back where !top.wantsText:
            if stack.count > 1 { stack.removeLast() }
        case .help where !(top is HelpScreen):
            stack.append(HelpScreen(for: top, keyMap: settings.keyMap))
        case .people where !(top is PeopleScreen):
            stack.append(PeopleScreen())
        case .sources where !(top is SourcesScreen):
            stack.append(SourcesScreen())
        case .coverage where !(top is CoverageScreen):
            stack.append(CoverageScreen())
        case .problems where !(top is ProblemsScreen):
            stack.append(ProblemsScreen(problems: allProblems))
        case .articles:
            stack.removeSubrange(1...)
        case .search where !(top is SearchScreen):
            stack.append(SearchScreen())
        case .refresh where !top.wantsText:
            startFetch()
        case .toggleRead:
            guard let article = top.selectedArticle(in: library) else { return true }
            let path = library.corpus.articles[article].article.path
            let read = !library.readArticles.contains(path)
            setRead(read, path: path)
            if message == nil { message = read ? "marked read" : "marked unread" }
        case .openURL:
            guard let article = top.selectedArticle(in: library) else { return true }
            let analyzed = library.corpus.articles[article].article
            message = desktop.open(analyzed.url ?? analyzed.path, terminal: terminal)
        case .origin where !(top is OriginScreen):
            guard let article = top.selectedArticle(in: library) else { return true }
            let shown = library.corpus.articles[article].article
            stack.append(OriginScreen(article: article, headline: shown.title ?? shown.path,
                                      origin: ArticleOrigin.of(shown, library: libraryStore)))
        case .copyQuote:
            guard let quotation = (top as? ReaderScreen)?.quotation(library) else {
                message = top is ReaderScreen ? "Tab to a quote first, then y copies it" : nil
                return true
            }
            message = desktop.copy(quotation, terminal: terminal)
        case .correctSpeaker:
            guard let reader = top as? ReaderScreen, let quote = reader.selectedQuote, let store = correctionStore else {
                message = top is ReaderScreen ? "Tab to a quote first, then c corrects who said it" : nil
                return true
            }
            stack.append(CorrectionScreen(article: reader.article, quote: quote, store: store))
        case .exportEvidence:
            guard let person = (top as? EvidenceSource)?.evidencePerson(in: library) else { return false }
            message = desktop.writeEvidence(of: person, library: library)
        default:
            return false
        }
        return true
    }
}
