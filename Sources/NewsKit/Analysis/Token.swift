/// A word, number, mark or punctuation sign of a block, with its offsets in the block's text.
struct Token: Equatable {
    enum Kind: Equatable { case word, number, punctuation, quote }

    var kind: Kind
    var range: TextRange
    var text: String {
        didSet {
            lower = Self.lowercase(text)
            isCapitalised = Self.isCapitalised(text, kind: kind)
        }
    }
    /// `text` in lower case (kept, since every rule compares it).
    private(set) var lower: String
    /// A word that begins with a capital letter (kept: every rule about names asks).
    private(set) var isCapitalised: Bool
    /// A word followed by `'s`/`’s` (kept out of `text`): `Lavrov's`.
    var isPossessive = false
    /// Inside a quotation (the words of a quote, not the reporter's).
    var isQuoted = false
    /// The word classes (`Lexicon.WordClass`) of `lower`, one bit each: looked up once, when the
    /// tokenizer makes the token, since the rules ask about every token.
    var wordClasses = Lexicon.WordClasses()

    init(kind: Kind, range: TextRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.lower = Self.lowercase(text)
        self.isCapitalised = Self.isCapitalised(text, kind: kind)
    }

    /// Whether the word (in lower case) is of the class.
    func `is`(_ wordClass: Lexicon.WordClass) -> Bool { wordClasses.contains(wordClass) }

    var isWord: Bool { kind == .word }

    private static func lowercase(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) else { return text }
        return text.lowercased()
    }
    private static func isCapitalised(_ text: String, kind: Kind) -> Bool {
        kind == .word && (text.unicodeScalars.first?.isUppercaseLetter ?? false)
    }
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
