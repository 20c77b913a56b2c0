import NewsKit
import TerminalUI

/// Everything one person said, across articles and outlets: date, outlet, headline and the words.
/// Enter opens the article at that quote, selected.
public struct PersonScreen: Screen {
    public let person: String
    var list = ListState()

    public init(person: String) {
        self.person = person
    }

    /// The person's screen with one of their statements selected (the quote the reader pivoted from).
    public init(person: Person, selecting statement: Library.Statement, library: Library, area: Rect) {
        self.person = person.name
        let statements = library.statements(of: person)
        if let index = statements.firstIndex(where: { $0.article == statement.article && $0.quote == statement.quote }) {
            list.select(index, count: statements.count, height: max(1, (area.height - Self.headerHeight) / Self.rowsPerStatement))
        }
    }

    public var title: String { person }

    public func status(in library: Library) -> String {
        let count = library.person(named: person).map { library.statements(of: $0).count } ?? 0
        let filter = library.hiddenOutlets.isEmpty ? "" : " · \(library.hiddenOutlets.count) outlet(s) off"
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) statements\(filter) · Enter open the article at the quote · Esc back"
    }

    /// Rows taken by the person's header.
    private static let headerHeight = 4
    /// Rows per statement: source line, the quote, a blank.
    private static let rowsPerStatement = 3

    public func render(into frame: inout Frame, area: Rect, library: Library, theme: Theme) {
        guard let someone = library.person(named: person) else {
            frame.put("No such person in these articles.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let statements = library.statements(of: someone)
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
            let source = [analyzed.article.date?.description, Library.outlet(of: analyzed.article),
                          analyzed.article.title ?? ArticleListing.openingWords(of: analyzed.article)].compactMap { $0 }.joined(separator: " · ")
            frame.put(marker + ArticlesScreen.clip(source, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            let words = "“" + quote.text + "”"
            frame.put(ArticlesScreen.clip(words, area.width - 4), x: area.x + 3, y: y + 1, style: theme.quote(speaker: person))
        }
    }

    public mutating func handle(_ command: Command, library: inout Library, area: Rect) -> Navigation {
        guard let someone = library.person(named: person) else { return .stay }
        let statements = library.statements(of: someone)
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
