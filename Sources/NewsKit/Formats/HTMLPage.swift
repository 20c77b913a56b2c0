import Foundation

/// A web page read as an article: its text without the page around it, and what it says about itself.
public enum HTMLPage {
    /// The article a web page holds (text without menus, related links, comments, share buttons, cookie notices, ads;
    /// headline, authors, date, outlet from JSON-LD NewsArticle, OpenGraph, <meta>, <time>, then the URL; each field
    /// recording where it came from); nil when the page holds no article (an index page). `path` becomes Article.path;
    /// `url` the page's address if known; `httpCharset` the charset from a Content-Type header, if any.
    public static func article(from data: Data, path: String, url: String?, httpCharset: String?) -> Article? {
        try? read(data, path: path, url: url, httpCharset: httpCharset).article
    }

    /// What reading a page gives: the article, and a warning when its text did not decode cleanly.
    public struct Reading: Sendable {
        public var article: Article
        public var warning: String?
    }

    /// The article a page holds, or why there is none.
    public static func read(_ data: Data, path: String, url: String?, httpCharset: String?) throws(HTMLPageError) -> Reading {
        let bytes = [UInt8](data)
        guard bytes.contains(where: { $0 > 0x20 }) else { throw .empty }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16, bytes.prefix(8192).contains(0) { throw .binary }
        let decoded = CharsetSniffer.decode(bytes, httpCharset: httpCharset)
        guard let document = HTMLDocument(text: decoded.text, url: url), let body = document.body else {
            throw .noArticle("no HTML in the page")
        }
        let metadata = MetadataReader.read(document, url: url)
        let collector = BlockCollector.collect(body)
        switch ContentExtractor.extract(collector, headline: metadata.title) {
        case .noArticle(let why):
            throw .noArticle(why)
        case .article(let blocks):
            var article = PageArticleBuilder.article(path: path, metadata: metadata, blocks: blocks)
            article.url = metadata.url
            return Reading(article: article, warning: decoded.warning)
        }
    }
}
