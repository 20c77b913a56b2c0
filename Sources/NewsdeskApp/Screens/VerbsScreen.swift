import NewsKit
import TerminalUI

/// The verbs that introduce one person's statements (said, warned, told …), folded to their base with
/// the forms written and their counts, most statements first, in the articles the outlet filter lets
/// through. Enter lists the statements a verb introduces.
public struct VerbsScreen: Screen {
    /// Who, by ID (see `PersonScreen`).
    public let person: PersonID
    var list = ListState()

    public init(person: PersonID) {
        self.person = person
    }

    public var title: String { "Verbs" }

    /// The breadcrumb names the person as the corpus now does.
    public func title(in library: CorpusQuery) -> String {
        library.person(person).map { "\($0.name)'s verbs" } ?? title
    }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "the statements this verb introduces")]
    }

    /// Rows above the verbs: the person and their totals.
    private static let headerHeight = 3

    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight))
    }

    public func status(in library: CorpusQuery) -> String {
        let count = library.verbs(of: person).count
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) verbs · Enter the statements · Esc back · ? help"
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard let someone = library.person(person) else {
            frame.put("No such person in these articles.", x: area.x + 1, y: area.y, style: theme.dim)
            return
        }
        let verbs = library.verbs(of: person)
        let statements = verbs.reduce(0) { $0 + $1.statements }
        frame.put(ArticlesScreen.clip(someone.name, area.width - 2), x: area.x + 1, y: area.y, style: theme.title)
        frame.put("\(statements) statement\(statements == 1 ? "" : "s") in the articles shown, by the verb that introduces them",
                  x: area.x + 1, y: area.y + 1, style: theme.dim, limit: area.width - 2)
        guard !verbs.isEmpty else {
            frame.put("No statements in the articles shown (check Sources).", x: area.x + 1, y: area.y + Self.headerHeight, style: theme.dim)
            return
        }
        let labelWidth = min(24, max(8, verbs.map { CellWidth.of($0.label) }.max() ?? 8))
        Self.listView(in: area).render(into: &frame, state: list, count: verbs.count, selection: theme.selection) { frame, n, rect, selected in
            let verb = verbs[n], y = rect.y
            let style = selected ? theme.selection : Style.plain
            let count = String(verb.statements)
            var x = frame.put(String(repeating: " ", count: max(0, 5 - count.count)) + count, x: area.x, y: y, style: style) + 2
            frame.put(verb.label, x: x, y: y, style: style.merged(with: theme.title), limit: labelWidth)
            x += labelWidth + 2
            // The forms written, when they say more than the base.
            let forms = verb.forms.map { verb.forms.count == 1 ? $0.text : "\($0.text) \($0.statements)" }.joined(separator: " · ")
            if forms != verb.lemma { frame.put(ArticlesScreen.clip(forms, area.x + area.width - x), x: x, y: y, style: style.merged(with: theme.dim)) }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let verbs = library.verbs(of: person)
        if Self.listView(in: area).handle(command, on: area, state: &list, count: verbs.count) { return .stay }
        if command == .open, verbs.indices.contains(list.selected) {
            return .push(VerbStatementsScreen(person: person, verb: verbs[list.selected].lemma))
        }
        return .stay
    }
}
