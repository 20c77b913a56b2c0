import NewsKit
import TerminalUI

/// The articles: date, outlet, statements, headline and main speakers; sorted by date or outlet.
public struct ArticlesScreen: Screen {
    public enum Order: Sendable { case date, outlet }

    public var list = ListState()
    public var order = Order.date

    public init() {}

    public var title: String { "Articles" }

    /// The visible articles in the chosen order.
    func rows(_ library: CorpusQuery) -> [Int] {
        let sorted = order == .date ? library.articlesByDate : library.articlesByOutlet
        return library.outletFilter.showsAll ? sorted : sorted.filter(library.isVisible)
    }

    public func status(in library: CorpusQuery) -> String {
        let count = rows(library).count
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) articles · sorted by \(order == .date ? "date" : "outlet") · Enter read · p people · s sources · / search · ? help"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let rows = rows(library)
        guard !rows.isEmpty else {
            let message = library.corpus.articles.isEmpty ? "No articles yet." : "No articles: every outlet is switched off (s for Sources)."
            frame.put(message, x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let outletWidth = min(18, max(8, area.width / 6))
        let speakersWidth = area.width >= 100 ? 28 : area.width >= 70 ? 18 : 0
        ListView(area: area).render(into: &frame, state: list, count: rows.count, selection: theme.selection) { frame, row, rect, selected in
            let index = rows[row]
            let y = rect.y
            let analyzed = library.corpus.articles[index]
            let article = analyzed.article
            let style = selected ? theme.selection : Style.plain
            var x = area.x
            let date = article.date?.description ?? "    —     "
            x = frame.put(date, x: x, y: y, style: style.merged(with: theme.dim)) + 2
            x = frame.put(Self.clip(OutletFilter.outlet(of: article), outletWidth), x: x, y: y, style: style, limit: outletWidth) + 1
            x = max(x, area.x + 10 + 2 + outletWidth + 1)
            let count = library.statements(inArticle: index).count
            let countText = String(count)
            x = frame.put(String(repeating: " ", count: max(0, 3 - countText.count)) + countText, x: x, y: y, style: style) + 2
            let headlineWidth = area.x + area.width - x - (speakersWidth > 0 ? speakersWidth + 2 : 0)
            let headline = article.title ?? ArticleListing.openingWords(of: article)
            frame.put(Self.clip(headline, headlineWidth), x: x, y: y, style: style.merged(with: article.title == nil ? Style(italic: true) : theme.title), limit: headlineWidth)
            if speakersWidth > 0 {
                let speakers = library.mainSpeakers(ofArticle: index).map { Self.surname($0.name) }.joined(separator: ", ")
                frame.put(Self.clip(speakers, speakersWidth), x: area.x + area.width - speakersWidth, y: y, style: style.merged(with: theme.dim), limit: speakersWidth)
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let rows = rows(library)
        if let move = command.listMove {
            ListView(area: area).apply(move, to: &list, count: rows.count)
            return .stay
        }
        switch command {
        case .sort: order = order == .date ? .outlet : .date
        case .open:
            guard rows.indices.contains(list.selected) else { return .stay }
            return .push(ReaderScreen(article: rows[list.selected], library: library))
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
