import NewsKit
import TerminalUI

/// One statement as every article that quotes it words it: outlet, date and headline, the speaker as
/// that article gives it (or as inferred from another outlet's wording), and the wording with the words
/// no other wording has marked (`WordDifference`). Enter opens that article at the quote; `E` writes
/// the speaker's evidence pack.
public struct VariantsScreen: Screen, EvidenceSource {
    /// The quote the screen was opened from.
    public let statement: CorpusQuery.Statement
    var list = ListState()
    /// The wordings in order, and the differences of those drawn so far, for the corpus size they were
    /// made for: a widely quoted statement has tens of thousands of wordings, so the first frame takes
    /// them in the order the groups keep and compares only the rows it shows (`WordDifference.Comparison`).
    private let made = Made()

    private final class Made {
        var articles = -1
        var variants: [CorpusQuery.Statement] = []
        var comparison: WordDifference.Comparison?
        /// The differences of each row drawn, by row.
        var differences: [Int: [Range<Int>]] = [:]
    }

    /// - Parameter statement: the quote whose statement to show, its own wording selected.
    public init(statement: CorpusQuery.Statement, library: CorpusQuery, area: Rect) {
        self.statement = statement
        let variants = variants(library)
        if let index = variants.firstIndex(of: statement) {
            list.select(index, count: variants.count, visible: Self.listView(in: area).visibleItems)
        }
    }

    /// The wordings, oldest article first (undated last), then by outlet.
    func variants(_ library: CorpusQuery) -> [CorpusQuery.Statement] {
        if made.articles != library.corpus.articles.count {
            made.variants = Self.variants(of: statement, in: library)
            made.comparison = nil
            made.differences = [:]
            made.articles = library.corpus.articles.count
        }
        return made.variants
    }

    /// The rows whose differences have been worked out (the rows drawn so far).
    var comparedRows: Int { made.differences.count }

    /// The words of one row's wording that no other wording has, worked out when the row is first drawn.
    func differences(ofRow row: Int, _ library: CorpusQuery) -> [Range<Int>] {
        if let known = made.differences[row] { return known }
        let variants = variants(library)
        func text(_ statement: CorpusQuery.Statement) -> String { library.corpus.articles[statement.article].quotes[statement.quote].text }
        let comparison = made.comparison ?? WordDifference.Comparison(variants.lazy.map(text))
        made.comparison = comparison
        let found = comparison.differences(of: text(variants[row]))
        made.differences[row] = found
        return found
    }

    /// The wordings of a statement in order: by date (undated last), then by outlet (sorted once, when
    /// the statement groups are built).
    static func variants(of statement: CorpusQuery.Statement, in library: CorpusQuery) -> [CorpusQuery.Statement] {
        library.variantsByDate(of: statement)
    }

