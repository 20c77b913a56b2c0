import NewsKit

/// `quotes --json`: one quotation with its speaker and the evidence for it.
struct QuoteRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var quoteId: QuoteID
    var article: String
    @Nullable var source: String?
    /// The corpus's display name for the speaker; nil when no rule was sure.
    @Nullable var speaker: String?
    @Nullable var personId: PersonID?
    var text: String
    var kind: String
    /// The block's index in the article.
    var paragraph: Int
    /// Unicode scalar offsets in the file's text.
    var start: Int
    var end: Int
    @Nullable var cue: String?
    @Nullable var rule: String?
    @Nullable var confidence: Double?

    init(_ quote: Quote, inArticle index: Int, of corpus: Corpus) {
        let article = corpus.articles[index].article
        let place = article.blocks[quote.block].fileRange(of: quote.range)
        let speaker = corpus.speaker(of: quote, inArticle: index)
        quoteId = quote.id
        self.article = article.path
        source = article.source
        self.speaker = speaker?.name
        personId = speaker?.id
        text = quote.text
        kind = quote.kind.rawValue
        paragraph = quote.block
        start = place.start
        end = place.end
        cue = quote.attribution?.cue
        rule = quote.attribution?.rule.rawValue
        confidence = quote.attribution?.confidence
    }
}
