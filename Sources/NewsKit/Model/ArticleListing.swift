/// How an article is shown in plain listings: one readable line.
public enum ArticleListing {
    /// `2025-09-24  Egypt Daily News      Headline …  14 ¶  path`
    public static func line(for article: Article) -> String {
        let date = article.date?.description ?? "----------"
        let outlet = padded(ArticleLoader.printable(OutletFilter.outlet(of: article)), to: 22)
        let title = ArticleLoader.printable(article.title ?? "[no headline] " + openingWords(of: article))
        let count = article.paragraphs.count
        return "\(date)  \(outlet)  \(title)  (\(count) paragraph\(count == 1 ? "" : "s"))  \(ArticleLoader.printable(article.path))"
    }

    /// The first words of the body, for an article without a headline.
    public static func openingWords(of article: Article, limit: Int = 10) -> String {
        let words = (article.paragraphs.first?.text ?? "").split(separator: " ")
        return words.prefix(limit).joined(separator: " ") + (words.count > limit ? " …" : "")
    }

    private static func padded(_ text: String, to width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + "…" : text + String(repeating: " ", count: width - text.count)
    }
}
