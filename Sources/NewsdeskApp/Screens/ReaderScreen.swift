import NewsKit
import TerminalUI

/// One article, wrapped to the window: headline, byline and date, captions and subheadings styled
/// apart, quotes in their speaker's colour, names marked by type. Tab and Shift-Tab step through the
/// quotes and names; Enter on a quote or a person opens that person.
public struct ReaderScreen: Screen {
    /// A quote or a name that Tab can select.
    struct Item: Equatable {
        enum Kind: Equatable { case quote(Int), mention(Int) }
        var kind: Kind
        var block: Int
        var range: TextRange
    }

    /// A screen line: wrapped text and the block it belongs to (nil for spacing and the header).
    struct Line {
        var wrapped: WrappedLine
        var block: Int?
        var indent: Int
    }

    public let article: Int
    let items: [Item]
    var selectedItem: Int?
    var top = 0
    /// The articles of the list the article was opened from, and its place there (J and K step through it).
    let list: [Int]
    let position: Int
    /// The search the article was opened from: its words are marked, n and N step through them.
    let search: SearchQuery?
    /// The match n or N last went to.
    var currentMatch: Int?
    /// The widest the text is laid out (the `text-width` setting); 0 for the window's width.
    public var textWidth = 100
    /// The last layouts made: laying out a long article again for every key and frame would cost
    /// more than the rest of the reader together.
    private let layouts = LayoutCache()

    /// What a layout depends on besides the article itself.
    private struct LayoutKey: Equatable {
        var width: Int
        var selectedItem: Int?
        var colorMode: ColorMode
        /// A fuller library may name a speaker differently, and so colour a quote differently.
        var articlesLoaded: Int
        /// So may a correction.
        var corrections: [QuoteID: Correction]
    }

    /// The layouts for the last two keys: the one keys are handled with and the one drawn.
    private final class LayoutCache {
        var entries: [(key: LayoutKey, lines: [Line])] = []
        /// The lines of the last layout drawn and the rows shown, for the position in the status line.
        var drawn: (lines: Int, height: Int) = (0, 0)
        /// The width drawn in, for what the status line can hold.
        var drawnWidth = 0
        /// Where the search's words are, by block (scalar ranges), in reading order.
        var matches: [(block: Int, range: Range<Int>)]?
    }

    /// - Parameter quote: a quote (index into the article's quotes) to open the article at, selected.
    /// - Parameters:
    ///   - list: the articles of the list it is opened from (J and K), `position` its place there.
    ///   - search: the search it is opened from, whose words are marked.
    public init(article: Int, library: CorpusQuery, quote: Int? = nil, list: [Int]? = nil, position: Int? = nil, search: SearchQuery? = nil) {
        self.article = article
        self.list = list ?? [article]
        self.position = position ?? 0
        self.search = search.flatMap { $0.hasText ? $0 : nil }
        let analyzed = library.corpus.articles[article]
        var items = analyzed.quotes.indices.filter { analyzed.quotes[$0].isStatement }.map { q in
            Item(kind: .quote(q), block: analyzed.quotes[q].block, range: analyzed.quotes[q].range)
        }
        items += analyzed.mentions.indices.map { m in
            Item(kind: .mention(m), block: analyzed.mentions[m].block, range: analyzed.mentions[m].range)
        }
        self.items = items.sorted { ($0.block, $0.range.start) < ($1.block, $1.range.start) }
        if let quote { selectedItem = self.items.firstIndex { $0.kind == .quote(quote) } }
    }

