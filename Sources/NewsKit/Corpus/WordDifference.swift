/// Where the wordings of one statement differ, word by word: a word of one wording is a difference
/// when no other wording has it at that place (a longest common subsequence of folded words per pair,
/// so case, accents, curly or straight marks and punctuation are no difference, `[Donald]` is).
public enum WordDifference {
    /// A word as it stands in the text: its scalar range and its folded form (empty for punctuation
    /// alone, such as an ellipsis, which is never a difference).
    struct Word {
        var range: Range<Int>
        var key: String
    }

    /// The most other wordings each one is compared with: a statement a wire service spread to
    /// thousands of articles has few distinct wordings, and the first ones tell the differences.
    static let comparedWordings = 64

    /// For each wording, the ranges (Unicode scalar offsets into it) of its words that no other has.
    /// Copies of one text are one wording: compared once, and no difference to each other.
    public static func differences(among wordings: [String]) -> [[Range<Int>]] {
        var distinct: [String] = [], indexOf: [String: Int] = [:]
        for text in wordings where indexOf[text] == nil {
            indexOf[text] = distinct.count
            distinct.append(text)
        }
        let words = distinct.map(Self.words)
        let others = words.indices.prefix(comparedWordings + 1)
        let marked: [[Range<Int>]] = words.indices.map { w in
            var matched = [Bool](repeating: false, count: words[w].count)
            for other in others.filter({ $0 != w }).prefix(comparedWordings) {
                for i in alignedWords(words[w], words[other]) { matched[i] = true }
            }
            return words[w].indices.filter { !matched[$0] && !words[w][$0].key.isEmpty }.map { words[w][$0].range }
        }
        return wordings.map { marked[indexOf[$0]!] }
    }

    /// The words of a text, split at white space.
    static func words(_ text: String) -> [Word] {
        var found: [Word] = []
        var start: Int?
        var offset = 0
        var scalars = String.UnicodeScalarView()
        func end() {
            if let begin = start {
                found.append(Word(range: begin..<offset, key: SearchText.words(String(scalars)).joined(separator: " ")))
            }
            start = nil
            scalars.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { end() } else {
                if start == nil { start = offset }
                scalars.append(scalar)
            }
            offset += 1
        }
        end()
        return found
    }

    /// The indices of `a`'s words in a longest common subsequence with `b` (by folded word). Quotes
    /// are short; a very long one is compared on its first 500 words.
    static func alignedWords(_ a: [Word], _ b: [Word]) -> [Int] {
        let a = a.prefix(500), b = b.prefix(500)
        guard !a.isEmpty, !b.isEmpty else { return [] }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = !a[i].key.isEmpty && a[i].key == b[j].key ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var aligned: [Int] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if !a[i].key.isEmpty && a[i].key == b[j].key {
                aligned.append(i); i += 1; j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return aligned
    }
}
