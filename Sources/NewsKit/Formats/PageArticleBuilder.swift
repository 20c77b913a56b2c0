/// Builds an `Article` from extracted blocks and metadata. The article's text is its blocks joined by
/// blank lines (headline first); each block's range is its place in that text, in Unicode scalars.
enum PageArticleBuilder {
    static func article(path: String, metadata: MetadataReader.Metadata, blocks: [ContentExtractor.Block]) -> Article {
        var article = Article(path: path)
        article.title = metadata.title
        article.date = metadata.date
        article.source = metadata.source
        if metadata.source != nil { article.sourceEvidence = .page }
        article.evidence = metadata.evidence
        var authors = metadata.authors
        var laidOut: [ContentExtractor.Block] = []
        if let title = metadata.title { laidOut.append(.init(role: .headline, text: title)) }
        var seenBody = false
        for block in blocks {
            var block = block
            if block.role == .headline { continue }
            if !seenBody, block.role == .body {
                if let name = byline(block.text) {
                    block.role = .byline
                    if authors.isEmpty {
                        authors = [name]
                        article.evidence[.author] = .text
                    }
                } else if let date = ArticleDate(line: block.text) {
                    block.role = .date
                    if article.date == nil {
                        article.date = date
                        article.evidence[.date] = .text
                    }
                } else {
                    seenBody = true
                }
            }
            laidOut.append(block)
        }
        if !authors.isEmpty { article.author = authors.joined(separator: ", ") }
        article.blocks = layout(laidOut)
        return article
    }

    /// `By Jane Doe` or `By Jane Doe and John Roe, Staff writers`: the names, else nil.
    static func byline(_ text: String) -> String? {
        guard text.count <= 80, text.lowercased().hasPrefix("by ") else { return nil }
        let name = text.dropFirst(3).split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 8, words.allSatisfy({ $0.first?.isUppercase == true || $0 == "and" }) else { return nil }
        return name
    }

    /// Paragraphs over the text the blocks make when joined by blank lines.
    static func layout(_ blocks: [ContentExtractor.Block]) -> [Paragraph] {
        var offset = 0
        var paragraphs: [Paragraph] = []
        for block in blocks {
            let length = block.text.unicodeScalars.count
            paragraphs.append(Paragraph(role: block.role, text: block.text, range: TextRange(start: offset, end: offset + length),
                                        pieces: [Paragraph.Piece(textOffset: 0, fileOffset: offset)]))
            offset += length + 2
        }
        return paragraphs
    }
}
