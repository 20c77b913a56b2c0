/// The words of a quotation that have a letter (separated by spaces), as the quote's kind needs
/// them: how many (counted up to `QuoteWords.enough`) and whether each counted begins with a
/// capital, as a title in quotation marks does (`"Fox News Sunday"`).
struct QuoteWords {
    /// More words than any rule of the kind looks at.
    static let enough = 7

    private(set) var count = 0
    private(set) var allCapitalised = true

    init(_ text: String) {
        // Most quotations are ASCII, where a byte is a character: read as bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var wordStart = true, hasLetter = false, capitalised = false
            for byte in text.utf8 {
                if byte == UInt8(ascii: " ") {
                    if hasLetter { add(capitalised: capitalised) }
                    if count == Self.enough { return }
                    wordStart = true
                    hasLetter = false
                    continue
                }
                if wordStart { capitalised = byte >= 0x41 && byte <= 0x5A }
                wordStart = false
                hasLetter = hasLetter || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            }
            if hasLetter { add(capitalised: capitalised) }
        } else {
            for word in text.split(whereSeparator: { $0 == " " }) where word.contains(where: \.isLetter) {
                add(capitalised: word.first?.isUppercase ?? false)
                if count == Self.enough { return }
            }
        }
    }

    private mutating func add(capitalised: Bool) {
        count += 1
        allCapitalised = allCapitalised && capitalised
    }
}
