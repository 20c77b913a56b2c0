import NewsKit

/// `stories --json`: one story, articles of two or more outlets about the same event.
struct StoryRecord: Codable {
    /// Bump when a field changes meaning or goes away; new fields keep the number.
    var schema = 1
    var storyId: StoryID
    /// The headline of its most central article.
    var title: String
    /// `YYYY-MM-DD` of its first and last dated articles; null when none has a date.
    @Nullable var firstDate: String?
    @Nullable var lastDate: String?
    var outlets: [String]
    var articles: [Member]

    /// One article of the story.
    struct Member: Codable {
        var path: String
        /// null when the article names no outlet.
        @Nullable var source: String?
        @Nullable var title: String?
        @Nullable var date: String?
    }

    init(_ story: Story, in corpus: Corpus) {
        storyId = story.id
        title = story.title
        firstDate = story.firstDate?.description
        lastDate = story.lastDate?.description
        outlets = story.outlets
        articles = story.articles.map { index in
            let article = corpus.articles[index].article
            return Member(path: article.path, source: article.source, title: article.title, date: article.date?.description)
        }
    }
}
