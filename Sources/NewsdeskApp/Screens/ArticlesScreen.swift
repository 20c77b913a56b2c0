import NewsKit
import TerminalUI

/// The articles: date, outlet, statements, headline and main speakers; sorted by date or outlet;
/// unread ones in bold; `f` or `/`… filters by headline and outlet (`/` searches, see `SearchScreen`).
public struct ArticlesScreen: Screen {
    public enum Order: Sendable { case date, outlet }

    public var list = ListState()
    public var order = Order.date
    var filter = ListFilter()
    private let cache = RowsCache()

    /// The rows for the last (library, order, filter): filtering 100,000 headlines is not for every frame.
    private final class RowsCache {
        var key: (articles: Int, order: Order, outlets: OutletFilter, text: String)?
        var rows: [Int] = []
    }

    public init() {}

    public var title: String { "Articles" }
    public var wantsText: Bool { filter.editing }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "read the article"), (.filter, "filter by headline or outlet (Enter keeps, Esc clears)"),
         (.sort, "sort by date or by outlet"), (.toggleRead, "mark the article read or unread"),
         (.nextUnread, "next unread article"), (.story, "the story: each outlet's article on the same event")]
    }

    public func claims(_ command: Command) -> Bool { filter.claims(command) }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        let rows = rows(library)
        return rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    /// The visible articles in the chosen order, through the filter.
    func rows(_ library: CorpusQuery) -> [Int] {
        let key = (library.corpus.articles.count, order, library.outletFilter, filter.text)
        if let cached = cache.key, cached.articles == key.0, cached.order == key.1, cached.outlets == key.2, cached.text == key.3 {
            return cache.rows
        }
        let sorted = order == .date ? library.articlesByDate : library.articlesByOutlet
        var rows = library.outletFilter.showsAll ? sorted : sorted.filter(library.isVisible)
        if !filter.text.isEmpty {
            rows = rows.filter { index in
                let article = library.corpus.articles[index].article
                return filter.admits(article.title ?? ArticleListing.openingWords(of: article)) || filter.admits(OutletFilter.outlet(of: article))
            }
        }
        cache.key = key
        cache.rows = rows
        return rows
    }

    /// How the list is sorted: by date only when some article has one.
    private func orderName(_ library: CorpusQuery) -> String {
        order == .outlet ? "outlet" : library.hasDates ? "date" : "outlet and headline (no dates)"
    }

    public func status(in library: CorpusQuery) -> String {
        let count = rows(library).count
        let position = "\(count == 0 ? 0 : list.selected + 1)/\(count) articles"
        if let filter = filter.status { return "\(position) · \(filter)" }
        let story = storyStatus(library).map { $0 + " · " } ?? ""
        return "\(position) · sorted by \(orderName(library)) · \(story)Enter read · f filter · / search · p people · s sources · ? help"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let rows = rows(library)
        guard !rows.isEmpty else {
            let message = library.corpus.articles.isEmpty ? "No articles yet."
                : !filter.text.isEmpty ? "No headline or outlet has “\(filter.text)” (Esc clears the filter)."
                : "No articles: every outlet is switched off (s for Sources)."
            frame.put(message, x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let outletWidth = min(18, max(8, area.width / 6))
        let speakersWidth = area.width >= 100 ? 28 : area.width >= 70 ? 18 : 0
        // The date column only when some article has a date.
        let dateWidth = library.hasDates ? 12 : 0
        let stories = Self.stories(library)
        ListView(area: area).render(into: &frame, state: list, count: rows.count, selection: theme.selection) { frame, row, rect, selected in
            let index = rows[row]
            let y = rect.y
            let analyzed = library.corpus.articles[index]
            let article = analyzed.article
            let unread = !library.isRead(article: index)
            let style = selected ? theme.selection : Style.plain
            var x = frame.put(unread ? "•" : " ", x: area.x, y: y, style: style.merged(with: theme.unread)) + 1
            if dateWidth > 0 {
                let date = article.date?.description ?? "    —     "
                x = frame.put(date, x: x, y: y, style: style.merged(with: theme.dim)) + 2
            }
            x = frame.put(Self.clip(OutletFilter.outlet(of: article), outletWidth), x: x, y: y, style: style, limit: outletWidth) + 1
            x = max(x, area.x + 2 + dateWidth + outletWidth + 1)
            let count = library.statements(inArticle: index).count
            let countText = String(count)
            x = frame.put(String(repeating: " ", count: max(0, 3 - countText.count)) + countText, x: x, y: y, style: style) + 2
            var headlineWidth = area.x + area.width - x - (speakersWidth > 0 ? speakersWidth + 2 : 0)
            if let mark = Self.storyMark(ofArticle: index, library: library, stories: stories), headlineWidth > 30 {
                // The story mark at the end of the headline's room.
                headlineWidth -= CellWidth.of(mark) + 2
                frame.put(mark, x: x + headlineWidth + 1, y: y, style: style.merged(with: theme.title))
            }
            let headline = article.title ?? ArticleListing.openingWords(of: article)
            let headlineStyle = article.title == nil ? Style(bold: unread, italic: true) : unread ? theme.unread : Style.plain
            frame.put(Self.clip(headline, headlineWidth), x: x, y: y, style: style.merged(with: headlineStyle), limit: headlineWidth)
            if speakersWidth > 0 {
                let speakers = library.mainSpeakers(ofArticle: index).map { Self.surname($0.name) }.joined(separator: ", ")
                frame.put(Self.clip(speakers, speakersWidth), x: area.x + area.width - speakersWidth, y: y, style: style.merged(with: theme.dim), limit: speakersWidth)
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if filter.handle(command, list: &list) { return .stay }
        let rows = rows(library)
        if ListView(area: area).handle(command, on: area, state: &list, count: rows.count) { return .stay }
        switch command {
        case .sort: order = order == .date ? .outlet : .date
        case .story: return storyScreen(library)
        case .nextUnread:
            // The next unread article below the selection, else the first from the top.
            let after = rows.indices.dropFirst(list.selected + 1).first { !library.isRead(article: rows[$0]) }
            if let next = after ?? rows.indices.first(where: { !library.isRead(article: rows[$0]) }) {
                ListView(area: area).apply(.top, to: &list, count: rows.count)
                list.select(next, count: rows.count, visible: ListView(area: area).visibleItems)
            }
        case .open:
            guard rows.indices.contains(list.selected) else { return .stay }
            return .push(ReaderScreen(article: rows[list.selected], library: library, list: rows, position: list.selected))
        default: break
        }
        return .stay
    }

    /// Keeps the selected article selected, at the same height in the window, as the list fills in;
    /// a list not yet moved stays at its top (the newest articles).
    public mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery) {
        let oldRows = rows(old)
        guard list.selected > 0, oldRows.indices.contains(list.selected) else { return }
        let article = oldRows[list.selected]
        guard let position = rows(new).firstIndex(of: article) else { return }
        let offset = list.selected - list.top
        list.selected = position
        list.top = max(0, position - offset)
    }

    static func clip(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        guard CellWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = CellWidth.of(String(character))
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    static func surname(_ name: String) -> String {
        name.split(separator: " ").last.map(String.init) ?? name
    }
}
