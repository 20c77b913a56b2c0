extension CorpusQuery {
    /// Every story of the corpus, whatever the outlet filter, grouped now if it is not yet (a command,
    /// or the reader when asked for one story).
    public var allStories: Stories {
        derived.stories.value { Stories(corpus: corpus) ?? Stories() }
    }

    /// A corpus this small is grouped at once when asked (milliseconds), so that its first frame
    /// already shows its stories.
    public static let groupedAtOnce = 1_000

    /// The stories if they are grouped, or the corpus is small enough to group now; else nil, and they
    /// are grouped in the background (the reader's lists ask this, so that a frame never waits long).
    public func groupedStories() -> Stories? {
        if let stories = derived.stories.ready { return stories }
        if corpus.articles.count <= Self.groupedAtOnce { return allStories }
        let corpus = corpus
        derived.stories.buildInBackground { isCancelled in Stories(corpus: corpus, isCancelled: isCancelled) }
        return nil
    }

    /// The stories the outlet filter lets through, each with its visible articles only.
    public func stories(in stories: Stories? = nil) -> [Story] {
        let stories = stories ?? allStories
        return outletFilter.showsAll ? stories.stories : stories.stories.compactMap(visible)
    }

    /// The story an article is in, with its visible articles only; nil when there is none or when fewer
    /// than two visible outlets cover it.
    public func story(ofArticle index: Int, in stories: Stories? = nil) -> Story? {
        let stories = stories ?? allStories
        return stories.story(ofArticle: index).flatMap { visible(stories.stories[$0]) }
    }

    /// A story with only the articles the filter lets through; nil when fewer than two outlets remain.
    public func visible(_ story: Story) -> Story? {
        guard !outletFilter.showsAll else { return story }
        let articles = story.articles.filter(isVisible)
        var outlets: [String] = [], seen = Set<String>()
        for article in articles {
            let outlet = OutletFilter.outlet(of: corpus.articles[article].article)
            if seen.insert(outlet.lowercased()).inserted { outlets.append(outlet) }
        }
        guard outlets.count >= 2 else { return nil }
        let dates = articles.compactMap { corpus.articles[$0].article.date }
        return Story(id: story.id, title: story.title, articles: articles, outlets: outlets, firstDate: dates.first, lastDate: dates.last)
    }
}