    public var title: String { "Reader" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.nextItem, "next quote or name"), (.previousItem, "previous quote or name"),
         (.nextQuote, "next quote"), (.previousQuote, "previous quote"), (.evidence, "why the selected quote was given to its speaker"),
         (.open, "everything the selected quote's speaker or the selected person said"),
         (.nextArticle, "next article of the list it was opened from"), (.previousArticle, "previous article of that list"),
         (.nextMatch, "next word the search found"), (.previousMatch, "previous word the search found"),
         (.openURL, "open the article's address with $BROWSER"), (.copyQuote, "copy the selected quote, its speaker and source"),
         (.correctSpeaker, "correct who said the selected quote (or undo your correction)"),
         (.variants, "every outlet's wording of the selected quote's statement"),
         (.toggleRead, "mark the article read or unread"), (.nextUnread, "next unread article of the list"),
         (.origin, "where this article came from")]
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? { article }

    /// The lines shown and the whole: `12–40/80 35%`.
    var positionText: String {
        let (count, height) = layouts.drawn
        guard count > 0 else { return "" }
        let last = min(count, top + height)
        let percent = count <= height ? 100 : Int((Double(last) / Double(count) * 100).rounded(.down))
        return "\(min(top + 1, count))–\(last)/\(count) \(percent)%"
    }

    public func status(in library: CorpusQuery) -> String {
        let lines = positionText
        let matches = search.map { _ in matchCount(library) }
        var lead = lines.isEmpty ? "" : lines + " · "
        if let matches, matches > 0 { lead += "match \(currentMatch.map { String($0 + 1) } ?? "–")/\(matches) n/N · " }
        if list.count > 1 { lead += "article \(position + 1)/\(list.count) J/K · " }
        return lead + itemStatus(library, width: layouts.drawnWidth - 1 - CellWidth.of(lead))
    }

    private func itemStatus(_ library: CorpusQuery, width: Int) -> String {
        let analyzed = library.corpus.articles[article]
        guard let selectedItem else { return "] next quote · Tab quote or name · o open · y copy quote · Esc back · ? help" }
        switch items[selectedItem].kind {
        case .quote(let q):
            return quoteStatus(q, library: library, width: width)
        case .mention(let m):
            let mention = analyzed.mentions[m]
            let kind = ["PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "name"][mention.kind.rawValue] ?? ""
            return "\(mention.text) · \(kind)\(mention.role.map { " · \($0)" } ?? "")\(mention.kind == .person ? " · Enter pivot" : "")"
        }
    }

    /// The article laid out for a width, with the selected item marked.
    func lines(_ library: CorpusQuery, theme: Theme, width: Int) -> [Line] {
        let key = LayoutKey(width: width, selectedItem: selectedItem, colorMode: theme.colorMode, articlesLoaded: library.corpus.articles.count,
                            corrections: library.corpus.corrections)
        if let hit = layouts.entries.first(where: { $0.key == key }) { return hit.lines }
        // The text no wider than the setting.
        let lines = layout(library, theme: theme, width: width)
        layouts.entries = [(key, lines)] + layouts.entries.prefix(1)
        return lines
    }

    private func layout(_ library: CorpusQuery, theme: Theme, width: Int) -> [Line] {
        let textWidth = max(1, width - 2)
        let selection = selectedItem.map { (block: items[$0].block, range: items[$0].range) }
        var lines: [Line] = []
        var blocks = ArticleRenderer(theme: theme).blocks(ofArticle: article, in: library, selection: selection)
        // Where the article is: its address, else its file.
        let analyzed = library.corpus.articles[article].article
        if let meta = blocks.firstIndex(where: { $0.role == .meta }) {
            blocks.insert(.init(role: .meta, index: nil, text: StyledText(analyzed.url ?? analyzed.path, base: theme.dim)), at: meta + 1)
        }
        if search != nil {
            let found = matches(library)
            for n in blocks.indices {
                // A headline made of several lines reads differently from its block: left unmarked.
                guard let b = blocks[n].index, blocks[n].role != .headline || blocks[n].text.text == analyzed.blocks[b].text else { continue }
                let offset = blocks[n].role == .related ? 2 : 0
                for match in found where match.block == b {
                    blocks[n].text.runs.append(.init(range: (match.range.lowerBound + offset)..<(match.range.upperBound + offset), style: theme.match))
                }
            }
        }
        for block in blocks {
            if block.role != .headline && block.role != .meta {
                lines.append(Line(wrapped: WrappedLine(segments: [], range: 0..<0), block: nil, indent: 0))
            }
            let indent = block.role == .caption ? 2 : 0
            for wrapped in TextWrapper.wrap(block.text, width: max(1, textWidth - indent)) {
                lines.append(Line(wrapped: wrapped, block: block.role == .meta ? nil : block.index, indent: indent))
            }
        }
        return lines
    }

    /// The items of one block: a slice of `items`, which are sorted by block (found by binary search,
    /// so that an article of thousands of paragraphs lays out in linear time).
    private func items(inBlock block: Int) -> ArraySlice<Item> {
        let low = items.partitioningIndex { $0.block >= block }
        var end = low
        while end < items.count, items[end].block == block { end += 1 }
        return items[low..<end]
    }

    /// The width the article is laid out to in an area: the setting's at most.
    private func layoutWidth(_ area: Rect) -> Int {
        textWidth > 0 ? min(area.width, textWidth + 2) : area.width
    }

    /// Where the search's words are in the article, by block, in reading order.
    func matches(_ library: CorpusQuery) -> [(block: Int, range: Range<Int>)] {
        if let found = layouts.matches { return found }
        guard let search else { return [] }
        var found: [(block: Int, range: Range<Int>)] = []
        for (b, block) in library.corpus.articles[article].article.blocks.enumerated() where block.role != .byline && block.role != .date {
            for range in SearchText(block.text).ranges(of: search) { found.append((b, range)) }
        }
        layouts.matches = found
        return found
    }

    private func matchCount(_ library: CorpusQuery) -> Int { matches(library).count }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let lines = lines(library, theme: theme, width: layoutWidth(area))
        layouts.drawn = (lines.count, area.height)
        layouts.drawnWidth = area.width
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.wrapped, x: area.x + 1 + line.indent, y: area.y + row, limit: area.width - 1 - line.indent)
        }
    }

    /// The screen line where item `index` starts.
    func line(ofItem index: Int, in lines: [Line]) -> Int? {
        let item = items[index]
        return lines.firstIndex { $0.block == item.block && $0.wrapped.range.upperBound > item.range.start }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let lines = lines(library, theme: Theme(colorMode: .none), width: layoutWidth(area))
        if let move = command.listMove {
            ListView(area: area).scroll(move, top: &top, count: lines.count)
            return .stay
        }
        switch command {
        case .nextArticle, .previousArticle:
            let next = position + (command == .nextArticle ? 1 : -1)
            guard list.indices.contains(next) else { return .stay }
            return .replace(ReaderScreen(article: list[next], library: library, list: list, position: next, search: search))
        case .nextUnread:
            let later = list.indices.dropFirst(position + 1).first { !library.isRead(article: list[$0]) }
            guard let next = later ?? list.indices.first(where: { !library.isRead(article: list[$0]) && $0 != position }) else { return .stay }
            return .replace(ReaderScreen(article: list[next], library: library, list: list, position: next, search: search))
        case .nextMatch, .previousMatch:
            let found = matches(library)
            guard !found.isEmpty else { return .stay }
            let forward = command == .nextMatch
            if let current = currentMatch {
                currentMatch = (current + (forward ? 1 : -1) + found.count) % found.count
            } else {
                // From what is on screen: the first match below the top line (or above it, going back).
                let rows = found.map { match in lines.firstIndex { $0.block == match.block && $0.wrapped.range.upperBound > match.range.lowerBound } ?? 0 }
                currentMatch = forward ? (rows.firstIndex { $0 >= top } ?? 0) : (rows.lastIndex { $0 < top + area.height } ?? found.count - 1)
            }
            let match = found[currentMatch!]
            if let line = lines.firstIndex(where: { $0.block == match.block && $0.wrapped.range.upperBound > match.range.lowerBound }),
               line < top || line >= top + area.height {
                top = max(0, min(line - area.height / 3, lines.count - area.height))
            }
        case .nextItem, .previousItem:
            guard !items.isEmpty else { return .stay }
            let step = command == .nextItem ? 1 : -1
            if let selected = selectedItem, let line = line(ofItem: selected, in: lines), line >= top, line < top + area.height {
                selectedItem = (selected + step + items.count) % items.count
            } else {
                // Nothing selected on screen: start from what the reader is looking at.
                let onScreen = items(onScreenIn: lines, height: area.height)
                selectedItem = (step > 0 ? onScreen.first : onScreen.last) ?? (step > 0 ? 0 : items.count - 1)
            }
            reveal(in: lines, height: area.height)
        case .nextQuote, .previousQuote:
            stepQuote(forward: command == .nextQuote, lines: lines, height: area.height)
            reveal(in: lines, height: area.height)
        case .evidence:
            guard let selectedItem, case .quote(let q) = items[selectedItem].kind else { return .stay }
            return .push(EvidenceScreen(article: article, quote: q))
        case .open:
            guard let person = selectedPerson(library), let selectedItem else { return .stay }
            if case .quote(let q) = items[selectedItem].kind {
                return .push(PersonScreen(person: person.id, selecting: .init(article: article, quote: q), library: library, area: area))
            }
            return .push(PersonScreen(person: person.id))
        case .variants:
            guard let selectedItem, case .quote(let q) = items[selectedItem].kind else { return .stay }
            return .push(VariantsScreen(statement: .init(article: article, quote: q), library: library, area: area))
        default: break
        }
        return .stay
    }

    /// The items whose first line (as `line(ofItem:in:)` finds it) is among the `height` lines shown.
    func items(onScreenIn lines: [Line], height: Int) -> [Int] {
        var shown: [Int] = []
        for row in top..<max(top, min(lines.count, top + height)) {
            guard let block = lines[row].block else { continue }
            let range = lines[row].wrapped.range
            let startsBlock = row == 0 || lines[row - 1].block != block
            for index in items(inBlock: block).indices where items[index].range.start < range.upperBound
                && (startsBlock || items[index].range.start >= range.lowerBound) {
                shown.append(index)
            }
        }
        return shown
    }

    /// Scrolls so the selected item shows.
    mutating func reveal(in lines: [Line], height: Int) {
        guard let selectedItem, let line = line(ofItem: selectedItem, in: lines) else { return }
        if line < top || line >= top + height { top = max(0, min(line - height / 3, lines.count - height)) }
    }

    /// Makes sure an item chosen before the first layout (a pivot from the Person screen) shows.
    public mutating func revealSelection(library: CorpusQuery, area: Rect) {
        reveal(in: lines(library, theme: Theme(colorMode: .none), width: layoutWidth(area)), height: area.height)
    }

    /// Scrolls to a search match, which becomes the current one for n and N.
    public mutating func scroll(toMatch match: CorpusQuery.Match, library: CorpusQuery, area: Rect) {
        let lines = lines(library, theme: Theme(colorMode: .none), width: layoutWidth(area))
        currentMatch = matches(library).firstIndex { $0.block == match.block && $0.range == match.range }
        if let line = lines.firstIndex(where: { $0.block == match.block && $0.wrapped.range.upperBound > match.range.lowerBound }) {
            top = max(0, min(line - area.height / 3, lines.count - area.height))
        }
    }

    /// The selected quote as text to copy: its words, who said them, and where.
    public func quotation(_ library: CorpusQuery) -> String? {
        guard let selectedItem, case .quote(let q) = items[selectedItem].kind else { return nil }
        let analyzed = library.corpus.articles[article]
        let quote = analyzed.quotes[q]
        let speaker = library.corpus.speaker(of: quote, inArticle: article)?.name ?? "speaker unknown"
        let article = analyzed.article
        let source = [OutletFilter.outlet(of: article), article.title.map { "“\($0)”" }, article.date?.description]
            .compactMap { $0 }.joined(separator: ", ")
        return "“\(quote.text)” — \(speaker), \(source). \(article.url ?? article.path)"
    }

    /// The selected quote (an index into the article's quotes), if a quote is selected.
    public var selectedQuote: Int? {
        guard let selectedItem, case .quote(let q) = items[selectedItem].kind else { return nil }
        return q
    }

    /// The person behind the selected item: a quote's speaker, or the person a name refers to.
    func selectedPerson(_ library: CorpusQuery) -> Person? {
        guard let selectedItem else { return nil }
        let analyzed = library.corpus.articles[article]
        switch items[selectedItem].kind {
        case .quote(let q):
            return library.corpus.speaker(of: analyzed.quotes[q], inArticle: article)
        case .mention(let m):
            return library.corpus.person(of: analyzed.mentions[m], inArticle: article)
        }
    }
}
