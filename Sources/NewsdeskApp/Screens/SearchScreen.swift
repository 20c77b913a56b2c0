import NewsKit
import TerminalUI

/// Search over headlines, text and quotes (`SearchQuery`: every word anywhere, "phrases", -word,
/// speaker:NAME, outlet:NAME): type, Enter lists the matches with the words marked; n/N step through
/// them; Enter on a match opens the article there, where n/N step through its matches. The outlet
/// filter applies as it changes.
public struct SearchScreen: Screen {
    var query = ""
    var editing = true
    /// The matches in every outlet; those of outlets switched off are left out as they are drawn.
    var matches: [CorpusQuery.Match] = []
    var list = ListState()

    /// The most matches listed: the newest articles' (a word in every article would list them all).
    static let limit = 1_000

    public init() {}

    public var title: String { query.isEmpty ? "Search" : "Search “\(query)”" }
    public var wantsText: Bool { editing }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "open the article at the match"), (.nextMatch, "next match"), (.previousMatch, "previous match"),
         (.search, "a new search"), (.openURL, "open the article's address"), (.toggleRead, "mark the article read or unread")]
    }

    public func claims(_ command: Command) -> Bool { editing || command == .search }

    /// The matches in outlets shown.
    func visible(_ library: CorpusQuery) -> [CorpusQuery.Match] {
        library.outletFilter.showsAll ? matches : matches.filter { library.isVisible(article: $0.article) }
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        let shown = visible(library)
        return shown.indices.contains(list.selected) ? shown[list.selected].article : nil
    }

    public func status(in library: CorpusQuery) -> String {
        if editing { return "/\(query)▏ · Enter search · Esc cancel" }
        let shown = visible(library)
        let hidden = matches.count - shown.count
        return "\(shown.isEmpty ? 0 : list.selected + 1)/\(shown.count)\(matches.count == Self.limit ? "+" : "") matches"
            + (hidden > 0 ? " (\(hidden) in outlets off)" : "") + ", newest first · n/N next/previous · Enter open · / new search"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        if editing {
            frame.put("Search for: " + query, x: area.x + 1, y: area.y, style: theme.title)
            let help = [
                "Every word, anywhere in the article (a word or its beginning), ignoring case and accents.",
                "\"two words\" finds a phrase; -word leaves out articles with the word;",
                "speaker:NAME finds who is quoted, outlet:NAME one outlet (speaker:\"Anna Holt\").",
            ]
            for (n, line) in help.enumerated() { frame.put(line, x: area.x + 1, y: area.y + 2 + n, style: theme.dim, limit: area.width - 2) }
            return
        }
        let shown = visible(library)
        guard !shown.isEmpty else {
            let why = matches.isEmpty ? "" : " in the outlets shown (\(matches.count) in outlets switched off)"
            frame.put("No match for “\(query)”\(why).", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        ListView(area: area, rowsPerItem: 2).render(into: &frame, state: list, count: shown.count) { frame, n, rect, selected in
            let match = shown[n], y = rect.y
            let article = library.corpus.articles[match.article].article
            let source = [article.date?.description, OutletFilter.outlet(of: article), article.title ?? ArticleListing.openingWords(of: article)]
                .compactMap { $0 }.joined(separator: " · ")
            frame.put((selected ? "▶ " : "  ") + ArticlesScreen.clip(source, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            putContext(of: match, marking: Self.ranges(inBlockOf: n, among: shown), in: article, into: &frame,
                       x: area.x + 3, y: y + 1, width: area.width - 4, theme: theme)
        }
    }

    /// The ranges of every match in the same block as match `n` (matches come grouped by article and
    /// block, in order): a row marks all the words found in its line, not only its own.
    static func ranges(inBlockOf n: Int, among matches: [CorpusQuery.Match]) -> [Range<Int>] {
        let match = matches[n]
        func same(_ i: Int) -> Bool { matches[i].article == match.article && matches[i].block == match.block }
        var first = n, last = n
        while first > matches.startIndex, same(first - 1) { first -= 1 }
        while last + 1 < matches.endIndex, same(last + 1) { last += 1 }
        return matches[first...last].map(\.range)
    }

    /// The line around a match (it starts a third of the width before it), with the words of `marked`
    /// that fall in it marked.
    private func putContext(of match: CorpusQuery.Match, marking marked: [Range<Int>], in article: Article, into frame: inout Frame,
                            x: Int, y: Int, width: Int, theme: Theme) {
        guard width > 2, article.blocks.indices.contains(match.block) else { return }
        let scalars = Array(article.blocks[match.block].text.unicodeScalars)
        let low = min(match.range.lowerBound, scalars.count)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let lead = max(0, low - width / 3)
        var x = x, at = lead
        let end = x + width
        if lead > 0 { x = frame.put("…", x: x, y: y) }
        for range in marked.sorted(by: { $0.lowerBound < $1.lowerBound }) where x < end {
            let from = min(max(at, range.lowerBound), scalars.count), to = min(max(from, range.upperBound), scalars.count)
            guard from < to else { continue }
            x = frame.put(text(at..<from), x: x, y: y, limit: max(0, end - x))
            x = frame.put(text(from..<to), x: x, y: y, style: theme.match, limit: max(0, end - x))
            at = to
        }
        frame.put(text(at..<scalars.count), x: x, y: y, limit: max(0, end - x))
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if editing {
            switch command {
            case .type(let c): query.append(c)
            case .deleteBackward: if query.isEmpty { return .pop } else { query.removeLast() }
            case .back: return .pop
            case .open:
                matches = library.search(query, limit: Self.limit, everyOutlet: true)
                editing = false
                list = ListState()
            default: break
            }
            return .stay
        }
        let shown = visible(library)
        let view = ListView(area: area, rowsPerItem: 2)
        if view.handle(command, on: area, state: &list, count: shown.count) { return .stay }
        switch command {
        case .nextMatch: view.apply(.down, to: &list, count: shown.count)
        case .previousMatch: view.apply(.up, to: &list, count: shown.count)
        case .search:
            editing = true
            query = ""
        case .open:
            guard shown.indices.contains(list.selected) else { return .stay }
            let match = shown[list.selected]
            let quote = library.corpus.articles[match.article].quotes.firstIndex {
                $0.block == match.block && $0.range.start <= match.range.lowerBound && match.range.upperBound <= $0.range.end && $0.isStatement
            }
            // J and K step through the articles of the results, in their order.
            var articles: [Int] = [], seen = Set<Int>()
            for m in shown where seen.insert(m.article).inserted { articles.append(m.article) }
            var reader = ReaderScreen(article: match.article, library: library, quote: quote, list: articles,
                                      position: articles.firstIndex(of: match.article) ?? 0, search: SearchQuery(query))
            reader.scroll(toMatch: match, library: library, area: area)
            return .push(reader)
        default: break
        }
        return .stay
    }

    /// A fuller library: the search again over it.
    public mutating func libraryChanged(from old: CorpusQuery, to new: CorpusQuery) {
        guard !editing, !query.isEmpty else { return }
        matches = new.search(query, limit: Self.limit, everyOutlet: true)
    }
}
