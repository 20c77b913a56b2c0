import NewsKit

/// Renders an analysed article as text with its quotes and names marked, by ANSI styles or by plain
/// markers; the article's own text made printable (`ArticleLoader.printable`), so that only the
/// markup's escapes reach the terminal.
struct ArticleMarkup {
    enum Style { case plain, monochrome, color }
    var style: Style

    private static let speakerColors = [33, 36, 35, 32, 34, 31, 93, 96, 95, 92, 94, 91]

    func render(_ analyzed: AnalyzedArticle) -> String {
        let article = analyzed.article
        var out = ""
        out += styled(ArticleLoader.printable(article.title ?? "(no headline)"), sgr: "1") + "\n"
        let meta = [article.source ?? "unknown outlet", article.author.map { "by " + $0 }, article.date?.description]
            .compactMap { $0 }.joined(separator: " · ")
        out += ArticleLoader.printable(meta) + "\n\n"
        for (index, block) in article.blocks.enumerated() where block.role != .headline && block.role != .byline && block.role != .date {
            let text = marked(block.text, quotes: analyzed.quotes.filter { $0.block == index },
                              mentions: analyzed.mentions.filter { $0.block == index })
            switch block.role {
            case .caption: out += styled("[caption] ", sgr: "2") + text + "\n\n"
            case .related: out += styled("[related] " + ArticleLoader.printable(block.text), sgr: "2") + "\n\n"
            case .subheading: out += styled(ArticleLoader.printable(block.text), sgr: "1") + "\n\n"
            default: out += text + "\n\n"
            }
        }
        return out
    }

    private func marked(_ text: String, quotes: [Quote], mentions: [Mention]) -> String {
        let scalars = Array(text.unicodeScalars)
        var opens: [Int: [String]] = [:]
        var closes: [Int: [String]] = [:]
        for m in mentions {
            switch style {
            case .plain:
                opens[m.range.start, default: []].append("[")
                closes[m.range.end, default: []].append("](\(m.kind.rawValue))")
            case .monochrome, .color:
                let sgr = style == .monochrome ? (m.kind == .person ? "1" : "4")
                    : m.kind == .person ? "1" : m.kind == .organization ? "4;36" : m.kind == .place ? "4;32" : "4"
                opens[m.range.start, default: []].append("\u{1B}[\(sgr)m")
                closes[m.range.end, default: []].append("\u{1B}[22;24m" + (style == .color ? "" : ""))
            }
        }
        for q in quotes where q.isStatement {
            let speaker = q.attribution.map { ArticleLoader.printable($0.speaker) }
            switch style {
            case .plain:
                closes[min(scalars.count, q.range.end + 1), default: []].append("⟨\(speaker ?? "?")⟩")
            case .monochrome:
                opens[q.range.start, default: []].insert("\u{1B}[3m", at: 0)
                closes[q.range.end, default: []].append("\u{1B}[23m⟨\(speaker ?? "?")⟩")
            case .color:
                let color = speaker.map { Self.speakerColors[abs(stableHash($0)) % Self.speakerColors.count] } ?? 37
                opens[q.range.start, default: []].insert("\u{1B}[\(color)m", at: 0)
                closes[q.range.end, default: []].append("\u{1B}[39m\u{1B}[2m⟨\(speaker ?? "?")⟩\u{1B}[22m")
            }
        }
        var out = ""
        for i in 0...scalars.count {
            if let c = closes[i] { out += c.joined() }
            if let o = opens[i] { out += o.joined() }
            if i < scalars.count { out += ArticleLoader.printable(String(scalars[i])) }
        }
        return out
    }

    private func styled(_ text: String, sgr: String) -> String {
        style == .plain ? text : "\u{1B}[\(sgr)m\(text)\u{1B}[0m"
    }

    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    private func stableHash(_ s: String) -> Int {
        s.unicodeScalars.reduce(5381) { ($0 &* 33 &+ Int($1.value)) & 0x7FFF_FFFF }
    }
}
