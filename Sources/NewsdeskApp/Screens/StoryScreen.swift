import NewsKit
import TerminalUI

/// One story: each outlet's article about the same event, by date, with the story's title, dates and
/// outlets above; the outlet filter applied. Enter reads an article (J and K step through the story).
public struct StoryScreen: Screen {
    /// The article it was opened from: the story is found again through it when a fuller corpus
    /// regroups the stories.
    public let article: Int
    var list = ListState()

    /// The story of `article`.
    public init(article: Int) {
        self.article = article
    }

    public var title: String { "Story" }

    public var keyHelp: [(command: Command, meaning: String)] {
        [(.open, "read the article"), (.openURL, "open the article's address"), (.toggleRead, "mark the article read or unread")]
    }

    private func story(_ library: CorpusQuery) -> Story? {
        library.story(ofArticle: article)
    }

    public func selectedArticle(in library: CorpusQuery) -> Int? {
        guard let articles = story(library)?.articles, articles.indices.contains(list.selected) else { return nil }
        return articles[list.selected]
    }

    public func status(in library: CorpusQuery) -> String {
        let count = story(library)?.articles.count ?? 0
        return "\(count == 0 ? 0 : list.selected + 1)/\(count) articles · Enter read · J K step through the story in the Reader · Esc back"
    }

    /// Rows above the articles: the title, dates and outlets.
    private static let headerHeight = 4

    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(headerHeight))
    }

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        guard let story = story(library) else {
            frame.put("This article is in no story: no other outlet's article about the same event was found.",
                      x: area.x + 1, y: area.y, style: theme.dim, limit: area.width - 2)
            return
        }
        frame.put(ArticlesScreen.clip("◆ " + story.title, area.width - 2), x: area.x + 1, y: area.y, style: theme.title)
        let summary = "\(story.articles.count) articles · \(story.outlets.count) outlets · \(story.dateSpan)"
        frame.put(ArticlesScreen.clip(summary, area.width - 2), x: area.x + 1, y: area.y + 1, style: theme.dim)
        frame.put(ArticlesScreen.clip(story.outlets.joined(separator: " · "), area.width - 2), x: area.x + 1, y: area.y + 2, style: theme.dim)
        let outletWidth = min(20, max(8, area.width / 5))
        Self.listView(in: area).render(into: &frame, state: list, count: story.articles.count, selection: theme.selection) { frame, n, rect, selected in
            let index = story.articles[n], y = rect.y
            let article = library.corpus.articles[index].article
            let style = selected ? theme.selection : Style.plain
            let unread = !library.isRead(article: index)
            var x = frame.put(unread ? "•" : " ", x: area.x, y: y, style: style.merged(with: theme.unread)) + 1
            x = frame.put(article.date?.description ?? "    —     ", x: x, y: y, style: style.merged(with: theme.dim)) + 2
            frame.put(ArticlesScreen.clip(OutletFilter.outlet(of: article), outletWidth), x: x, y: y, style: style, limit: outletWidth)
            x += outletWidth + 1
            let count = String(library.statements(inArticle: index).count)
            x = frame.put(String(repeating: " ", count: max(0, 3 - count.count)) + count, x: x, y: y, style: style) + 2
            let headline = article.title ?? ArticleListing.openingWords(of: article)
            frame.put(ArticlesScreen.clip(headline, area.x + area.width - x), x: x, y: y, style: style.merged(with: unread ? theme.unread : .plain))
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        let articles = story(library)?.articles ?? []
        if Self.listView(in: area).handle(command, on: area, state: &list, count: articles.count) { return .stay }
        if command == .open, articles.indices.contains(list.selected) {
            return .push(ReaderScreen(article: articles[list.selected], library: library, list: articles, position: list.selected))
        }
        return .stay
    }
}
