import NewsKit
import TerminalUI

/// The Articles screen's part in stories: a mark on each article of a story of two or more outlets
/// (`◆ 3 outlets`), and `S` for the Story screen.
extension ArticlesScreen {
    /// The stories as grouped so far: nil while they are grouped in the background (the list never
    /// waits for them; the marks appear on a later frame).
    static func stories(_ library: CorpusQuery) -> Stories? {
        library.groupedStories()
    }

    /// `◆ 3 outlets` for an article in a story the filter shows; nil otherwise.
    static func storyMark(ofArticle index: Int, library: CorpusQuery, stories: Stories?) -> String? {
        guard let stories, let story = library.story(ofArticle: index, in: stories) else { return nil }
        return "◆ \(story.outlets.count) outlets"
    }

    /// What the status line says of the selected article's story.
    func storyStatus(_ library: CorpusQuery) -> String? {
        guard let index = selectedArticle(in: library), let mark = Self.storyMark(ofArticle: index, library: library, stories: Self.stories(library))
        else { return nil }
        return "S story (\(mark))"
    }

    /// The Story screen of the selected article (it says so when the article is in none).
    func storyScreen(_ library: CorpusQuery) -> Navigation {
        guard let index = selectedArticle(in: library) else { return .stay }
        return .push(StoryScreen(article: index))
    }
}
