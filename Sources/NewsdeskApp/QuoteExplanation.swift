import NewsKit
import TerminalUI

/// Why a quote was given to its speaker, in words a journalist reads: the sentences around the quote
/// with the quote, the cue and the naming words marked; the speaker; the rule in plain words; how
/// sure it is; and for a chain (a pronoun, a description, another quote) the way back to the name,
/// with the sentence the name is in. A quote with no speaker says why there is none.
struct QuoteExplanation {
    /// A labelled line (`Speaker`, `Why`, `Chain`, `Sure`), with a passage of the article under it.
    struct Fact {
        var label: String
        var text: String
        var passage: StyledText?
    }

    /// The quote's opening words and its speaker.
    let heading: String
    /// The sentences around the quote, marked.
    let passage: StyledText
    let facts: [Fact]

    init(article index: Int, quote q: Int, library: CorpusQuery, theme: Theme) {
        let analyzed = library.corpus.articles[index]
        let quote = analyzed.quotes[q]
        let speaker = library.corpus.speaker(of: quote, inArticle: index)
        let quoteStyle = speaker.flatMap { ArticleRenderer(theme: theme).speakerStyles(ofArticle: index, in: library)[$0.id] }
            ?? theme.quote(speaker: nil)
        heading = Self.opening(of: quote.text) + " — " + (speaker?.name ?? "no speaker")

        // The quote with its marks, the cue and the naming words, each where it stands.
        let blockLength = analyzed.article.blocks[quote.block].text.unicodeScalars.count
        let quoteMarks = BlockRange(block: quote.block, range: TextRange(start: max(0, quote.range.start - 1), end: min(blockLength, quote.range.end + 1)))
        let a = quote.attribution
        var marks: [(place: BlockRange, style: Style)] = [(quoteMarks, quoteStyle)]
        if let cue = a?.cueRange { marks.append((cue, theme.cue)) }
        if let mention = a?.mentionRange { marks.append((mention, theme.naming)) }
        if let name = a?.antecedent { marks.append((name, theme.naming)) }

        // The quote's sentences reach the cue and the naming words when they are in its paragraph.
        let beside = [a?.cueRange, a?.mentionRange].compactMap { $0 }.filter { $0.block == quote.block }
        let shown = analyzed.sentences(inBlock: quote.block, covering: [quoteMarks.range] + beside.map(\.range))
        passage = Self.passage(BlockRange(block: quote.block, range: shown), of: analyzed, marks: marks)

        guard let a, let speaker else {
            facts = [Fact(label: "Speaker", text: "none"),
                     Fact(label: "Why", text: Self.whyNone(quote, role: analyzed.article.blocks[quote.block].role))]
            return
        }
        let mention = a.mentionRange.map(analyzed.text(at:))
        let name = a.antecedent.map(analyzed.text(at:)) ?? speaker.name
        var facts = [Fact(label: "Speaker", text: speaker.name),
                     Fact(label: "Why", text: Self.why(a, quote: quote, mention: mention, name: name))]
        // The naming words in another paragraph (a quote running on, the paragraph before).
        let namedElsewhere = [a.cueRange, a.mentionRange].compactMap { $0 }.filter { $0.block != quote.block }
        if let block = namedElsewhere.first?.block {
            let range = analyzed.sentences(inBlock: block, covering: namedElsewhere.filter { $0.block == block }.map(\.range))
            facts.append(Fact(label: "Named", text: Self.distance(from: quote.block, to: block, in: analyzed.article) + ":",
                              passage: Self.passage(BlockRange(block: block, range: range), of: analyzed, marks: marks)))
        }
        if let antecedent = a.antecedent {
            let from = mention.map { "“\($0)”" } ?? (a.rule == .previousSpeaker ? "the paragraph before" : "an earlier report in this paragraph")
            let inPassage = antecedent.block == quote.block && shown.start <= antecedent.range.start && antecedent.range.end <= shown.end
            let range = analyzed.sentences(inBlock: antecedent.block, covering: [antecedent.range])
            facts.append(Fact(label: "Chain", text: "\(from) → “\(name)”, \(Self.distance(from: quote.block, to: antecedent.block, in: analyzed.article))"
                                + (inPassage ? "" : ":"),
                              passage: inPassage ? nil : Self.passage(BlockRange(block: antecedent.block, range: range), of: analyzed, marks: marks)))
        }
        facts.append(Fact(label: "Sure", text: Self.sureness(a.confidence)))
        self.facts = facts
    }

