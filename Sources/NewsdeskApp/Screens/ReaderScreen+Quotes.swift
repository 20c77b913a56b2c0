import NewsKit
import TerminalUI

/// Quotes only: `]` and `[` step through the article's statements (Tab visits names too), and the
/// status line shows the selected quote whole where it fits.
extension ReaderScreen {
    /// Selects the next (or previous) quote: after the one selected when it is on screen, else from
    /// what the reader is looking at; round to the first (or last) at the end.
    mutating func stepQuote(forward: Bool, lines: [Line], height: Int) {
        let quotes = items.indices.filter { if case .quote = items[$0].kind { true } else { false } }
        guard let first = quotes.first, let last = quotes.last else { return }
        if let selected = selectedItem, let line = line(ofItem: selected, in: lines), line >= top, line < top + height {
            selectedItem = forward ? quotes.first { $0 > selected } ?? first : quotes.last { $0 < selected } ?? last
            return
        }
        let onScreen = items(onScreenIn: lines, height: height).filter(quotes.contains)
        if let shown = forward ? onScreen.first : onScreen.last {
            selectedItem = shown
            return
        }
        // None on screen: the first below it going forward, the last above it going back.
        let rows = quotes.map { (item: $0, line: line(ofItem: $0, in: lines) ?? 0) }
        selectedItem = forward ? rows.first { $0.line >= top }?.item ?? first : rows.last { $0.line < top }?.item ?? last
    }

    /// What the status line says of a selected quote in `width` columns: the whole quote with its
    /// speaker (and the evidence, where there is room); else its opening words, cut by the status line.
    func quoteStatus(_ q: Int, library: CorpusQuery, width: Int) -> String {
        let analyzed = library.corpus.articles[article]
        let quote = analyzed.quotes[q]
        let whole = "“" + quote.text + "”"
        let keys = "w why · Enter pivot"
        if let correction = library.corpus.correction(of: quote) {
            let corrected = Self.correctedStatus(whole, correction, quote, article, library)
            return CellWidth.of(corrected) <= width
                ? corrected : Self.correctedStatus(QuoteExplanation.opening(of: quote.text, words: 5), correction, quote, article, library)
        }
        guard let a = quote.attribution else {
            // No speaker in this article; another outlet's wording of the statement may name one.
            let unknown = VariantsScreen.unattributedStatus(.init(article: article, quote: q), library: library)
            let candidates = [whole + " — \(unknown) · w why", whole + " — \(unknown)"]
            return candidates.first { CellWidth.of($0) <= width }
                ?? QuoteExplanation.opening(of: quote.text, words: 5) + " — \(unknown) · w why"
        }
        let confidence = Int((a.confidence * 100).rounded())
        let speaker = library.corpus.speaker(of: quote, inArticle: article)?.name ?? analyzed.people[a.speaker.index].name
        let evidence = "cue \(a.cue.map { "“\($0)”" } ?? "none") · \(a.rule.rawValue) · \(confidence)%"
        let candidates = ["\(whole) — \(speaker) · \(evidence) · \(keys)", "\(whole) — \(speaker) · \(keys)", "\(whole) — \(speaker)"]
        return candidates.first { CellWidth.of($0) <= width }
            ?? "\(QuoteExplanation.opening(of: quote.text, words: 5)) — \(speaker) · \(evidence) · \(keys)"
    }
}
