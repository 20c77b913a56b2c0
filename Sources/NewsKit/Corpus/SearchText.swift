import Foundation

/// A text as search sees it: its words, folded as the full-text index folds them (`unicode61
/// remove_diacritics 2`: letters and digits make words, everything else separates them; case and
/// accents are dropped), each with its range in the original text (Unicode scalar offsets).
public struct SearchText: Sendable {
    /// Every folded scalar of the words, one after the other.
    private var folded: [Unicode.Scalar] = []
    /// Each word: its folded scalars (a range of `folded`) and its range in the original text.
    public private(set) var words: [(folded: Range<Int>, original: Range<Int>)] = []

    public init(_ text: String) {
        var offset = 0
        var wordStart: Int?, foldedStart = 0
        func end(at offset: Int) {
            if let start = wordStart { words.append((foldedStart..<folded.count, start..<offset)) }
            wordStart = nil
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            if scalar.isASCII {
                let v = scalar.value
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    if wordStart == nil { (wordStart, foldedStart) = (offset, folded.count) }
                    folded.append(scalar)
                } else if v >= 0x41 && v <= 0x5A {
                    if wordStart == nil { (wordStart, foldedStart) = (offset, folded.count) }
                    folded.append(Unicode.Scalar(v + 0x20)!)
                } else {
                    end(at: offset)
                }
                continue
            }
            let kind = Self.kind(of: scalar)
            switch kind {
            case .separator: end(at: offset)
            case .mark: continue // a combining accent belongs to the word it follows, and is dropped
            case .letter:
                if wordStart == nil { (wordStart, foldedStart) = (offset, folded.count) }
                folded += Self.fold(scalar)
            }
        }
        end(at: offset)
    }

    private enum Kind { case letter, mark, separator }

    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        default:
            return .separator
        }
    }

    /// A letter without its accents, in lower case: `É` → `e`, `ß` stays.
    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let lowered = scalar.properties.lowercaseMapping
        return lowered.decomposedStringWithCanonicalMapping.unicodeScalars.filter { kind(of: $0) != .mark }
    }

    /// The folded words of a text, as strings.
    public static func words(_ text: String) -> [String] {
        let text = SearchText(text)
        return text.words.map { text.word(at: $0.folded) }
    }

    func word(at range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: folded[range])
        return String(out)
    }

    /// Whether word `index` starts with (or, `whole`, is) the folded `word`.
    func word(_ index: Int, matches word: [Unicode.Scalar], whole: Bool) -> Bool {
        let range = words[index].folded
        guard range.count >= word.count, !whole || range.count == word.count else { return false }
        return folded[range.lowerBound..<(range.lowerBound + word.count)].elementsEqual(word)
    }

    /// Where the query's words and phrases are in this text: each word that starts with a query word,
    /// each run of words that is a query phrase (ranges in the original text, in order).
    public func ranges(of query: SearchQuery) -> [Range<Int>] {
        let words = query.words.map { Array($0.unicodeScalars) }
        let phrases = query.phrases.map { $0.map { Array($0.unicodeScalars) } }
        var found: [Range<Int>] = []
        var i = 0
        scan: while i < self.words.count {
            for phrase in phrases where i + phrase.count <= self.words.count {
                if phrase.indices.allSatisfy({ self.word(i + $0, matches: phrase[$0], whole: true) }) {
                    found.append(self.words[i].original.lowerBound..<self.words[i + phrase.count - 1].original.upperBound)
                    i += phrase.count
                    continue scan
                }
            }
            if words.contains(where: { self.word(i, matches: $0, whole: false) }) {
                found.append(self.words[i].original)
            }
            i += 1
        }
        return found
    }

    /// Which of the query's words and phrases this text has (by index: words first, then phrases),
    /// and whether it has an excluded word.
    func presence(of query: SearchQuery) -> (found: Set<Int>, excluded: Bool) {
        let words = query.words.map { Array($0.unicodeScalars) }
        let phrases = query.phrases.map { $0.map { Array($0.unicodeScalars) } }
        let excluded = query.excluded.map { Array($0.unicodeScalars) }
        var found = Set<Int>()
        for i in self.words.indices {
            for (n, word) in words.enumerated() where !found.contains(n) && self.word(i, matches: word, whole: false) {
                found.insert(n)
            }
            for (n, phrase) in phrases.enumerated() where !found.contains(words.count + n) && i + phrase.count <= self.words.count {
                if phrase.indices.allSatisfy({ self.word(i + $0, matches: phrase[$0], whole: true) }) { found.insert(words.count + n) }
            }
            if excluded.contains(where: { self.word(i, matches: $0, whole: true) }) { return (found, true) }
        }
        return (found, false)
    }
}
