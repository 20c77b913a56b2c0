/// A typed identity: `PersonID` and `QuoteID` are both strings underneath but cannot be mixed up,
/// and neither is a display name. Encoded as its bare string.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A person's identity across a corpus: derived from the name that groups the person's forms (the
/// folded given name and surname, or a single name standing alone), so the same corpus read twice or
/// in another order gives the same IDs, and adding articles leaves the IDs of people already there as
/// they were. When a person known by a single name turns out to be a fully named one, the old ID
/// still resolves (`Corpus.person(_:)`).
public typealias PersonID = Identifier<Person>

/// A quote's identity: the same for the same words at the same place of an unchanged article text,
/// whatever file holds it and whichever analyser found it (it depends on no speaker and no kind). Two
/// files with the same text share their quotes' IDs.
public typealias QuoteID = Identifier<Quote>

/// A story's identity (articles of several outlets about one event): derived from the path of its
/// first article (by date, then path), so it stays while later coverage joins the story.
public typealias StoryID = Identifier<Story>

extension Identifier where Subject == Person {
    /// The ID of the person grouped under `key` (a folded name, see `NameKey`).
    init(groupKey key: String) {
        self.init(rawValue: "p" + StableHash(key).hex.prefix(12))
    }
}

extension Identifier where Subject == Quote {
    /// The ID of the `occurrence`-th quote (from 0) with these words in an article whose text hashes
    /// to `fingerprint`.
    init(articleText fingerprint: UInt64, words: String, occurrence: Int) {
        self.init(article: Self.articleHash(fingerprint), words: words, occurrence: occurrence)
    }

    /// The hash the IDs of an article's quotes start from (its text's fingerprint), made once for all of them.
    static func articleHash(_ fingerprint: UInt64) -> StableHash {
        var hash = StableHash()
        hash.combine(String(fingerprint, radix: 16))
        return hash
    }

    /// The same ID, from `articleHash` of the article's text fingerprint.
    init(article: StableHash, words: String, occurrence: Int) {
        var hash = article
        hash.combine(words)
        hash.combine(occurrence)
        self.init(rawValue: hash.hex(after: "q"))
    }
}

extension Identifier where Subject == Story {
    /// The ID (`t` for a story's topic; `s` is a statement's) of the story whose first article (by date, then path) is at `path`.
    init(firstArticle path: String) {
        self.init(rawValue: "t" + StableHash(path).hex.prefix(12))
    }
}

/// A statement's identity across a corpus: one statement as several articles and outlets word it
/// (`StatementGroups`). Derived from the smallest `QuoteID` of its wordings, so it stays the same
/// while that quote stays in the group, whatever order the articles are read in.
public typealias StatementID = Identifier<StatementGroups.Group>

extension Identifier where Subject == StatementGroups.Group {
    /// The ID of the statement whose smallest quote ID is `quote`.
    init(firstQuote quote: QuoteID) {
        self.init(rawValue: "s" + StableHash(quote.rawValue).hex.prefix(12))
    }
}
