import NewsKit
import TerminalUI

/// One statement on the Person screen: date, outlet and headline, then the sentence around the quote
/// (a two-word partial quote alone means nothing), the quote marked inside it, wrapped to the width.
extension PersonScreen {
    /// The most lines of a statement's sentence shown; a longer one shows the lines around the quote.
    static let sentenceLines = 3

    /// The sentence around a statement, the quote in its speaker's style.
    static func sentence(of statement: CorpusQuery.Statement, library: CorpusQuery, quoteStyle: Style) -> (text: StyledText, quoteStart: Int) {
        let analyzed = library.corpus.articles[statement.article]
        let quote = analyzed.quotes[statement.quote]
        let length = analyzed.article.blocks[quote.block].text.unicodeScalars.count
        let marked = TextRange(start: max(0, quote.range.start - 1), end: min(length, quote.range.end + 1))
        let range = analyzed.sentences(inBlock: quote.block, covering: [marked])
        var text = StyledText(analyzed.text(at: BlockRange(block: quote.block, range: range)))
        text.runs.append(.init(range: (marked.start - range.start)..<(marked.end - range.start), style: quoteStyle))
        return (text, marked.start - range.start)
    }

    /// Draws a statement's sentence in `rect`: at most `sentenceLines` lines, those around the quote's
    /// start when the sentence is longer, with `…` where lines are left out.
    static func drawSentence(_ sentence: (text: StyledText, quoteStart: Int), in rect: Rect, frame: inout Frame, theme: Theme) {
        let lines = TextWrapper.wrap(sentence.text, width: max(1, rect.width))
        let quoteLine = lines.firstIndex { $0.range.upperBound > sentence.quoteStart } ?? 0
        let first = max(0, min(quoteLine - 1, lines.count - sentenceLines))
        let shown = lines[first..<min(lines.count, first + sentenceLines)]
        for (row, line) in shown.enumerated() {
            frame.put(line, x: rect.x, y: rect.y + row, limit: rect.width)
        }
        if first > 0 { frame.put("…", x: rect.x - 1, y: rect.y, style: theme.dim) }
        if first + sentenceLines < lines.count, let last = shown.last {
            let end = rect.x + CellWidth.of(last.text) + 1
            if end < rect.x + rect.width { frame.put("…", x: end, y: rect.y + shown.count - 1, style: theme.dim) }
        }
    }
}
