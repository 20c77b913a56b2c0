import NewsKit
import TerminalUI

/// An article as the Reader and `newsdesk show` both present it: the headline, a line of outlet,
/// author and date, then every other block but the byline and date line, styled for what it is
/// (caption, subheading, related link, body), with statements in their speaker's colour and names
/// marked by type. Both draw from these blocks, so a speaker has the same colour in both.
public struct ArticleRenderer: Sendable {
    /// One block as presented.
    public struct Block: Sendable {
        public enum Role: Sendable { case headline, meta, body, caption, subheading, related }
        public var role: Role
        /// The block's index in the article; nil for the line of outlet, author and date (and for a
        /// headline made of the opening words, when the article has none).
        public var index: Int?
        public var text: StyledText
        /// Each statement's words (without the marks) and its speaker's display name, for markers.
        public var statements: [(range: TextRange, speaker: String?)] = []
        /// Each name and its kind, for markers.
        public var names: [(range: TextRange, kind: Mention.Kind)] = []
    }

    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// The blocks of an article of the corpus, with `selection` (a range of one block's text) marked.
    public func blocks(ofArticle index: Int, in library: CorpusQuery, selection: (block: Int, range: TextRange)? = nil) -> [Block] {
        let analyzed = library.corpus.articles[index]
        let article = analyzed.article
        let colors = speakerStyles(ofArticle: index, in: library)
        var blocks: [Block] = []
        let headline = article.blocks.firstIndex { $0.role == .headline }
        blocks.append(Block(role: .headline, index: headline, text: StyledText(article.title ?? ArticleListing.openingWords(of: article), base: theme.title)))
        let meta = [OutletFilter.outlet(of: article), article.author.map { "by " + $0 }, article.date?.description]
            .compactMap { $0 }.joined(separator: " · ")
        blocks.append(Block(role: .meta, index: nil, text: StyledText(meta, base: theme.dim)))
        var quotes = analyzed.quotes.indices.makeIterator(), mentions = analyzed.mentions.indices.makeIterator()
        var nextQuote = quotes.next(), nextMention = mentions.next()
        for (b, paragraph) in article.blocks.enumerated() {
            // Quotes and mentions are in block order: take this block's.
            var inBlockQuotes: [Quote] = [], inBlockMentions: [Mention] = []
            while let q = nextQuote, analyzed.quotes[q].block <= b {
                if analyzed.quotes[q].block == b { inBlockQuotes.append(analyzed.quotes[q]) }
                nextQuote = quotes.next()
            }
            while let m = nextMention, analyzed.mentions[m].block <= b {
                if analyzed.mentions[m].block == b { inBlockMentions.append(analyzed.mentions[m]) }
                nextMention = mentions.next()
            }
            let role: Block.Role
            let base: Style
            switch paragraph.role {
            case .headline, .byline, .date: continue
            case .related:
                blocks.append(Block(role: .related, index: b, text: StyledText("→ " + paragraph.text, base: theme.dim)))
                continue
            case .caption: (role, base) = (.caption, theme.caption)
            case .subheading: (role, base) = (.subheading, theme.subheading)
            case .body: (role, base) = (.body, .plain)
            }
            var block = Block(role: role, index: b, text: StyledText(paragraph.text, base: base))
            for mention in inBlockMentions {
                block.text.runs.append(.init(range: mention.range.start..<mention.range.end, style: theme.mention(mention.kind)))
                block.names.append((mention.range, mention.kind))
            }
            for quote in inBlockQuotes where library.corpus.correction(of: quote)?.verdict == .notAQuote {
                // Corrected to be no quote: shown greyed, not as anyone's words.
                block.text.runs.append(.init(range: max(0, quote.range.start - 1)..<(quote.range.end + 1), style: theme.dim))
            }
            for quote in inBlockQuotes where library.corpus.isStatement(quote) {
                let speaker = library.corpus.speaker(of: quote, inArticle: index)
                // The marks around the words take the colour too.
                let style = speaker.flatMap { colors[$0.id] } ?? theme.quote(speaker: nil)
                block.text.runs.append(.init(range: max(0, quote.range.start - 1)..<(quote.range.end + 1), style: style))
                block.statements.append((quote.range, speaker?.name))
            }
            if let selection, selection.block == b {
                block.text.runs.append(.init(range: selection.range.start..<selection.range.end, style: theme.selection))
            }
            blocks.append(block)
        }
        return blocks
    }

    /// The quote style of each speaker of an article, told apart (see `Theme.quoteStyles`), speakers
    /// taken in the order they first speak.
    func speakerStyles(ofArticle index: Int, in library: CorpusQuery) -> [PersonID: Style] {
        var speakers: [PersonID] = []
        var seen = Set<PersonID>()
        for quote in library.corpus.articles[index].quotes where library.corpus.isStatement(quote) {
            if let id = library.corpus.speaker(of: quote, inArticle: index)?.id, seen.insert(id).inserted { speakers.append(id) }
        }
        return theme.quoteStyles(speakers: speakers)
    }
}
