/// Turns the text of an article file into an `Article`: front matter, header (headline, byline, date),
/// and the blocks of the body, each classified and mapped back to its place in the file.
public struct ArticleParser: Sendable {
    public init() {}

    /// - Parameters:
    ///   - text: the decoded file.
    ///   - path: where it came from, kept in the article.
    ///   - folderOutlet: the outlet its folder names, used when nothing in the file names one.
    public func parse(_ text: String, path: String, folderOutlet: String? = nil) -> Article {
        let source = SourceText(text)
        let frontMatter = FrontMatter(source)
        // A headline the front matter gives leaves no sentence of the text to be taken for one.
        let header = HeaderReader(source, from: frontMatter?.lineCount ?? 0, sentenceMayBeHeadline: frontMatter?.title == nil)

        var article = Article(path: path)
        for block in header.blocks {
            article.blocks.append(ParagraphBuilder.paragraph(block.role, lines: block.lines, in: source))
        }
        let body = BodySegmenter.paragraphs(in: source, from: header.bodyStart)
            .map { ParagraphBuilder.paragraph(.body, lines: $0, in: source) }
        article.blocks += classify(body)

        article.title = frontMatter?.title ?? article.blocks(.headline).first?.text
        article.author = header.byline?.author ?? frontMatter?.author
        article.date = header.date ?? frontMatter?.date
        article.url = frontMatter?.url
        let dateline = article.paragraphs.first.flatMap { Dateline(paragraph: $0.text) }
        article.dateline = dateline?.text
        let outlets: [(String?, Article.SourceEvidence)] = [
            (header.byline?.outlet, .byline),
            (frontMatter?.source, .frontMatter),
            (dateline?.agency, .dateline),
            (folderOutlet, .folder),
        ]
        if let (outlet, evidence) = outlets.first(where: { $0.0 != nil }) {
            article.source = outlet
            article.sourceEvidence = evidence
        }
        return article
    }

    /// Assigns captions, related-article lines and subheadings among the body blocks.
    private func classify(_ blocks: [Paragraph]) -> [Paragraph] {
        var result = blocks
        for i in result.indices {
            let text = result[i].text[...]
            if ParagraphClassifier.startsRelatedLine(text) {
                result[i].role = .related
            } else if ParagraphClassifier.isCaption(text) {
                result[i].role = .caption
            }
        }
        let bodyIndices = result.indices.filter { result[$0].role == .body }
        for (k, i) in bodyIndices.enumerated() where k > 0 && k + 1 < bodyIndices.count {
            if ParagraphClassifier.isSubheading(result[i].text[...]) { result[i].role = .subheading }
        }
        return result
    }
}