    public var title: String { "Variants" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "open the article at this wording"), (.exportEvidence, "write the speaker's evidence pack to a file"),
         (.openURL, "open the article's address")]
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        let variants = variants(library)
        return variants.indices.contains(list.selected) ? variants[list.selected].article : nil
    }

    func evidencePerson(in library: CorpusQuery) -> PersonID? {
        library.statementGroups.group(of: statement)?.speaker ?? library.speaker(of: statement)?.person.id
    }

    public func status(in library: CorpusQuery) -> String {
        let count = variants(library).count
        let outlets = library.outletCount(of: statement)
        return "\(list.selected + 1)/\(count) wordings · \(outlets) outlet\(outlets == 1 ? "" : "s") · Enter open the article at the quote · E evidence pack · Esc back"
    }

    /// Rows taken by the header: the speaker, what is marked, a blank.
    private static let headerHeight = 3
    /// Rows per wording: source line, speaker line, three lines of words, a blank.
    private static let rowsPerVariant = 6
    private static let wordingLines = 3

    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight), rowsPerItem: rowsPerVariant)
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        let variants = variants(library)
        let speaker = evidencePerson(in: library).flatMap(library.person)
        let outlets = library.outletCount(of: statement)
        let heading = "\(speaker?.name ?? "Speaker unknown") — \(variants.count) wording\(variants.count == 1 ? "" : "s") in \(outlets) outlet\(outlets == 1 ? "" : "s")"
        frame.put(ArticlesScreen.clip(heading, area.width - 2), x: area.x + 1, y: area.y, style: theme.title)
        let note = variants.count > 1 ? "marked: words no other outlet's wording has" : "no other article words this statement"
        frame.put(ArticlesScreen.clip(note, area.width - 2), x: area.x + 1, y: area.y + 1, style: theme.dim)
        Self.listView(in: area).render(into: &frame, state: list, count: variants.count) { frame, n, rect, selected in
            let variant = variants[n], y = rect.y
            let analyzed = library.corpus.articles[variant.article]
            let source = [analyzed.article.date?.description, OutletFilter.outlet(of: analyzed.article),
                          analyzed.article.title ?? ArticleListing.openingWords(of: analyzed.article)].compactMap { $0 }.joined(separator: " · ")
            frame.put((selected ? "▶ " : "  ") + ArticlesScreen.clip(source, area.width - 3), x: area.x, y: y, style: selected ? theme.selection : theme.dim)
            frame.put(ArticlesScreen.clip(Self.speakerLine(variant, library: library), area.width - 4), x: area.x + 3, y: y + 1, style: theme.dim)
            let quoteStyle = theme.quote(speaker: library.speaker(of: variant)?.person.id)
            let marks = differences(ofRow: n, library).map { StyledText.Run(range: ($0.lowerBound + 1)..<($0.upperBound + 1), style: theme.match) }
            let text = analyzed.quotes[variant.quote].text
            let lines = TextWrapper.wrap(StyledText("“" + text + "”", base: quoteStyle, runs: marks), width: max(1, area.width - 4))
            for (row, line) in lines.prefix(Self.wordingLines).enumerated() {
                frame.put(line, x: area.x + 3, y: y + 2 + row, limit: area.width - 4)
            }
            if lines.count > Self.wordingLines {
                frame.put("…", x: area.x + 2, y: y + 1 + Self.wordingLines, style: theme.dim)
            }
        }
    }

    /// Who said it, as this article gives it: named, inferred from another outlet's wording, or neither.
    static func speakerLine(_ statement: CorpusQuery.Statement, library: CorpusQuery) -> String {
        guard let speaker = library.speaker(of: statement) else { return "no speaker named" }
        guard let inference = speaker.inferred else {
            let quote = library.corpus.articles[statement.article].quotes[statement.quote]
            return "said by \(speaker.person.name)" + (quote.attribution?.cue.map { " (cue “\($0)”)" } ?? "")
        }
        let evidence = library.corpus.articles[inference.evidence.article].article
        return "\(speaker.person.name), inferred from \(OutletFilter.outlet(of: evidence)) (this article names no speaker)"
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let variants = variants(library)
        if Self.listView(in: area).handle(command, on: area, state: &list, count: variants.count) { return .stay }
        guard command == .open, variants.indices.contains(list.selected) else { return .stay }
        // J and K step through the articles of the wordings.
        return .push(StatementRow.reader(for: variants[list.selected], among: variants, library: library, area: area))
    }
}

extension VariantsScreen {
    /// What the Reader's status line says of a quote its article gives no speaker: the one inferred
    /// from another outlet's wording, if any.
    static func unattributedStatus(_ statement: CorpusQuery.Statement, library: CorpusQuery) -> String {
        guard let inferred = library.speaker(of: statement)?.inferred, let person = library.person(inferred.person) else {
            return "speaker unknown (no rule was sure)"
        }
        let evidence = library.corpus.articles[inferred.evidence.article].article
        return "\(person.name), inferred from \(OutletFilter.outlet(of: evidence)) · v variants"
    }
}
