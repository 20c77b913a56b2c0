import NewsKit
import TerminalUI

/// Search over headlines, text and quotes: type, Enter to list the matches; n/N step through them;
/// Enter on a match opens the article there.
public struct SearchScreen: Screen {
    var query = ""
    var editing = true
    var matches: [CorpusQuery.Match] = []
    var list = ListState()

    /// The most matches listed: the newest articles' (a word in every article would list them all).
    static let limit = 1_000

    public init() {}

    public var title: String { query.isEmpty ? "Search" : "Search “\(query)”" }
    public var wantsText: Bool { editing }

    public func status(in library: CorpusQuery) -> String {
        editing ? "/\(query)▏ · Enter search · Esc cancel"
            : "\(matches.isEmpty ? 0 : list.selected + 1)/\(matches.count)\(matches.count == Self.limit ? "+" : "") matches, newest first · n/N next/previous · Enter open · / new search"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        if editing {
            frame.put("Search for: " + query, x: area.x + 1, y: area.y, style: theme.title)
            frame.put("Finds words and word beginnings in headlines, article text and quotes, ignoring case.", x: area.x + 1, y: area.y + 2, style: theme.dim)
            return
        }
        guard !matches.isEmpty else {
            frame.put("No match for “\(query)”.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        ListView(area: area, rowsPerItem: 2).render(into: &frame, state: list, count: matches.count) { frame, n, rect, selected in
            let match = matches[n], y = rect.y
            let article = library.corpus.articles[match.article].article
            let source = [article.date?.description, OutletFilter.outlet(of: article), article.title ?? ArticleListing.openingWords(of: article)]
                .compactMap { $0 }.joined(separator: " · ")
            frame.put((selected ? "▶ " : "  ") + ArticlesScreen.clip(source, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            frame.put(context(of: match, in: article, width: area.width - 4), x: area.x + 3, y: y + 1)
        }
    }

    /// The line around a match.
    private func context(of match: CorpusQuery.Match, in article: Article, width: Int) -> String {
        let scalars = Array(article.blocks[match.block].text.unicodeScalars)
        let before = max(0, match.range.lowerBound - width / 3)
        let slice = scalars[before..<min(scalars.count, before + width)]
        var text = String(String.UnicodeScalarView(slice))
        if before > 0 { text = "…" + text.dropFirst() }
        return ArticlesScreen.clip(text, width)
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if editing {
            switch command {
            case .type(let c): query.append(c)
            case .deleteBackward: if query.isEmpty { return .pop } else { query.removeLast() }
            case .back: return .pop
            case .open:
                matches = library.search(query, limit: Self.limit)
                editing = false
                list = ListState()
            default: break
            }
            return .stay
        }
        let view = ListView(area: area, rowsPerItem: 2)
        if let move = command.listMove {
            view.apply(move, to: &list, count: matches.count)
            return .stay
        }
        switch command {
        case .nextMatch: view.apply(.down, to: &list, count: matches.count)
        case .previousMatch: view.apply(.up, to: &list, count: matches.count)
        case .search:
            editing = true
            query = ""
        case .open:
            guard matches.indices.contains(list.selected) else { return .stay }
            let match = matches[list.selected]
            let quote = library.corpus.articles[match.article].quotes.firstIndex {
                $0.block == match.block && $0.range.start <= match.range.lowerBound && match.range.upperBound <= $0.range.end && $0.isStatement
            }
            var reader = ReaderScreen(article: match.article, library: library, quote: quote)
            reader.scroll(toBlock: match.block, library: library, area: area)
            return .push(reader)
        default: break
        }
        return .stay
    }
}
