import Foundation

extension ArticleLoader {
    /// A web page: its article, or a problem saying why it has none (binary, empty, an index page).
    func parsePage(_ data: Data, entry: Entry) -> Swift.Result<Loaded, Problem> {
        do {
            let reading = try HTMLPage.read(data, path: entry.path, url: nil, httpCharset: nil)
            var article = reading.article
            Self.applyFolderOutlet(entry.folderOutlet, to: &article)
            let warnings = reading.warning.map { [Problem(path: entry.path, reason: $0, isWarning: true)] } ?? []
            return .success(Loaded(articles: [article], warnings: warnings))
        } catch {
            return .failure(Problem(path: entry.path, reason: "\(error), skipped", isWarning: false))
        }
    }

    /// A feed: an article per item, each at `FILE#ITEM`; what was wrong with the feed as warnings.
    func parseFeed(_ data: Data, entry: Entry) -> Swift.Result<Loaded, Problem> {
        let feed: Feed
        do {
            feed = try Feed.parse(data, url: nil)
        } catch {
            return .failure(Problem(path: entry.path, reason: "\(error), skipped", isWarning: false))
        }
        let articles = feed.items.map { item in
            var article = item.article(path: Self.itemPath(entry.path, itemID: item.id), feedTitle: feed.title)
            Self.applyFolderOutlet(entry.folderOutlet, to: &article)
            return article
        }
        var warnings = feed.problems.map { Problem(path: entry.path, reason: $0, isWarning: true) }
        if articles.isEmpty, warnings.isEmpty {
            warnings.append(Problem(path: entry.path, reason: "a feed with no items", isWarning: true))
        }
        return .success(Loaded(articles: articles, warnings: warnings))
    }

    /// The path of a feed item: the file's path, `#`, and 16 hex digits of the item's id.
    public static func itemPath(_ path: String, itemID: String) -> String {
        path + "#" + StableHash(itemID).hex
    }

    /// The folder's outlet for an article whose page or feed names none (or names only its host).
    static func applyFolderOutlet(_ outlet: String?, to article: inout Article) {
        guard let outlet, article.source == nil || article.evidence[.source] == .url else { return }
        article.source = outlet
        article.sourceEvidence = .folder
        article.evidence[.source] = nil
    }
}
