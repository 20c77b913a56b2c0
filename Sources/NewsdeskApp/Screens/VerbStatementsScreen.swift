import NewsKit
import TerminalUI

/// The statements of one person that one verb introduces (every “warned” of theirs), with date, outlet
/// and headline, in the articles the outlet filter lets through. Enter opens the article at the quote.
public struct VerbStatementsScreen: Screen {
    public let person: PersonID
    /// The verb's key (`CueVerb.lemma(of:)`).
    public let verb: String
    var list = ListState()

    public init(person: PersonID, verb: String) {
        self.person = person
        self.verb = verb
    }

    public var title: String { CueVerb.label(of: verb) }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "open the article at the quote"), (.openURL, "open the article's address"), (.toggleRead, "mark the article read or unread")]
    }

    private func statements(_ library: CorpusQuery) -> [CorpusQuery.Statement] {
        library.statements(of: person, verb: verb)
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        let statements = statements(library)
        return statements.indices.contains(list.selected) ? statements[list.selected].article : nil
    }

    public func status(in library: CorpusQuery) -> String {
        let count = statements(library).count
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) statements · Enter open the article at the quote · Esc back"
    }

    /// Rows above the statements: who and which verb.
    private static let headerHeight = 3

    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight), rowsPerItem: StatementRow.height)
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let statements = statements(library)
        let name = library.person(person)?.name ?? "Nobody"
        frame.put(ArticlesScreen.clip("\(name) — \(CueVerb.label(of: verb))", area.width - 2), x: area.x + 1, y: area.y, style: theme.title)
        frame.put("\(statements.count) statement\(statements.count == 1 ? "" : "s") this verb introduces", x: area.x + 1, y: area.y + 1,
                  style: theme.dim, limit: area.width - 2)
        guard !statements.isEmpty else {
            frame.put("None in the articles shown (check Sources).", x: area.x + 1, y: area.y + Self.headerHeight, style: theme.dim)
            return
        }
        let speaker = library.person(person)?.id
        Self.listView(in: area).render(into: &frame, state: list, count: statements.count) { frame, n, rect, selected in
            StatementRow.draw(statements[n], into: &frame, at: rect, selected: selected, library: library, speaker: speaker, theme: theme)
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let statements = statements(library)
        if Self.listView(in: area).handle(command, on: area, state: &list, count: statements.count) { return .stay }
        if command == .open, statements.indices.contains(list.selected) {
            return .push(StatementRow.reader(for: statements[list.selected], among: statements, library: library, area: area))
        }
        return .stay
    }
}
