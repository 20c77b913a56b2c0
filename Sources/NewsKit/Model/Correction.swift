import Foundation

/// A reader's correction of what the analysis said about one quote: who said it, that nobody can be
/// named, or that it is not a quote at all. Keyed by the quote's ID, which depends only on the
/// article's text, so a correction outlives re-analysis and new analyser versions. Corrections are an
/// overlay the corpus applies (`Corpus.init(articles:corrections:)`); the analyses are never rewritten.
public struct Correction: Hashable, Sendable {
    /// What the reader says about the quote.
    public enum Verdict: Hashable, Sendable {
        /// Said by this person: the name chosen and the person's ID at the time. The corpus finds the
        /// person by ID first, then by name, so the correction holds when the ID changes (a person known
        /// by a surname turns out to be a fully named one).
        case speaker(name: String, id: PersonID)
        /// A quote, but nobody can be named: it stays unattributed.
        case noSpeaker
        /// Not a quote (a title, a scare quote, marks used for something else): out of every statement list.
        case notAQuote
    }

    public var quote: QuoteID
    public var verdict: Verdict
    /// The quote's words and the article it was in when corrected, to show in listings; the quote's
    /// ID alone decides where the correction applies.
    public var text: String
    public var article: String
    public var madeAt: Date

    public init(quote: QuoteID, verdict: Verdict, text: String, article: String, madeAt: Date = Date()) {
        self.quote = quote
        self.verdict = verdict
        self.text = text
        self.article = article
        self.madeAt = madeAt
    }

    /// The speaker's name, for a correction that names one.
    public var speakerName: String? {
        if case .speaker(let name, _) = verdict { return name }
        return nil
    }

    /// The verdict in a few words: `Anna Holt`, `no speaker`, `not a quote`.
    public var summary: String {
        switch verdict {
        case .speaker(let name, _): name
        case .noSpeaker: "no speaker"
        case .notAQuote: "not a quote"
        }
    }
}
