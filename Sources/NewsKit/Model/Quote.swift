/// A quotation found in an article: the words between quotation marks in one block.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    /// How a quotation stands in its sentence.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A clause or more, standing as speech of its own.
        case full
        /// A fragment inside the reporter's sentence: called it "a nasty woman".
        case partial
        /// A word or two in marks with no speech cue: a scare quote, nickname or title.
        case scare
    }

    /// Stable for an unchanged article text (see `QuoteID`); set by the analysis.
    public var id: QuoteID
    /// The index of the block (in `Article.blocks`) the quote is in.
    public var block: Int
    /// The words inside the marks, as offsets into the block's text.
    public var range: TextRange
    public var text: String
    public var kind: Kind
    /// True when the quote goes on from the previous block (a quotation running over paragraphs).
    public var continuesPrevious: Bool
    /// Who said it, with the evidence; nil when no rule was sure.
    public var attribution: Attribution?

    public init(id: QuoteID = QuoteID(rawValue: ""), block: Int, range: TextRange, text: String, kind: Kind,
                continuesPrevious: Bool = false, attribution: Attribution? = nil) {
        self.id = id
        self.block = block
        self.range = range
        self.text = text
        self.kind = kind
        self.continuesPrevious = continuesPrevious
        self.attribution = attribution
    }

    /// A statement (full or partial), as opposed to a scare quote.
    public var isStatement: Bool { kind != .scare }
}

/// Why a quote was given to a speaker.
public struct Attribution: Hashable, Sendable, Codable {
    /// The rules, most precise first.
    public enum Rule: String, Hashable, Sendable, Codable {
        /// A cue verb beside the quote with a name: `"…," Zelensky said`, `said Zelensky`, `Trump wrote: "…"`.
        case cueWithName
        /// A cue with a pronoun resolved to a person: `"…," he said`.
        case cueWithPronoun
        /// A cue with a description resolved through roles: `the Ukrainian leader said`.
        case cueWithDescription
        /// The subject of the reporting clause the quote sits in: `Rubio warned … adding that "…"`.
        case reportingClause
        /// Another quote of the same sentence or paragraph gave the speaker: `"X," he said. "Y."`
        case sameParagraph
        /// A paragraph that is only a quote goes on with the previous statement's speaker.
        case previousSpeaker
        /// The quote continues one from the previous paragraph.
        case continuation
        /// No speech verb: the person the sentence (or, for a quote opening a sentence, the sentence
        /// before it) is about: `Reid has gone after Trump as a "human leech"`.
        case sentenceSubject
    }

    /// The speaker: one of the article's people (`AnalyzedArticle.people`). Across a corpus,
    /// `Corpus.speaker(of:inArticle:)` gives the corpus person.
    public var speaker: ArticlePerson.ID
    public var rule: Rule
    /// The cue word or phrase (`said`, `according to`, `:`), if any.
    public var cue: String?
    /// The words that named the speaker at the quote (`he`, `the spokesman`, `Zelensky`).
    public var mention: String?
    /// How sure the rule is, 0...1.
    public var confidence: Double
    /// Where the cue stands in the text (nil when there is none).
    public var cueRange: BlockRange?
    /// Where the words that named the speaker stand (nil when no words of the text did: the subject
    /// of an earlier report in the paragraph).
    public var mentionRange: BlockRange?
    /// For a speaker found through a chain (a pronoun, a description, another quote, the previous
    /// paragraph), the name of the person the chain ended at: `he` → the `Zelensky` two paragraphs up.
    /// Nil when the words at the quote are the name itself, or no name of the person is in the text.
    public var antecedent: BlockRange?

    public init(speaker: ArticlePerson.ID, rule: Rule, cue: String?, mention: String?, confidence: Double,
                cueRange: BlockRange? = nil, mentionRange: BlockRange? = nil, antecedent: BlockRange? = nil) {
        self.speaker = speaker
        self.rule = rule
        self.cue = cue
        self.mention = mention
        self.confidence = confidence
        self.cueRange = cueRange
        self.mentionRange = mentionRange
        self.antecedent = antecedent
    }
}
