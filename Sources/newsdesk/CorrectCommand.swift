import ArgumentParser
import NewsKit

/// `newsdesk correct QUOTE_ID`: who said a quote, as the reader knows it.
struct Correct: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correct who said a quote: name its speaker, say nobody can be named, or that it is not a quote.",
        discussion: """
        The correction is kept in the library ($XDG_DATA_HOME/newsdesk/library.sqlite), keyed by the \
        quote's ID, so it holds when the articles are analysed again or by a newer Newsdesk, and every \
        listing and the reader apply it (quotes --json marks it "corrected": true). --undo takes back the \
        quote's last correction: the one before it, if any, applies again, else the analysis. The speaker \
        is matched as quotes --speaker matches (case and accents ignored); a name that fits several \
        people lists them. The articles are those of the library unless paths are named.

        Exit status: 0 when corrected; 64 for a usage error; 65 for a name that is nobody's or several \
        people's; 66 for a quote in no article read, or --undo of a quote with no correction.

        Examples:
          newsdesk quotes --json | jq -r 'select(.speaker == null) | .quote_id'
          newsdesk correct q0123456789abcdef --speaker "Anna Holt"
          newsdesk correct q0123456789abcdef --not-a-quote
          newsdesk correct q0123456789abcdef --undo
        """
    )

    @Argument(help: "The quote's ID (quote_id in quotes --json).")
    var quoteID: String
    @Option(help: "Who said it: a person of the articles, by any of their names.")
    var speaker: String?
    @Option(help: "Who said it, by person_id (people --json).")
    var person: String?
    @Flag(help: "Nobody can be named: leave the quote unattributed.")
    var noSpeaker = false
    @Flag(help: "It is not a quote: leave it out of every list of statements.")
    var notAQuote = false
    @Flag(help: "Take back the quote's last correction.")
    var undo = false
    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        let chosen = [speaker != nil, person != nil, noSpeaker, notAQuote, undo].count { $0 }
        guard chosen == 1 else {
            throw ValidationError("give one of --speaker NAME, --person ID, --no-speaker, --not-a-quote or --undo")
        }
        guard quoteID.hasPrefix("q"), quoteID.count > 1 else {
            throw ValidationError("“\(ArticleLoader.printable(quoteID))” is not a quote ID (quote_id in quotes --json: q and 16 hex digits)")
        }
    }

    func run() throws {
        let id = QuoteID(rawValue: quoteID)
        var output = StandardOutput()
        if undo {
            guard let (undone, restored) = try Library.open().undoCorrection(of: id) else { throw CorrectionError.nothingToUndo(id) }
            output.write(ArticleLoader.printable("undone: “\(Self.opening(undone.text))” — \(undone.summary); now \(restored.map { $0.summary + " (an earlier correction)" } ?? "as the analysis found")") + "\n")
            return
        }
        let query = try corpus.loadQuery()
        guard let place = query.corpus.place(of: id) else { throw CorrectionError.noSuchQuote(id) }
        let analyzed = query.corpus.articles[place.article]
        let quote = analyzed.quotes[place.quote]
        let verdict: Correction.Verdict
        if noSpeaker {
            verdict = .noSpeaker
        } else if notAQuote {
            verdict = .notAQuote
        } else if let person {
            guard let found = query.person(PersonID(rawValue: person)) else { throw CorrectionError.noSuchPerson(person) }
            verdict = .speaker(name: found.name, id: found.id)
        } else {
            let name = speaker ?? ""
            let found = query.people(named: name)
            guard let chosen = found.first else { throw CorrectionError.noSuchPerson(name) }
            guard found.count == 1 else { throw CorrectionError.ambiguousSpeaker(name, candidates: found) }
            verdict = .speaker(name: chosen.name, id: chosen.id)
        }
        let before = Self.speakerText(query.corpus, quote: quote, article: place.article)
        let correction = Correction(quote: id, verdict: verdict, text: quote.text, article: analyzed.article.path)
        let changed = try Library.open().record(correction)
        output.write(ArticleLoader.printable("\(changed ? "corrected" : "already so"): “\(Self.opening(quote.text))” — \(correction.summary) (was \(before))") + "\n")
    }

    /// Who said the quote as it stands: the correction in force, else the analysis's speaker.
    static func speakerText(_ corpus: Corpus, quote: Quote, article: Int) -> String {
        if let correction = corpus.correction(of: quote) { return correction.summary + ", corrected" }
        return corpus.speaker(of: quote, inArticle: article)?.name ?? "no speaker"
    }

    /// The first words of a quote.
    static func opening(_ text: String, words count: Int = 8) -> String {
        let words = text.split(separator: " ")
        return words.prefix(count).joined(separator: " ") + (words.count > count ? "…" : "")
    }
}
