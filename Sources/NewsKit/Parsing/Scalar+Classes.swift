/// Character classes the parser and the analysis share.
extension Unicode.Scalar {
    /// Horizontal white space, including the no-break space and a stray byte-order mark.
    var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }

    /// C0 and C1 controls and DEL, other than tab and line breaks: never part of displayed text.
    var isControl: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// The bidirectional formatting characters (marks, embeddings, overrides, isolates): invisible, they
    /// reorder the text around them, so that a file name or a line of output can show other than it is.
    var isBidiControl: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Any mark that can open or close a quotation: straight and curly, single and double, « » ‹ › „ ‚.
    var isQuotationMark: Bool {
        switch value {
        case 0x22, 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
             0xAB, 0xBB, 0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0x275D, 0x275E:
            return true
        default: return false
        }
    }

    /// Marks that end a sentence.
    var isSentenceTerminator: Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
    }

    /// Marks that may follow a sentence terminator and still belong to the sentence: closing quotes
    /// and brackets.
    var isClosingPunctuation: Bool {
        isQuotationMark || value == 0x29 || value == 0x5D || value == 0x7D
    }

    // ASCII first: the Unicode property tables are slow, and most news text is ASCII.
    var isUppercaseLetter: Bool { value < 0x80 ? (value >= 0x41 && value <= 0x5A) : properties.isUppercase }
    var isLowercaseLetter: Bool { value < 0x80 ? (value >= 0x61 && value <= 0x7A) : properties.isLowercase }
    var isLetter: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// Hyphen-minus and the dashes used between words.
    var isDash: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 || value == 0x2012 || value == 0x2013 || value == 0x2014 || value == 0x2015 }
}

extension Substring {
    /// The text with horizontal white space removed from both ends.
    var trimmedOfSpaces: Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].isHorizontalSpace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isHorizontalSpace { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }

    /// The words separated by white space.
    var words: [Substring] {
        split(whereSeparator: { $0.unicodeScalars.allSatisfy { $0.isHorizontalSpace } })
    }

    /// Whether the text ends a sentence: `.`, `!`, `?` or `…`, possibly followed by closing quotes or
    /// brackets.
    var endsSentence: Bool {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.isClosingPunctuation { scalars = scalars.dropLast() }
        return scalars.last?.isSentenceTerminator ?? false
    }

    /// Whether the first word starts with a capital letter.
    var startsCapitalised: Bool {
        unicodeScalars.first(where: { !$0.isQuotationMark })?.isUppercaseLetter ?? false
    }
}

extension String {
    /// A string of the given scalars, built straight from UTF-8 (much faster than appending scalars
    /// to a `UnicodeScalarView` one by one).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for s in scalars { byteCount += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for s in scalars {
                if s.value < 0x80 {
                    buffer[i] = UInt8(s.value)
                    i += 1
                } else {
                    for unit in UTF8.encode(s)! {
                        buffer[i] = unit
                        i += 1
                    }
                }
            }
            return i
        }
    }
}

extension Substring {
    /// The first occurrence of `needle`, compared byte for byte (no Foundation, no locale).
    func range(ofText needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let view = utf8
        var i = view.startIndex
        while i != view.endIndex {
            if view[i] == first {
                var j = view.index(after: i), k = 1
                while k < pattern.count, j != view.endIndex, view[j] == pattern[k] {
                    j = view.index(after: j)
                    k += 1
                }
                if k == pattern.count { return i..<j }
            }
            i = view.index(after: i)
        }
        return nil
    }

    func containsText(_ needle: String) -> Bool {
        range(ofText: needle) != nil
    }
}
