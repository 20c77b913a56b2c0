import Foundation

/// Folds a name for comparison: case, accents, doubled letters and common transliteration endings
/// (`Zelenskyy`, `Zelenskiy` and `Zelensky` give one key; `Sergei` and `Sergey` too).
enum NameKey {
    static func fold(_ word: some StringProtocol) -> String {
        var s = String(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        s = String(s.unicodeScalars.filter { $0.isLetter || $0.isDigit }.map(Character.init))
        for (ending, replacement) in [("iy", "y"), ("ii", "i"), ("ei", "ey")] where s.hasSuffix(ending) && s.count > 3 {
            s = String(s.dropLast(ending.count)) + replacement
        }
        var out = ""
        for c in s where out.last != c { out.append(c) }
        return out
    }

    /// The key of a full name: every word folded.
    static func key(_ name: String) -> String {
        name.split(separator: " ").map(fold).joined(separator: " ")
    }
}
