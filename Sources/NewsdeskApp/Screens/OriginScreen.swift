import NewsKit
import TerminalUI

/// Where the article came from (`i` in the Reader): for a fetched article its address, feed or page
/// subscription, when it was fetched, the validators kept and its page's charset; for a file its path,
/// size, modification time and the layout found; and for each metadata field what gave its value
/// (JSON-LD, OpenGraph, `<meta>`, `<time>`, the address, the text). Scrolls like every list.
public struct OriginScreen: Screen {
    let article: Int
    let headline: String
    /// Section headings (empty label) and label–value lines.
    let lines: [(label: String, value: String)]
    var top = 0

    public init(article: Int, headline: String, origin: ArticleOrigin) {
        self.article = article
        self.headline = headline
        var lines: [(String, String)] = []
        for (index, section) in origin.sections.enumerated() {
            if index > 0 { lines.append(("", "")) }
            lines.append(("", section.title))
            lines += section.lines.map { (ArticleLoader.printable($0.label), ArticleLoader.printable($0.value)) }
        }
        self.lines = lines
    }

    public var title: String { "Where it came from" }

    public func selectedArticle(in library: CorpusQuery) -> Int? { article }

    public func status(in library: CorpusQuery) -> String {
        let shown = max(1, lines.count)
        return "line \(min(top + 1, shown))/\(shown) · j k Space PgDn g G scroll · Esc back"
    }

    /// Labels are this wide; values wrap after them.
    static let labelWidth = 22

    public func render(into frame: inout Frame, area: Rect, library: CorpusQuery, theme: Theme) {
        frame.put(ArticlesScreen.clip(headline, area.width - 2), x: area.x + 1, y: area.y, style: theme.title, limit: area.width - 2)
        Self.listView(in: area).render(into: &frame, state: ListState(selected: -1, top: top), count: lines.count) { frame, n, rect, _ in
            let line = lines[n]
            if line.label.isEmpty {
                frame.put(line.value, x: rect.x + 1, y: rect.y, style: theme.subheading, limit: rect.width - 2)
            } else {
                frame.put(line.label, x: rect.x + 3, y: rect.y, style: theme.dim, limit: Self.labelWidth - 1)
                let x = rect.x + 3 + Self.labelWidth
                frame.put(ArticlesScreen.clip(line.value, rect.width - x - 1), x: x, y: rect.y, limit: rect.width - x - 1)
            }
        }
    }

    public mutating func handle(_ command: Command, library: inout CorpusQuery, area: Rect) -> Navigation {
        if let move = command.listMove { Self.listView(in: area).scroll(move, top: &top, count: lines.count) }
        return .stay
    }

    /// The lines, below the headline.
    private static func listView(in area: Rect) -> ListView {
        ListView(area: area.droppingTop(2))
    }
}
