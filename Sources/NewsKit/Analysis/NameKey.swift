import Foundation

/// Folds a name for comparison: case, accents, doubled letters and common transliteration endings
/// (`Zelenskyy`, `Zelenskiy` and `Zelensky` give one key; `Sergei` and `Sergey` too).
enum NameKey {
    static func fold(_ word: some StringProtocol) -> String {
        var s: String
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            s = String(decoding: word.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case 0x41...0x5A: return byte | 0x20
                case 0x61...0x7A, 0x30...0x39: return byte
                default: return nil
                }
            }, as: UTF8.self)
        } else {
            s = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            s = String(s.unicodeScalars.filter { $0.isLetter || $0.isDigit }.map(Character.init))
        }
        // й and ий at the end are written -y, -i, -iy, -ii, -yy, -yi, -ij: fold them all to -y.
        for ending in ["iy", "ii", "yy", "yi", "ij", "ei", "i"] where s.hasSuffix(ending) && s.count > 3 {
            s = String(s.dropLast(ending.count)) + (ending == "ei" ? "ey" : "y")
            break
        }
        var out = ""
        for c in s where out.last != c { out.append(c) }
        return out
    }

    /// The given name and the surname a person is known by across articles, folded: a short given name
    /// read as its full form (`Joe` → `joseph`), middle names and initials left out, a suffix after the
    /// surname (`Jr.`, `III`) dropped. Nil for a single name.
    static func firstAndLast(_ words: [some StringProtocol], lexicon: Lexicon = .shared) -> [String]? {
        guard let first = words.first else { return nil }
        return firstAndLast(keys: words.map(fold), firstWord: first, lexicon: lexicon)
    }

    /// The same, from the words already folded (`keys`) and the first word as written.
    static func firstAndLast(keys: [String], firstWord: some StringProtocol, lexicon: Lexicon = .shared) -> [String]? {
        var end = keys.count
        while end > 2, lexicon.word(keys[end - 1], is: .nameSuffix) { end -= 1 }
        guard end >= 2 else { return nil }
        let given = lexicon.fullGivenNames[firstWord.lowercased()].map(fold) ?? keys[0]
        return [given, keys[end - 1]]
    }

    /// The surname of a name of several words: its last word that is no suffix, folded.
    static func surname(_ name: String, lexicon: Lexicon = .shared) -> String? {
        firstAndLast(name.split(separator: " "), lexicon: lexicon)?.last
    }

    /// The key of a full name: every word folded.
    static func key(_ name: String) -> String {
        name.split(separator: " ").map(fold).joined(separator: " ")
    }
}
