/// How corrections (`Correction`) stand over the analysis, for every consumer of the corpus: a quote
/// corrected to a speaker is that person's statement (even a scare quote), one corrected to have no
/// speaker stays unattributed, one that is not a quote is no statement at all.
extension Corpus {
    /// The correction in force for a quote, if any.
    public func correction(of quote: Quote) -> Correction? {
        corrections.isEmpty ? nil : corrections[quote.id]
    }

    /// Whether a quote counts as a statement, corrections considered (see `Quote.isStatement`).
    public func isStatement(_ quote: Quote) -> Bool {
        guard let correction = correction(of: quote) else { return quote.isStatement }
        switch correction.verdict {
        case .speaker: return true
        case .noSpeaker: return quote.isStatement
        case .notAQuote: return false
        }
    }

    /// Where the quote with this ID is: the article's index and the quote's; nil when no article has it.
    public func place(of id: QuoteID) -> (article: Int, quote: Int)? {
        for (a, analyzed) in articles.enumerated() {
            if let q = analyzed.quotes.firstIndex(where: { $0.id == id }) { return (a, q) }
        }
        return nil
    }

    /// A name as names are compared: case, accents and punctuation folded as search folds them.
    static func fold(_ name: String) -> String {
        SearchText.words(name).joined(separator: " ")
    }

    /// Each folded name and alias to the first person (an index of `people`) who has it, names before aliases.
    static func namesIndex(_ people: [Person]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (p, person) in people.enumerated() where index[fold(person.name)] == nil { index[fold(person.name)] = p }
        for (p, person) in people.enumerated() {
            for alias in person.aliases where index[fold(alias)] == nil { index[fold(alias)] = p }
        }
        return index
    }
}
