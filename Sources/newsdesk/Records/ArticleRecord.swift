import NewsKit

/// `articles --json`: one article as parsed.
struct ArticleRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var path: String
    @Nullable var title: String?
    @Nullable var source: String?
    @Nullable var author: String?
    /// `YYYY-MM-DD`.
    @Nullable var date: String?
    @Nullable var url: String?
    var paragraphs: [String]
    var captions: [String]
    var subheadings: [String]
    var related: [String]

    init(_ article: Article) {
        path = article.path
        title = article.title
        source = article.source
        author = article.author
        date = article.date?.description
        url = article.url
        paragraphs = article.paragraphs.map(\.text)
        captions = article.captions.map(\.text)
        subheadings = article.subheadings.map(\.text)
        related = article.related.map(\.text)
    }
}
