/// A word, number, mark or punctuation sign of a block, with its offsets in the block's text.
struct Token: Equatable {
    enum Kind: Equatable { case word, number, punctuation, quote }

    var kind: Kind
    var range: TextRange
    var text: String { didSet { lower = Self.lowercase(text) } }
    /// `text` in lower case (kept, since every rule compares it).
    private(set) var lower: String
    /// A word followed by `'s`/`’s` (kept out of `text`): `Lavrov's`.
    var isPossessive = false
    /// Inside a quotation (the words of a quote, not the reporter's).
    var isQuoted = false

    init(kind: Kind, range: TextRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = Self.lowercase(text)
    }

    var isWord: Bool { kind == .word }

    private static func lowercase(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) else { return text }
        return text.lowercased()
    }
    var isCapitalised: Bool { kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false) }
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.contains(where: \.isLetter)
            && !text.unicodeScalars.contains(where: \.isLowercaseLetter)
    }
    func `is`(_ punctuation: String) -> Bool { kind != .word && text == punctuation }
    var endsSentence: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }
}

extension Collection<Token> {
    /// The text of each word, in order (numbers and punctuation left out), without copying the tokens.
    var wordTexts: [String] { compactMap { $0.isWord ? $0.text : nil } }
}
