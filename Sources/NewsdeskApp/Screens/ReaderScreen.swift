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
    }

    /// The layouts for the last two keys: the one keys are handled with and the one drawn.
    private final class LayoutCache {
        var entries: [(key: LayoutKey, lines: [Line])] = []
    }

    /// - Parameter quote: a quote (index into the article's quotes) to open the article at, selected.
    public init(article: Int, library: CorpusQuery, quote: Int? = nil) {
        self.article = article
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

    public func status(in library: CorpusQuery) -> String {
        let analyzed = library.corpus.articles[article]
        guard let selectedItem else { return "Tab next quote or name · Enter open person · Esc back" }
        switch items[selectedItem].kind {
        case .quote(let q):
            let quote = analyzed.quotes[q]
            let words = quote.text.split(separator: " ")
            let opening = "“" + words.prefix(5).joined(separator: " ") + (words.count > 5 ? "…”" : "”")
            guard let a = quote.attribution else { return "\(opening) — speaker unknown (no rule was sure)" }
            let confidence = Int((a.confidence * 100).rounded())
            let speaker = library.corpus.speaker(of: quote, inArticle: article)?.name ?? analyzed.people[a.speaker.index].name
            return "\(opening) — \(speaker) · cue \(a.cue.map { "“\($0)”" } ?? "none") · \(a.rule.rawValue) · \(confidence)% · Enter pivot"
        case .mention(let m):
            let mention = analyzed.mentions[m]
            let kind = ["PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "name"][mention.kind.rawValue] ?? ""
            return "\(mention.text) · \(kind)\(mention.role.map { " · \($0)" } ?? "")\(mention.kind == .person ? " · Enter pivot" : "")"
        }
    }

    /// The article laid out for a width, with the selected item marked.
    func lines(_ library: CorpusQuery, theme: Theme, width: Int) -> [Line] {
        let key = LayoutKey(width: width, selectedItem: selectedItem, colorMode: theme.colorMode, articlesLoaded: library.corpus.articles.count)
        if let hit = layouts.entries.first(where: { $0.key == key }) { return hit.lines }
        let lines = layout(library, theme: theme, width: width)
        layouts.entries = [(key, lines)] + layouts.entries.prefix(1)
        return lines
    }

    private func layout(_ library: CorpusQuery, theme: Theme, width: Int) -> [Line] {
        let textWidth = max(1, width - 2)
        let selection = selectedItem.map { (block: items[$0].block, range: items[$0].range) }
        var lines: [Line] = []
        for block in ArticleRenderer(theme: theme).blocks(ofArticle: article, in: library, selection: selection) {
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

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let lines = lines(library, theme: theme, width: area.width)
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.wrapped, x: area.x + 1 + line.indent, y: area.y + row, limit: area.width - 1 - line.indent)
        }
    }

    /// The screen line where item `index` starts.
    private func line(ofItem index: Int, in lines: [Line]) -> Int? {
        let item = items[index]
        return lines.firstIndex { $0.block == item.block && $0.wrapped.range.upperBound > item.range.start }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let lines = lines(library, theme: Theme(colorMode: .none), width: area.width)
        if let move = command.listMove {
            ListView(area: area).scroll(move, top: &top, count: lines.count)
            return .stay
        }
        switch command {
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
        case .open:
            guard let person = selectedPerson(library), let selectedItem else { return .stay }
            if case .quote(let q) = items[selectedItem].kind {
                return .push(PersonScreen(person: person.id, selecting: .init(article: article, quote: q), library: library, area: area))
            }
            return .push(PersonScreen(person: person.id))
        default: break
        }
        return .stay
    }

    /// The items whose first line (as `line(ofItem:in:)` finds it) is among the `height` lines shown.
    private func items(onScreenIn lines: [Line], height: Int) -> [Int] {
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
        reveal(in: lines(library, theme: Theme(colorMode: .none), width: area.width), height: area.height)
    }

    /// Scrolls to the first line of a block (a search match).
    public mutating func scroll(toBlock block: Int, library: CorpusQuery, area: Rect) {
        let lines = lines(library, theme: Theme(colorMode: .none), width: area.width)
        if let line = lines.firstIndex(where: { $0.block == block }) {
            top = max(0, min(line - area.height / 3, lines.count - area.height))
        }
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
