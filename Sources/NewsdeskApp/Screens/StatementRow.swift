import NewsKit
import TerminalUI

/// A statement in a list of statements: a line with the date, outlet and headline of its article
/// (marked ▶ when selected), then the words in the speaker's colour.
enum StatementRow {
    /// Rows per statement: the source line, the words, a blank.
    static let height = 3

    static func draw(_ statement: CorpusQuery.Statement, into frame: inout Frame, at rect: Rect, selected: Bool,
                     library: CorpusQuery, speaker: PersonID?, theme: Theme) {
        let analyzed = library.corpus.articles[statement.article]
        let quote = analyzed.quotes[statement.quote]
        let source = [analyzed.article.date?.description, OutletFilter.outlet(of: analyzed.article),
                      analyzed.article.title ?? ArticleListing.openingWords(of: analyzed.article)].compactMap { $0 }.joined(separator: " · ")
        frame.put((selected ? "▶ " : "  ") + ArticlesScreen.clip(source, rect.width - 3), x: rect.x, y: rect.y, style: selected ? theme.selection : theme.dim)
        frame.put(ArticlesScreen.clip("“" + quote.text + "”", rect.width - 4), x: rect.x + 3, y: rect.y + 1, style: theme.quote(speaker: speaker))
    }

    /// The Reader on a statement's article with the quote selected; J and K step through the articles
    /// of `statements`.
    static func reader(for statement: CorpusQuery.Statement, among statements: [CorpusQuery.Statement], library: CorpusQuery, area: Rect) -> ReaderScreen {
        var articles: [Int] = [], seen = Set<Int>()
        for s in statements where seen.insert(s.article).inserted { articles.append(s.article) }
        var reader = ReaderScreen(article: statement.article, library: library, quote: statement.quote,
                                  list: articles, position: articles.firstIndex(of: statement.article))
        reader.revealSelection(library: library, area: area)
        return reader
    }
}
