import Foundation

/// HTML from a feed (an item's content or summary, a title of type `html`) as text.
enum FeedText {
    /// The blocks of an HTML fragment: paragraphs, subheadings and captions, in order. Plain text (no
    /// markup) is cut into paragraphs at blank lines.
    static func blocks(fromHTML html: String) -> [ContentExtractor.Block] {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        guard trimmed.contains("<") || trimmed.contains("&") else {
            return paragraphs(plain: trimmed).map { .init(role: .body, text: $0) }
        }
        guard let document = HTMLDocument(utf8: Array(("<html><body>" + trimmed + "</body></html>").utf8), url: nil),
              let body = document.body else { return [] }
        let collector = BlockCollector.collect(body)
        var caption = [Bool](repeating: false, count: collector.elements.count)
        for (index, element) in collector.elements.enumerated() {
            let parent = element.parent
            caption[index] = (parent >= 0 && caption[parent]) || element.isCaption
        }
        // A link standing alone in a few words (`Read more`, `Continue reading`) is no part of the text.
        let blocks = collector.blocks.filter { !($0.linkDensity >= 1 && $0.text.split(separator: " ").count <= 5) }
        return blocks.map { block in
            let role: Paragraph.Role = caption[block.owner] || block.kind == .caption ? .caption
                : block.kind == .heading ? .subheading : .body
            return .init(role: role, text: block.text)
        }
    }

    /// An HTML fragment (or text with entities) as one line of plain text.
    static func plain(fromHTML html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return MetadataReader.clean(html) }
        return blocks(fromHTML: html).map(\.text).joined(separator: " ")
    }

    /// Plain text cut at blank lines, each paragraph's lines joined.
    static func paragraphs(plain text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map(MetadataReader.clean)
            .filter { !$0.isEmpty }
    }

    /// Plain text as HTML paragraphs (for JSON Feed's `content_text`, Atom's `type="text"`).
    static func html(fromPlain text: String) -> String {
        paragraphs(plain: text).map { "<p>" + escape($0) + "</p>" }.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
