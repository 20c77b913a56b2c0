import NewsKit
import TerminalUI

/// Correct speaker: who said a quote, as the reader says (`c` on a quote in the Reader). What you type
/// narrows the people (the article's first, then everyone, most statements first); "no speaker", "not
/// a quote" and "undo my correction" (when the quote has one) head the list while nothing is typed.
/// Enter applies the choice at once, on every screen, keeps it in the library, and goes back.
public struct CorrectionScreen: Screen {
    /// One line of the list.
    enum Choice: Equatable {
        case undo(Correction)
        case noSpeaker, notAQuote
        case person(Person)
    }

    public let article: Int
    public let quote: Int
    /// Where corrections are kept: the library (or one in memory when it cannot be used).
    private let store: LibraryStore
    var list = ListState()
    /// Typing filters from the start; Backspace on an empty filter leaves it (the list's keys work).
    var filter = ListFilter(text: "", editing: true)
    /// What went wrong keeping a choice, for the status line.
    private var failure: String?
    /// The choices for the last filter text: filtering everyone for every frame would cost too much
    /// on a large library.
    private let choices = ChoicesCache()

    private final class ChoicesCache {
        var key: (text: String, people: Int, corrections: [QuoteID: Correction])?
        var choices: [Choice] = []
    }

    /// The screen for quote `quote` (an index into the article's quotes) of article `article`.
    public init(article: Int, quote: Int, store: LibraryStore) {
        self.article = article
        self.quote = quote
        self.store = store
    }

    public var title: String { "Correct speaker" }
    public var wantsText: Bool { filter.editing }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "apply the choice (and keep it in the library)"), (.filter, "filter the people again"),
         (.search, "filter the people again, as f")]
    }

    public func claims(_ command: Command) -> Bool { filter.claims(command) || command == .search }

    public func selectedArticle(in library: CorpusQuery) -> Int? { article }

    func rows(_ library: CorpusQuery) -> [Choice] {
        let corrections = library.corpus.corrections
        if let key = choices.key, key.text == filter.text, key.people == library.corpus.people.count, key.corrections == corrections {
            return choices.choices
        }
        var rows: [Choice] = []
        if filter.text.isEmpty {
            if let correction = library.corpus.correction(of: library.corpus.articles[article].quotes[quote]) { rows.append(.undo(correction)) }
            rows += [.noSpeaker, .notAQuote]
        }
        rows += library.speakerChoices(inArticle: article, matching: filter.text).map(Choice.person)
        choices.key = (filter.text, library.corpus.people.count, corrections)
        choices.choices = rows
        return rows
    }

    public func status(in library: CorpusQuery) -> String {
        if let failure { return failure }
        if filter.editing { return "type to filter: \(filter.text)▏ · ↑↓ choose · Enter apply · Esc \(filter.text.isEmpty ? "back" : "clear")" }
        return (filter.status.map { $0 + " · " } ?? "") + "f filter · Enter apply · Esc back"
    }

    /// Rows above the list: the quote, who said it now and what the analysis found, a blank.
    private static let headerHeight = 3

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let corpus = library.corpus
        let analyzed = corpus.articles[article]
        let quote = analyzed.quotes[quote]
        frame.put(ArticlesScreen.clip("“" + quote.text + "”", area.width - 2), x: area.x + 1, y: area.y, style: theme.title)
        let now = corpus.correction(of: quote).map { "now: \($0.summary) ✎ (your correction)" }
            ?? "now: \(corpus.speaker(of: quote, inArticle: article)?.name ?? "no speaker")"
        let analysis = corpus.analysedSpeaker(of: quote, inArticle: article).map { "analysis: \($0.name)" } ?? "analysis: no speaker"
        frame.put(ArticlesScreen.clip(now + " · " + analysis, area.width - 2), x: area.x + 1, y: area.y + 1, style: theme.dim)
        let rows = rows(library)
        let listArea = area.droppingTop(Self.headerHeight)
        if rows.isEmpty {
            frame.put("Nobody matches “\(filter.text)” (Backspace to widen, Esc clears).", x: area.x + 1, y: listArea.y, style: theme.dim)
            return
        }
        let inArticle = Set(analyzed.people.indices.map { corpus.person(ArticlePerson.ID(index: $0), inArticle: article).id })
        ListView(area: listArea).render(into: &frame, state: list, count: rows.count, selection: theme.selection) { frame, n, rect, selected in
            let style = selected ? theme.selection : Style.plain
            let x = frame.put(selected ? "▶ " : "  ", x: rect.x, y: rect.y, style: style)
            switch rows[n] {
            case .undo(let correction):
                let back = "undo my correction (\(correction.summary))"
                frame.put(ArticlesScreen.clip(back, rect.width - x), x: x, y: rect.y, style: style.merged(with: theme.warning))
            case .noSpeaker:
                frame.put("no speaker (nobody can be named)", x: x, y: rect.y, style: style)
            case .notAQuote:
                frame.put("not a quote", x: x, y: rect.y, style: style)
            case .person(let person):
                let after = frame.put(person.name, x: x, y: rect.y, style: style.merged(with: theme.title)) + 2
                let detail = [inArticle.contains(person.id) ? "in this article" : nil, person.roles.first,
                              "\(person.quoteCount) statement\(person.quoteCount == 1 ? "" : "s")"].compactMap { $0 }.joined(separator: " · ")
                frame.put(ArticlesScreen.clip(detail, rect.x + rect.width - after), x: after, y: rect.y, style: style.merged(with: theme.dim))
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        // Enter while typing chooses at once; Esc on an empty filter goes back.
        if filter.editing, command == .open { return choose(library: &library) }
        if filter.editing, command == .back, filter.text.isEmpty { return .pop }
        if filter.handle(command, starts: [.filter, .search], list: &list) { return .stay }
        let count = rows(library).count
        let view = ListView(area: area.droppingTop(Self.headerHeight))
        if view.handle(command, on: area, state: &list, count: count) { return .stay }
        return command == .open ? choose(library: &library) : .stay
    }

    /// Applies the selected choice, keeps it in the library and goes back; stays, saying why, when it
    /// cannot be kept.
    private mutating func choose(library: inout CorpusQuery) -> Navigation {
        let rows = rows(library)
        guard rows.indices.contains(list.selected) else { return .stay }
        let analyzed = library.corpus.articles[article]
        let quote = analyzed.quotes[quote]
        func correction(_ verdict: Correction.Verdict) -> Correction {
            Correction(quote: quote.id, verdict: verdict, text: quote.text, article: analyzed.article.path)
        }
        do {
            switch rows[list.selected] {
            case .undo: _ = try store.undoCorrection(of: quote.id)
            case .noSpeaker: try store.record(correction(.noSpeaker))
            case .notAQuote: try store.record(correction(.notAQuote))
            case .person(let person): try store.record(correction(.speaker(name: person.name, id: person.id)))
            }
            library.apply(try store.corrections())
        } catch {
            failure = "the correction could not be kept (\(error))"
            return .stay
        }
        return .pop
    }
}
