import Foundation
import NewsKit

/// `corrections --json`, and each line of `corrections --export`: one correction in force. `--import`
/// reads the same (`made_at` may be left out).
struct CorrectionRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var quoteId: QuoteID
    /// `speaker`, `no_speaker` or `not_a_quote`.
    var correction: String
    /// For `speaker`: the name chosen and the person's ID then (the name finds them when the ID has changed).
    @Nullable var speaker: String?
    @Nullable var personId: PersonID?
    /// The quote's words and the article it was in when corrected.
    var text: String
    var article: String
    /// ISO 8601.
    @Nullable var madeAt: String?

    init(_ correction: Correction) {
        quoteId = correction.quote
        switch correction.verdict {
        case .speaker(let name, let id):
            self.correction = "speaker"
            (speaker, personId) = (name, id)
        case .noSpeaker: self.correction = "no_speaker"
        case .notAQuote: self.correction = "not_a_quote"
        }
        text = correction.text
        article = correction.article
        madeAt = Self.dates.string(from: correction.madeAt)
    }

    /// The correction the record holds; throws a reason when it holds none this build knows.
    func correctionValue() throws(Unknown) -> Correction {
        guard schema <= 1 else { throw Unknown(reason: "schema \(schema) is from a newer Newsdesk") }
        guard quoteId.rawValue.hasPrefix("q"), quoteId.rawValue.count > 1 else { throw Unknown(reason: "“\(quoteId)” is not a quote_id") }
        let verdict: Correction.Verdict
        switch correction {
        case "speaker":
            guard let speaker, !speaker.isEmpty else { throw Unknown(reason: "a speaker correction with no speaker name") }
            verdict = .speaker(name: speaker, id: personId ?? PersonID(rawValue: ""))
        case "no_speaker": verdict = .noSpeaker
        case "not_a_quote": verdict = .notAQuote
        default: throw Unknown(reason: "unknown correction “\(correction)” (speaker, no_speaker or not_a_quote)")
        }
        return Correction(quote: quoteId, verdict: verdict, text: text, article: article,
                          madeAt: madeAt.flatMap(Self.dates.date(from:)) ?? Date())
    }

    struct Unknown: Error {
        var reason: String
    }

    nonisolated(unsafe) private static let dates = ISO8601DateFormatter()
}
