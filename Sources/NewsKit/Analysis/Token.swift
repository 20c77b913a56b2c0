/// A word, number, mark or punctuation sign of a block, with its offsets in the block's text.
struct Token: Equatable {
    enum Kind: Equatable { case word, number, punctuation, quote }

    var kind: Kind
    var range: TextRange
    var text: String
    /// A word followed by `'s`/`’s` (kept out of `text`): `Lavrov's`.
    var isPossessive = false
    /// Inside a quotation (the words of a quote, not the reporter's).
    var isQuoted = false

    var isWord: Bool { kind == .word }
    var lower: String { text.lowercased() }
    var isCapitalised: Bool { kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains(where: \.isLetter)
            && !text.unicodeScalars.contains(where: \.isLowercaseLetter)
    }
    func `is`(_ punctuation: String) -> Bool { kind != .word && text == punctuation }
    var endsSentence: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }
}
