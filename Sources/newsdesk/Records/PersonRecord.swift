import NewsKit

/// `people --json`: one person across the corpus.
struct PersonRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var personId: PersonID
    var name: String
    var aliases: [String]
    var roles: [String]
    /// Statements (full and partial quotes) in the articles listed.
    var quotes: Int
    /// Paths of the articles that name the person.
    var articles: [String]

    init(_ person: Person, statements: Int) {
        personId = person.id
        name = person.name
        aliases = person.aliases
        roles = person.roles
        quotes = statements
        articles = person.articles
    }
}
