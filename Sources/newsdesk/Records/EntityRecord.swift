import NewsKit

/// `entities --json`: one name in an article.
struct EntityRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var article: String
    var text: String
    /// PER, ORG, LOC or MISC.
    var type: String
    /// Unicode scalar offsets in the file's text.
    var start: Int
    var end: Int
    /// For a person's name, who it refers to.
    @Nullable var personId: PersonID?

    init(_ mention: Mention, inArticle index: Int, of corpus: Corpus) {
        let article = corpus.articles[index].article
        let place = article.blocks[mention.block].fileRange(of: mention.range)
        self.article = article.path
        text = mention.text
        type = mention.kind.rawValue
        start = place.start
        end = place.end
        personId = corpus.person(of: mention, inArticle: index)?.id
    }
}