    /// `“We have waited years for a timetable…”`.
    static func opening(of text: String, words count: Int = 8) -> String {
        let words = text.split(separator: " ")
        return "“" + words.prefix(count).joined(separator: " ") + (words.count > count ? "…”" : "”")
    }

    /// A stretch of the article with the marks that fall in it.
    private static func passage(_ place: BlockRange, of analyzed: AnalyzedArticle, marks: [(place: BlockRange, style: Style)]) -> StyledText {
        var text = StyledText(analyzed.text(at: place))
        for mark in marks where mark.place.block == place.block {
            let start = max(mark.place.range.start, place.range.start), end = min(mark.place.range.end, place.range.end)
            if start < end { text.runs.append(.init(range: (start - place.range.start)..<(end - place.range.start), style: mark.style)) }
        }
        return text
    }

    /// The rule in plain words.
    static func why(_ a: Attribution, quote: Quote, mention: String?, name: String) -> String {
        let cue = a.cue.map { "“\($0)”" } ?? "the quote"
        let words = mention.map { "“\($0)”" } ?? name
        switch a.rule {
        case .cueWithName:
            switch a.cue {
            case ":": return "named before the colon that opens the quote"
            case "according to": return "named after “according to”"
            case let c? where c.unicodeScalars.first.map({ $0.properties.generalCategory == .dashPunctuation }) == true:
                return "named after the dash that follows the quote"
            default: return "named beside the speech verb \(cue)"
            }
        case .reportingClause: return "\(words) is the subject of \(cue), the reporting clause the quote sits in"
        case .cueWithPronoun: return "\(words) beside \(cue) refers back to \(name)"
        case .cueWithDescription: return "the description \(words) beside \(cue) refers to \(name), by the role the article gives"
        case .sameParagraph:
            guard let place = a.mentionRange else { return "the person an earlier sentence of this paragraph reports as speaking" }
            return place.block == quote.block && place.range.start > quote.range.end
                ? "the speaker of the quote right after it in this paragraph"
                : "the speaker of the quote before in this paragraph"
        case .previousSpeaker: return "a paragraph that is only a quote goes on with the speaker of the paragraph before"
        case .continuation: return "continues the quote from the previous paragraph"
        case .sentenceSubject:
            return a.antecedent != nil
                ? "no speech verb: \(words), what the sentence is about, refers back to \(name)"
                : "no speech verb: \(words) is who the sentence is about"
        }
    }

    /// Why a quote has no speaker.
    static func whyNone(_ quote: Quote, role: Paragraph.Role) -> String {
        if quote.kind == .scare {
            return "a word or two in quotation marks with no speech verb reads as a scare quote, a title or a nickname, so no one is counted as saying it"
        }
        if role != .body {
            return "no speech verb beside it names a person, and a quote in a \(role.rawValue) takes no speaker from the paragraphs around it"
        }
        return "no speech verb beside it names a person (a subject such as “officials” or “a spokesperson” names no one), "
            + "no other quote of the paragraph has a speaker, and the paragraph is more than a quote: no name is better than a wrong one"
    }

    /// `in this paragraph`, `1 paragraph up`, `2 paragraphs up` (body paragraphs).
    static func distance(from quoteBlock: Int, to block: Int, in article: Article) -> String {
        guard block < quoteBlock else { return "in this paragraph" }
        let up = article.blocks[(block + 1)...quoteBlock].filter { $0.role == .body }.count
        switch up {
        case 0: return "in this paragraph"
        case 1: return "1 paragraph up"
        default: return "\(up) paragraphs up"
        }
    }

    /// The confidence as a reader takes it.
    static func sureness(_ confidence: Double) -> String {
        let percent = Int((confidence * 100).rounded())
        let band = confidence >= 0.9 ? "high" : confidence >= 0.8 ? "good" : "fair, worth checking against the text"
        return "\(percent)%, \(band): of the quotes this rule gives a speaker, about \(percent) in 100 name the right person"
    }
}
