/// One person across the whole corpus: every article's names for them merged into one identity.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    /// Stable as the corpus grows (see `PersonID`); the display name is not.
    public var id: PersonID
    /// The display name: the fullest form, the spelling most articles use.
    public var name: String
    public var aliases: [String]
    public var roles: [String]
    /// Paths of the articles that mention the person.
    public var articles: [String]
    /// The statements (full and partial quotes) attributed to the person.
    public var quoteCount: Int
}
