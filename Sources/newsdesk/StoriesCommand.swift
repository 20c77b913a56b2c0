import ArgumentParser
import NewsKit

/// `newsdesk stories`: articles of several outlets about the same event, grouped.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories: articles of two or more outlets about the same event.",
        discussion: """
        Articles are grouped when they name the same people (rare names count more than common ones), \
        quote the same statement (six words or more alike, case and punctuation aside), share headline \
        words and are dated within three days of each other; a story spans at most a week. An undated \
        article joins a story only on a passage of eight words or more quoted in both, with a shared \
        person or a close headline. Each \
        story is shown with its title (the headline of its most central article), its dates and outlets, \
        then one line per article, by date.
        With --json, one object per story:
          {"schema":1,"story_id","title","first_date","last_date" (YYYY-MM-DD or null),"outlets":[...],
           "articles":[{"path","source","title","date"}]}

        Examples:
          newsdesk stories ~/news
          newsdesk stories --json --source "Baltic Wire" --source "Coastal Post" ~/news | jq -r .title
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only these outlets (case-insensitive; repeat for several): stories of two or more of them.")
    var source: [String] = []
    @Flag(help: "Print JSON Lines.")
    var json = false

    func run() throws {
        let query = try corpus.loadQuery(outlets: source)
        var output = StandardOutput()
        var lines = JSONLines()
        for story in query.stories() {
            if json {
                lines.write(StoryRecord(story, in: query.corpus))
                continue
            }
            output.write(ArticleLoader.printable("◆ \(story.title)  (\(story.outlets.count) outlets, \(story.dateSpan))") + "\n")
            for index in story.articles {
                output.write("    " + ArticleListing.line(for: query.corpus.articles[index].article) + "\n")
            }
        }
    }
}
