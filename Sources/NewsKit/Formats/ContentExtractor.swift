/// Finds the article in a page's text blocks: the part of the page that holds the most prose for the
/// least page furniture, then the blocks of it a reader reads as the article.
///
/// Each block is weighed by its text outside links (prose counts, link lists and scraps count against);
/// every element's score is what its blocks weigh, where a child element hinted as furniture by its
/// class, id or tag (comments, related links, share buttons, menus …) counts only against. The element
/// with the best score is the article's container; of its blocks, those inside furniture, mostly links,
/// or repeating the headline are left out, captions and subheadings are kept apart.
struct ContentExtractor {
    struct Block: Equatable {
        var role: Paragraph.Role
        var text: String
    }

    enum Outcome: Equatable {
        case article([Block])
        /// Not an article: an index page, a page with no prose.
        case noArticle(String)
    }

    /// How much a byte of furniture counts against a byte of prose.
    static let furnitureWeight = 0.8

    static func extract(_ collector: BlockCollector, headline: String?) -> Outcome {
        let elements = collector.elements
        let blocks = collector.blocks
        let count = elements.count
        var own = [Double](repeating: 0, count: count)
        var furniture = [Double](repeating: 0, count: count)
        for block in blocks {
            let (good, bad) = weigh(block, in: elements)
            own[block.owner] += good
            furniture[block.owner] += bad
        }
        // Children come after their parents: fold scores up from the last element to the first.
        var score = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            score[index] += own[index] - furnitureWeight * furniture[index]
            total[index] += own[index] + furniture[index]
            let parent = elements[index].parent
            guard parent >= 0 else { continue }
            total[parent] += total[index]
            if elements[index].hint == .negative {
                score[parent] -= furnitureWeight * total[index]
            } else {
                score[parent] += score[index]
            }
        }
        var best = 0
        var bestScore = -Double.infinity
        for index in 0..<count {
            let bonus = elements[index].hint == .positive && score[index] > 0 ? 1.1 : 1.0
            if score[index] * bonus > bestScore {
                bestScore = score[index] * bonus
                best = index
            }
        }
        // Which elements lie inside the container, and which of those are furniture.
        var inside = [Bool](repeating: false, count: count)
        var excluded = [Bool](repeating: false, count: count)
        var caption = [Bool](repeating: false, count: count)
        inside[best] = true
        for index in 0..<count {
            let parent = elements[index].parent
            guard parent >= 0, index != best else { continue }
            if inside[parent] {
                inside[index] = true
                excluded[index] = excluded[parent] || elements[index].hint == .negative
                caption[index] = caption[parent] || ["figure", "figcaption", "caption"].contains(elements[index].tag)
            }
        }
        let title = headline.map(normalized)
        var chosen: [Block] = []
        var prose = 0
        var linkedHeadings = 0
        for block in blocks where inside[block.owner] && !excluded[block.owner] {
            if block.kind == .heading, block.linkDensity > 0.6 { linkedHeadings += 1 }
            if block.linkDensity > 0.5 { continue }
            if block.kind == .listItem, block.linkDensity > 0.3 { continue }
            let role: Paragraph.Role
            if let title, normalized(block.text) == title {
                role = .headline
            } else if caption[block.owner] || block.kind == .caption {
                role = .caption
            } else if block.kind == .heading {
                role = .subheading
            } else {
                role = .body
                prose += block.bytes - block.linkBytes
            }
            chosen.append(Block(role: role, text: block.text))
        }
        if prose < 200 { return .noArticle("no article text on the page (\(prose) bytes of prose)") }
        if linkedHeadings >= 4, prose / linkedHeadings < 500 {
            return .noArticle("an index page (\(linkedHeadings) linked headlines, little text under each)")
        }
        return .article(chosen)
    }

    /// A block's weight as prose, and as furniture.
    private static func weigh(_ block: TextBlock, in elements: [BlockCollector.Element]) -> (Double, Double) {
        let bytes = Double(block.bytes)
        let link = Double(block.linkBytes)
        if block.kind == .heading { return (0, link) }
        if block.linkDensity > 0.5 { return (0, bytes) }
        let plain = bytes - link
        if plain < 25 { return (0, bytes * 0.3) }
        var factor: Double
        switch block.kind {
        case .paragraph, .quote, .preformatted: factor = 1
        case .listItem: factor = 0.6
        case .cell, .other: factor = 0.8
        case .caption: factor = 0.3
        case .heading: factor = 0
        }
        if !block.hasSentencePunctuation { factor *= 0.5 }
        return (plain * factor, link)
    }

    /// Text compared loosely: letters and digits only, lowercased.
    static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
