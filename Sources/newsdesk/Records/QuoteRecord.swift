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
    /// Whether a correction is in force (`newsdesk correct`): then `speaker` and `person_id` are the
    /// correction's, `correction` says which (`speaker`, `no_speaker`), and `analysed_speaker`,
    /// `analysed_person_id`, `cue`, `rule` and `confidence` are what the analysis found.
    var corrected: Bool
    @Nullable var correction: String?
    @Nullable var analysedSpeaker: String?
    @Nullable var analysedPersonId: PersonID?

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
        let correction = corpus.correction(of: quote)
        corrected = correction != nil
        self.correction = correction.map { CorrectionRecord($0).correction }
        let analysed = corpus.analysedSpeaker(of: quote, inArticle: index)
        analysedSpeaker = analysed?.name
        analysedPersonId = analysed?.id
    }
}
