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
    /// The most wordings read to find those: a statement of 50,000 copies of a few wordings is not
    /// read to its end (which would cost more than comparing the rows a screen shows).
    static let readWordings = 1_000

    /// For each wording, the ranges (Unicode scalar offsets into it) of its words that no other has.
    /// Copies of one text are one wording: compared once, and no difference to each other.
    public static func differences(among wordings: [String]) -> [[Range<Int>]] {
        let comparison = Comparison(wordings)
        var marked: [String: [Range<Int>]] = [:]
        return wordings.map { text in
            if let known = marked[text] { return known }
            let found = comparison.differences(of: text)
            marked[text] = found
            return found
        }
    }

    /// The wordings each wording of one statement is compared with: its first distinct wordings, in
    /// the order given, split into words once. Making it reads the first `readWordings` wordings (and
    /// on, past copies of the first, only until a second wording turns up), and the differences of one
    /// wording cost the same however many wordings the statement has: a screen works out those of the
    /// rows it shows, as it shows them.
    public struct Comparison: Sendable {
        /// The first `comparedWordings + 1` distinct wordings read (each is compared with the others),
        /// each word as the number of its folded form in `numbers`.
        let references: [(text: String, words: [Int])]
        /// A number for each folded word of the references: words are compared as numbers.
        let numbers: [String: Int]

        public init(_ wordings: some Sequence<String>) {
            var texts: [String] = [], seen = Set<String>()
            for (read, text) in wordings.enumerated() {
                if texts.count == 1, text == texts[0] { continue }
                if read >= readWordings, texts.count > 1 { break }
                guard seen.insert(text).inserted else { continue }
                texts.append(text)
                if texts.count > comparedWordings { break }
            }
            var numbers: [String: Int] = [:]
            references = texts.map { text in
                (text, WordDifference.words(text).map { word in
                    if word.key.isEmpty { return Comparison.punctuation }
                    if let known = numbers[word.key] { return known }
                    numbers[word.key] = numbers.count
                    return numbers.count - 1
                })
            }
            self.numbers = numbers
        }

        /// The number of punctuation alone, which matches nothing; a word no reference has is
        /// `unknown`, which matches nothing either.
        static let punctuation = -1, unknown = -2

        /// The ranges (Unicode scalar offsets) of the words of `text`, one of the wordings, that none
        /// of the others compared has at that place.
        public func differences(of text: String) -> [Range<Int>] {
            let words = WordDifference.words(text)
            let numbered = words.map { $0.key.isEmpty ? Self.punctuation : numbers[$0.key] ?? Self.unknown }
            var matched = [Bool](repeating: false, count: words.count)
            for other in references.lazy.filter({ $0.text != text }).prefix(comparedWordings) {
                for i in alignedWords(numbered, other.words) { matched[i] = true }
            }
            return words.indices.filter { !matched[$0] && numbered[$0] != Self.punctuation }.map { words[$0].range }
        }
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

    /// The indices of `a`'s words in a longest common subsequence with `b`, words given as numbers
    /// (negative ones match nothing). Quotes are short; a very long one is compared on its first 500
    /// words.
    static func alignedWords(_ a: [Int], _ b: [Int]) -> [Int] {
        let a = a.prefix(500), b = b.prefix(500)
        guard !a.isEmpty, !b.isEmpty else { return [] }
        // lengths[i * width + j]: the longest common subsequence of a[i...] and b[j...].
        let width = b.count + 1
        var lengths = [Int](repeating: 0, count: (a.count + 1) * width)
        func same(_ i: Int, _ j: Int) -> Bool { a[i] >= 0 && a[i] == b[j] }
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = same(i, j) ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var aligned: [Int] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if same(i, j) {
                aligned.append(i); i += 1; j += 1
            } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return aligned
    }
}
