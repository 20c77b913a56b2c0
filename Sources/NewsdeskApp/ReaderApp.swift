import NewsKit
import TerminalUI

/// The reader: a stack of screens over a library, a breadcrumb at the top, a status line at the
/// bottom, and the loop that turns terminal events into commands.
public final class ReaderApp {
    public private(set) var library: CorpusQuery
    private let terminal: Terminal
    private let theme: Theme
    private var stack: [any Screen] = [ArticlesScreen()]
    public private(set) var isDone = false

    /// The smallest window the reader draws in; below it, it says so.
    public static let minimumSize = (width: 30, height: 8)

    public init(library: CorpusQuery, terminal: Terminal) {
        self.library = library
        self.terminal = terminal
        theme = Theme(colorMode: terminal.colorMode)
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
    /// A one-off note for the status line (until the next key).
    private var note: String?

    /// Shows frames and handles events until the user quits. With a `load` under way, the library is
    /// replaced by each fuller one it makes, between frames.
    public func run(loading load: BackgroundLoad? = nil) {
        while !isDone {
            if let load, loading?.isFinished != true { receive(load.take()) }
            if let fetch, fetching?.isFinished != true { receive(fetch.take()) }
            terminal.draw(render(width: terminal.width, height: terminal.height))
            // While loading, wake often enough to show progress.
            let busy = loading?.isFinished == false || fetching?.isFinished == false
            guard let event = terminal.nextEvent(timeout: busy ? 100 : 1000) else { continue }
            handle(event)
        }
    }

    /// Takes in how a background load is going, and its newest library if it made one.
    public func receive(_ state: BackgroundLoad.State) {
        if var newer = state.library {
            newer.outletFilter = library.outletFilter
            for index in stack.indices { stack[index].libraryChanged(from: library, to: newer) }
            library = newer
        }
        loading = state
    }

    /// Takes in how a background fetch is going, and its newest library if it made one.
    public func receive(_ state: BackgroundFetch.State) {
        if var newer = state.library {
            newer.outletFilter = library.outletFilter
            for index in stack.indices { stack[index].libraryChanged(from: library, to: newer) }
            library = newer
        }
        fetching = state
    }

    /// Starts a fetch unless one is under way.
    private func startFetch() {
        guard fetching?.isFinished != false || fetch == nil else { return }
        guard let started = refresh?() else {
            note = refreshUnavailable
            return
        }
        fetch = started
        fetching = BackgroundFetch.State()
        started.start()
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
        let filter = off == 0 ? "" : "  [\(off) outlet\(off == 1 ? "" : "s") off]"
        // Loading progress, then what could not be read, on the right of the status line.
        let progress = (note.map { "  " + $0 } ?? "") + (loading.map(Self.describe) ?? "") + (fetching.map(BackgroundFetch.describe) ?? "")
        let crumb = breadcrumb
        let crumbWidth = width - 1 - CellWidth.of(filter)
        let shown = CellWidth.of(crumb) > crumbWidth ? "…" + String(crumb.suffix(max(0, crumbWidth - 1))) : crumb
        frame.put(shown, x: 1, y: 0, style: theme.header, limit: crumbWidth)
        if !filter.isEmpty { frame.put(filter, x: width - CellWidth.of(filter), y: 0, style: theme.header) }
        stack[stack.count - 1].render(into: &frame, area: contentArea(width: width, height: height), library: library, theme: theme)
        frame.fill(x: 0, y: height - 1, width: width, height: 1, style: theme.status)
        // The outlet filter holds on every screen and says so on the right of the status line.
        let status = " " + stack[stack.count - 1].status(in: library)
        let right = progress + filter
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
        return failed == 0 ? "" : "  \(grouped(failed)) file\(failed == 1 ? "" : "s") unreadable (listed on exit)"
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
            note = nil
            let command = stack[stack.count - 1].wantsText ? KeyMap.fieldCommand(for: key) : KeyMap.command(for: key)
            if let command { perform(command, area: area) }
        }
    }

    private func perform(_ command: Command, area: Rect) {
        let top = stack[stack.count - 1]
        switch command {
        case .quit:
            if stack.count > 1 { stack.removeLast() } else { isDone = true }
            return
        case .back where !top.wantsText:
            if stack.count > 1 { stack.removeLast() }
            return
        case .help where !(top is HelpScreen):
            stack.append(HelpScreen())
            return
        case .people where !(top is PeopleScreen):
            stack.append(PeopleScreen())
            return
        case .sources where !(top is SourcesScreen):
            stack.append(SourcesScreen())
            return
        case .articles:
            stack.removeSubrange(1...)
            return
        case .search where !(top is SearchScreen):
            stack.append(SearchScreen())
            return
        case .refresh where !top.wantsText:
            startFetch()
            return
        default:
            break
        }
        var screen = stack.removeLast()
        let navigation = screen.handle(command, library: &library, area: area)
        stack.append(screen)
        switch navigation {
        case .stay: break
        case .push(let next): stack.append(next)
        case .pop: if stack.count > 1 { stack.removeLast() }
        case .quit: isDone = true
        }
    }
}
