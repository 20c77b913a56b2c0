import Foundation

/// Folds a name for comparison: case, accents, doubled letters and common transliteration endings
/// (`Zelenskyy`, `Zelenskiy` and `Zelensky` give one key; `Sergei` and `Sergey` too).
enum NameKey {
    static func fold(_ word: some StringProtocol) -> String {
        foldASCII(word.utf8) ?? foldUnicode(word)
    }

    /// `fold` for any word, through Foundation's folding of case and accents.
    static func foldUnicode(_ word: some StringProtocol) -> String {
        var s = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        s = String(s.unicodeScalars.filter { $0.isLetter || $0.isDigit }.map(Character.init))
        for (ending, replacement) in endings where s.hasSuffix(ending) && s.count > 3 {
            s = String(s.dropLast(ending.count)) + replacement
            break
        }
        var out = ""
        for c in s where out.last != c { out.append(c) }
        return out
    }

    /// й and ий at the end are written -y, -i, -iy, -ii, -yy, -yi, -ij: each ending (the first that
    /// fits, in this order) and what it folds to.
    private static let endings: [(ending: String, replacement: String)] = [
        ("iy", "y"), ("ii", "y"), ("yy", "y"), ("yi", "y"), ("ij", "y"), ("ei", "ey"), ("i", "y"),
    ]
    private static let asciiEndings: [(ending: [UInt8], replacement: [UInt8])] = endings.map { (Array($0.utf8), Array($1.utf8)) }

    /// `fold` for a word in ASCII, in one buffer and one string (names are folded for every mention);
    /// nil for any other word. The same steps: letters and digits in lower case, the ending, doubled
    /// letters once.
    private static func foldASCII(_ utf8: some Collection<UInt8>) -> String? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        // No ending makes a word longer, so the word's length is room enough.
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0
            for byte in utf8 {
                switch byte {
                case 0x41...0x5A: buffer[n] = byte | 0x20; n += 1
                case 0x61...0x7A, 0x30...0x39: buffer[n] = byte; n += 1
                default: break
                }
            }
            if n > 3 {
                for (ending, replacement) in asciiEndings where buffer[(n - ending.count)..<n].elementsEqual(ending) {
                    n -= ending.count
                    for byte in replacement { buffer[n] = byte; n += 1 }
                    break
                }
            }
            var length = 0
            for k in 0..<n where length == 0 || buffer[length - 1] != buffer[k] {
                buffer[length] = buffer[k]
                length += 1
            }
            return length
        }
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
