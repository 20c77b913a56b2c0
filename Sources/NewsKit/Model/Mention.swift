/// A name in an article: a person, organisation, place or other named thing (a nationality, an event).
public struct Mention: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person = "PER", organization = "ORG", place = "LOC", misc = "MISC"
    }

    public var kind: Kind
    /// The index of the block (in `Article.blocks`) the mention is in.
    public var block: Int
    /// The name's offsets in the block's text (titles and a possessive `'s` left out).
    public var range: TextRange
    public var text: String
    /// For a person, the title or role written before the name: `President`, `State Department spokesman`.
    public var role: String?
    /// For a person, which of the article's people (`AnalyzedArticle.people`) the name refers to.
    public var person: ArticlePerson.ID?

    public init(kind: Kind, block: Int, range: TextRange, text: String, role: String? = nil, person: ArticlePerson.ID? = nil) {
        self.person = person
        self.kind = kind
        self.block = block
        self.range = range
        self.text = text
        self.role = role
    }
}
