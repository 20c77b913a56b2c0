import NewsKit
import TerminalUI

/// Everything one person said, across articles and outlets: date, outlet, headline and the words.
/// Enter opens the article at that quote, selected.
public struct PersonScreen: Screen {
    /// Who, by ID: the person stays found when a fuller corpus renames them or merges them into another.
    public let person: PersonID
    var list = ListState()

    public init(person: PersonID) {
        self.person = person
    }

    /// The person's screen with one of their statements selected (the quote the reader pivoted from).
    public init(person: PersonID, selecting statement: CorpusQuery.Statement, library: CorpusQuery, area: Rect) {
        self.person = person
        let statements = library.statements(of: person)
        if let index = statements.firstIndex(of: statement) {
            list.select(index, count: statements.count, height: max(1, (area.height - Self.headerHeight) / Self.rowsPerStatement))
        }
    }

    public var title: String { "Person" }

    /// The breadcrumb names the person as the corpus now does.
    public func title(in library: CorpusQuery) -> String {
        library.person(person)?.name ?? title
    }

    public func status(in library: CorpusQuery) -> String {
        let count = library.statements(of: person).count
        let off = library.outletFilter.hiddenCount
        let filter = off == 0 ? "" : " · \(off) outlet(s) off"
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) statements\(filter) · Enter open the article at the quote · Esc back"
    }

    /// Rows taken by the person's header.
    private static let headerHeight = 4
    /// Rows per statement: source line, the quote, a blank.
    private static let rowsPerStatement = 3

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard let someone = library.person(person) else {
            frame.put("No such person in these articles.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let statements = library.statements(of: person)
        frame.put(someone.name, x: area.x + 1, y: area.y, style: theme.title)
        let aliases = someone.aliases.filter { $0 != someone.name }
        frame.put("also: " + ArticlesScreen.clip(aliases.joined(separator: " · "), area.width - 8), x: area.x + 1, y: area.y + 1, style: theme.dim)
        if !someone.roles.isEmpty {
            frame.put("roles: " + ArticlesScreen.clip(someone.roles.joined(separator: " · "), area.width - 9), x: area.x + 1, y: area.y + 2, style: theme.dim)
        }
        guard !statements.isEmpty else {
            frame.put("No statements in the articles shown (check Sources).", x: area.x + 1, y: area.y + Self.headerHeight, style: theme.dim)
            return
        }
        let visible = max(1, (area.height - Self.headerHeight) / Self.rowsPerStatement)
        for (n, statement) in statements.enumerated().dropFirst(list.top).prefix(visible) {
            let y = area.y + Self.headerHeight + (n - list.top) * Self.rowsPerStatement
            let analyzed = library.corpus.articles[statement.article]
            let quote = analyzed.quotes[statement.quote]
            let selected = n == list.selected
            let marker = selected ? "▶ " : "  "
            let source = [analyzed.article.date?.description, OutletFilter.outlet(of: analyzed.article),
                          analyzed.article.title ?? ArticleListing.openingWords(of: analyzed.article)].compactMap { $0 }.joined(separator: " · ")
            frame.put(marker + ArticlesScreen.clip(source, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            let words = "“" + quote.text + "”"
            frame.put(ArticlesScreen.clip(words, area.width - 4), x: area.x + 3, y: y + 1, style: theme.quote(speaker: someone.id))
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let statements = library.statements(of: person)
        let visible = max(1, (area.height - Self.headerHeight) / Self.rowsPerStatement)
        switch command {
        case .down: list.move(by: 1, count: statements.count, height: visible)
        case .up: list.move(by: -1, count: statements.count, height: visible)
        case .pageDown, .halfPageDown: list.move(by: visible, count: statements.count, height: visible)
        case .pageUp, .halfPageUp: list.move(by: -visible, count: statements.count, height: visible)
        case .top: list.select(0, count: statements.count, height: visible)
        case .bottom: list.select(statements.count - 1, count: statements.count, height: visible)
        case .click(let row) where row >= Self.headerHeight:
            list.select(list.top + (row - Self.headerHeight) / Self.rowsPerStatement, count: statements.count, height: visible)
        case .open:
            guard statements.indices.contains(list.selected) else { return .stay }
            let statement = statements[list.selected]
            var reader = ReaderScreen(article: statement.article, library: library, quote: statement.quote)
            reader.revealSelection(library: library, area: area)
            return .push(reader)
        default: break
        }
        return .stay
    }
}
