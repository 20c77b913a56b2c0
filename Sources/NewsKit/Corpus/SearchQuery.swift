/// A search as the user types it, read into its terms: words (each must be somewhere in the article,
/// as a word or the start of one), `"quoted phrases"` (these words one after the other), `-word`
/// (articles with the word are left out), `speaker:NAME` (articles where someone of that name is quoted)
/// and `outlet:NAME` (articles of an outlet of that name); a name may be quoted (`speaker:"Marco Rubio"`).
/// Words are folded as the full-text index folds them (`SearchText.fold`): case and accents ignored.
public struct SearchQuery: Hashable, Sendable {
    /// Folded words that must each start a word of the article.
    public var words: [String] = []
    /// Folded phrases: each a run of words that must follow one another.
    public var phrases: [[String]] = []
    /// Folded words whose articles are left out.
    public var excluded: [String] = []
    /// Folded names: the article quotes someone with each of these in a name of theirs.
    public var speakers: [String] = []
    /// Folded names: the article's outlet has each of these in its name.
    public var outlets: [String] = []

    public init(_ text: String) {
        var scanner = Scanner(text)
        while let term = scanner.readTerm() {
            switch term {
            case .word(let raw, excluded: false):
                // "Russia's" is two words to the index: then it is a phrase.
                let tokens = SearchText.words(raw)
                if tokens.count == 1 { words += tokens } else if tokens.count > 1 { phrases.append(tokens) }
            case .word(let raw, excluded: true):
                excluded += SearchText.words(raw)
            case .phrase(let raw, let isExcluded):
                let tokens = SearchText.words(raw)
                if isExcluded { excluded += tokens } else if tokens.count == 1 { words += tokens } else if !tokens.isEmpty { phrases.append(tokens) }
            case .field(let name, let value):
                let folded = SearchText.words(value).joined(separator: " ")
                guard !folded.isEmpty else { continue }
                if name == "speaker" { speakers.append(folded) } else { outlets.append(folded) }
            }
        }
    }

    /// Nothing to look for.
    public var isEmpty: Bool {
        words.isEmpty && phrases.isEmpty && excluded.isEmpty && speakers.isEmpty && outlets.isEmpty
    }

    /// Whether the query has words or phrases the index can look for (else it lists by its other terms).
    public var hasText: Bool { !words.isEmpty || !phrases.isEmpty }

    /// The FTS5 query for the index: every word (as a prefix) and phrase, AND, NOT each excluded word.
    /// Nil when there is nothing positive to ask it.
    public var ftsQuery: String? {
        guard hasText else { return nil }
        let positive = words.map { "\"\($0)\"*" } + phrases.map { "\"\($0.joined(separator: " "))\"" }
        var query = positive.joined(separator: " AND ")
        if !excluded.isEmpty { query = "(\(query)) NOT (\(excluded.map { "\"\($0)\"" }.joined(separator: " OR ")))" }
        return query
    }

    /// The words and phrases to mark in a text.
    public var highlights: (words: [String], phrases: [[String]]) { (words, phrases) }

    // MARK: Reading the query

    private enum Term {
        case word(String, excluded: Bool)
        case phrase(String, excluded: Bool)
        case field(String, String)
    }

    /// Reads terms off the query: a small scanner with verbs (skip spaces, read a word, read quoted).
    private struct Scanner {
        var rest: Substring
        init(_ text: String) { rest = Substring(text) }

        static let quotes: Set<Character> = ["\"", "“", "”", "„", "«", "»"]

        mutating func skipSpaces() {
            rest = rest.drop { $0.isWhitespace }
        }

        /// Up to the next space (not taking a quote).
        mutating func readBare() -> Substring {
            let word = rest.prefix { !$0.isWhitespace && !Self.quotes.contains($0) }
            rest = rest.dropFirst(word.count)
            return word
        }

        /// After an opening quote: up to the closing one (or the end).
        mutating func readQuoted() -> Substring {
            rest = rest.dropFirst()
            let inside = rest.prefix { !Self.quotes.contains($0) }
            rest = rest.dropFirst(inside.count)
            if !rest.isEmpty { rest = rest.dropFirst() }
            return inside
        }

        mutating func readTerm() -> Term? {
            while true {
                skipSpaces()
                guard let first = rest.first else { return nil }
                if Self.quotes.contains(first) {
                    return .phrase(String(readQuoted()), excluded: false)
                }
                var excluded = false
                if first == "-", rest.count > 1, !rest.dropFirst().first!.isWhitespace {
                    excluded = true
                    rest = rest.dropFirst()
                    if let next = rest.first, Self.quotes.contains(next) { return .phrase(String(readQuoted()), excluded: true) }
                }
                let word = readBare()
                if !excluded, let colon = word.firstIndex(of: ":") {
                    let name = word[..<colon].lowercased()
                    if name == "speaker" || name == "outlet" || name == "source" {
                        let field = name == "speaker" ? "speaker" : "outlet"
                        var value = String(word[word.index(after: colon)...])
                        if value.isEmpty, let next = rest.first, Self.quotes.contains(next) { value = String(readQuoted()) }
                        return .field(field, value)
                    }
                }
                if word.isEmpty {
                    // A lone quote mark or dash: skip it.
                    rest = rest.dropFirst()
                    continue
                }
                return .word(String(word), excluded: excluded)
            }
        }
    }
}
