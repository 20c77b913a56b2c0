/// Splits a block's text into tokens in one pass: words (with inner apostrophes, hyphens and the dots
/// of abbreviations such as `U.S.`), numbers, quotation marks and other punctuation. A possessive `'s`
/// is folded into the word before it.
struct Tokenizer {
    static func tokens(in s: [Unicode.Scalar], quoted: [TextRange] = [], lexicon: Lexicon = .shared) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        var quoteIndex = 0
        func text(_ a: Int, _ b: Int) -> String { String(scalars: s[a..<b]) }
        while i < n {
            let c = s[i]
            if c.isHorizontalSpace || c.isLineBreak { i += 1; continue }
            let start = i
            var token: Token
            if c.isLetter || c.isDigit {
                var j = i + 1
                var hasLetter = c.isLetter
                while j < n {
                    let d = s[j]
                    // (No nonspacing mark comes before U+0300: most scalars are not looked up.)
                    if d.isLetter || d.isDigit || d.value >= 0x300 && d.properties.generalCategory == .nonspacingMark {
                        hasLetter = hasLetter || d.isLetter
                        j += 1
                    } else if (d == "'" || d == "\u{2019}" || d.isDash && d != "\u{2014}" && d != "\u{2013}" || d == "&"),
                              j + 1 < n, s[j + 1].isLetter || s[j + 1].isDigit {
                        // doesn't, Russia-Ukraine, AT&T — but stop before a possessive 's.
                        if d == "'" || d == "\u{2019}", s[j + 1] == "s" || s[j + 1] == "S",
                           j + 2 >= n || !(s[j + 2].isLetter || s[j + 2].isDigit) { break }
                        j += 1
                    } else if (d == "." || d == ","), hasLetter == false, j + 1 < n, s[j + 1].isDigit {
                        j += 1 // 2,000 and 3.5
                    } else if d == ".", hasLetter, j + 1 < n, s[j + 1].isLetter, j + 2 < n, s[j + 2] == "." || j + 2 == n {
                        j += 1 // U.S.  a.m.
                    } else {
                        break
                    }
                }
                token = Token(kind: hasLetter ? .word : .number, range: TextRange(start: i, end: j), text: text(i, j))
                // The period of an abbreviation or an initial belongs to the word.
                if j < n, s[j] == ".", hasLetter {
                    let withDot = token.lower + "."
                    let next: Unicode.Scalar? = j + 1 < n ? s[j + 1] : nil
                    if lexicon.abbreviations.contains(withDot) || (token.text.count == 1 && c.isUppercaseLetter)
                        || token.text.utf8.contains(UInt8(ascii: ".")) && token.text.contains(".") || next == "," || next == ")" || next == ";" {
                        j += 1
                        token.text += "."
                        token.range.end = j
                    }
                }
                if j + 1 < n, s[j] == "'" || s[j] == "\u{2019}", s[j + 1] == "s" || s[j + 1] == "S",
                   j + 2 >= n || !(s[j + 2].isLetter || s[j + 2].isDigit) {
                    token.isPossessive = true
                    j += 2
                }
                i = j
            } else {
                i += 1
                if c == ".", i + 1 < n, s[i] == ".", s[i + 1] == "." {
                    i += 2
                    token = Token(kind: .punctuation, range: TextRange(start: start, end: i), text: "…")
                } else {
                    token = Token(kind: c.isQuotationMark ? .quote : .punctuation,
                                  range: TextRange(start: start, end: i), text: String(Character(c)))
                }
            }
            while quoteIndex < quoted.count, quoted[quoteIndex].end <= start { quoteIndex += 1 }
            if quoteIndex < quoted.count, quoted[quoteIndex].start <= start, start < quoted[quoteIndex].end {
                token.isQuoted = true
            }
            if token.kind == .word { token.wordClasses = lexicon.classes(of: token.lower) }
            tokens.append(token)
        }
        return tokens
    }
}
