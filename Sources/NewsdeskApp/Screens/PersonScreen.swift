import NewsKit
import TerminalUI

/// Everything one person said, across articles and outlets: date, outlet, headline and the sentence
/// around the words.
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
        let statements = Self.rows(of: person, in: library)
        if let index = statements.firstIndex(of: statement) {
            list.select(index, count: statements.count, visible: Self.listView(in: area).visibleItems)
        }
    }

    public var title: String { "Person" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "open the article at the quote"), (.variants, "every outlet's wording of the statement"),
         (.exportEvidence, "write the person's evidence pack to a file"),
         (.openURL, "open the article's address"), (.toggleRead, "mark the article read or unread")]
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        let statements = Self.rows(of: person, in: library)
        return statements.indices.contains(list.selected) ? statements[list.selected].article : nil
    }

    /// The breadcrumb names the person as the corpus now does.
    public func title(in library: CorpusQuery) -> String {
        library.person(person)?.name ?? title
    }

    public func status(in library: CorpusQuery) -> String {
        let count = library.statements(of: person).count
        let inferred = library.inferredStatements(of: person).count
        let off = library.outletFilter.hiddenCount
        let filter = off == 0 ? "" : " · \(off) outlet(s) off"
        let more = inferred == 0 ? "" : " (+\(inferred) inferred)"
        return "\(count + inferred == 0 ? 0 : list.selected + 1)/\(count) statements\(more)\(filter) · Enter open the article at the quote · v variants · E evidence · Esc back"
    }

    /// Rows taken by the person's header.
    private static let headerHeight = 4
    /// Rows per statement: source line, the sentence around the quote, a blank.
    private static let rowsPerStatement = 2 + sentenceLines

    /// The statements' list, below the person's header.
    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight), rowsPerItem: rowsPerStatement)
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard let someone = library.person(person) else {
            frame.put("No such person in these articles.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let statements = Self.rows(of: person, in: library)
        let end = frame.put(someone.name, x: area.x + 1, y: area.y, style: theme.title)
        // The counts follow the outlet filter; statements only inferred from other outlets are apart.
        let own = library.statements(of: person).count, articles = library.articleCount(of: person)
        let inferred = statements.count - own
        let counts = "  \(own) statement\(own == 1 ? "" : "s") · \(articles) article\(articles == 1 ? "" : "s")"
            + (inferred > 0 ? " · +\(inferred) inferred" : "")
        frame.put(counts, x: end, y: area.y, style: theme.dim, limit: area.x + area.width - end)
        let aliases = someone.aliases.filter { $0 != someone.name }
        frame.put("also: " + ArticlesScreen.clip(aliases.joined(separator: " · "), area.width - 8), x: area.x + 1, y: area.y + 1, style: theme.dim)
        if !someone.roles.isEmpty {
            frame.put("roles: " + ArticlesScreen.clip(someone.roles.joined(separator: " · "), area.width - 9), x: area.x + 1, y: area.y + 2, style: theme.dim)
        }
        guard !statements.isEmpty else {
            frame.put("No statements in the articles shown (check Sources).", x: area.x + 1, y: area.y + Self.headerHeight, style: theme.dim)
            return
        }
        Self.listView(in: area).render(into: &frame, state: list, count: statements.count) { frame, n, rect, selected in
            let statement = statements[n], y = rect.y
            let analyzed = library.corpus.articles[statement.article]
            let marker = selected ? "▶ " : "  "
            let quote = analyzed.quotes[statement.quote]
            let source = [library.corpus.correction(of: quote).map { _ in "✎ corrected" }, analyzed.article.date?.description, OutletFilter.outlet(of: analyzed.article),
                          analyzed.article.title ?? ArticleListing.openingWords(of: analyzed.article)].compactMap { $0 }.joined(separator: " · ")
            let across = Self.acrossOutlets(statement, library: library)
            frame.put(marker + ArticlesScreen.clip(source + across, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            let sentence = Self.sentence(of: statement, library: library, quoteStyle: theme.quote(speaker: someone.id))
            Self.drawSentence(sentence, in: Rect(x: area.x + 3, y: y + 1, width: area.width - 4, height: Self.sentenceLines), frame: &frame, theme: theme)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let statements = Self.rows(of: person, in: library)
        if Self.listView(in: area).handle(command, on: area, state: &list, count: statements.count) { return .stay }
        switch command {
        case .open:
            guard statements.indices.contains(list.selected) else { return .stay }
            // J and K step through the articles of the person's statements.
            return .push(StatementRow.reader(for: statements[list.selected], among: statements, library: library, area: area))
        case .variants:
            guard statements.indices.contains(list.selected) else { return .stay }
            return .push(VariantsScreen(statement: statements[list.selected], library: library, area: area))
        default: break
        }
        return .stay
    }
}
