import NewsKit
import TerminalUI

/// Why a quote was given to its speaker (`w` on a quote in the Reader): the sentences around it with
/// the quote, the cue and the naming words marked, the rule in plain words, the confidence, and for a
/// chain the name it leads back to. Esc returns to the Reader as it was; Enter opens the speaker.
public struct EvidenceScreen: Screen {
    public let article: Int
    /// The quote (an index into the article's quotes).
    public let quote: Int
    var top = 0

    public init(article: Int, quote: Int) {
        self.article = article
        self.quote = quote
    }

    public var title: String { "Evidence" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "everything the speaker said")]
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? { article }

    public func status(in library: CorpusQuery) -> String {
        "why this speaker · j k scroll · Enter everything the speaker said · Esc back to the article"
    }

    /// Columns of the facts' labels.
    private static let labelWidth = 10

    /// One screen row: pieces of wrapped text, each at its column.
    typealias Row = [(x: Int, line: WrappedLine)]

    /// The screen's rows for a width.
    func rows(_ library: CorpusQuery, theme: Theme, width: Int) -> [Row] {
        let explanation = QuoteExplanation(article: article, quote: quote, library: library, theme: theme)
        func wrapped(_ text: StyledText, x: Int) -> [Row] {
            TextWrapper.wrap(text, width: max(1, width - x - 1)).map { [(x, $0)] }
        }
        var rows = wrapped(StyledText(explanation.heading, base: theme.title), x: 1) + [[]]
        rows += wrapped(explanation.passage, x: 3) + [[]]
        // Labels in a column of their own, narrower in a narrow window.
        let column = min(Self.labelWidth + 3, max(3, width / 3))
        for fact in explanation.facts {
            var text = wrapped(StyledText(fact.text), x: column)
            if let label = TextWrapper.wrap(StyledText(fact.label, base: theme.dim), width: max(1, column - 2)).first {
                text[0].insert((1, label), at: 0)
            }
            rows += text
            if let passage = fact.passage { rows += wrapped(passage, x: column + 2) }
        }
        return rows
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        for (y, row) in rows(library, theme: theme, width: area.width).dropFirst(top).prefix(area.height).enumerated() {
            for piece in row where piece.x < area.width {
                frame.put(piece.line, x: area.x + piece.x, y: area.y + y, limit: area.width - piece.x)
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if let move = command.listMove {
            let count = rows(library, theme: Theme(colorMode: .none), width: area.width).count
            ListView(area: area).scroll(move, top: &top, count: count)
            return .stay
        }
        if command == .open, let speaker = library.corpus.speaker(of: library.corpus.articles[article].quotes[quote], inArticle: article) {
            return .push(PersonScreen(person: speaker.id))
        }
        return .stay
    }
}
