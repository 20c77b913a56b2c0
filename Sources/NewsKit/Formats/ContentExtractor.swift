/// Finds the article in a page's text blocks: the part of the page that holds the most prose for the
/// least page furniture, then the blocks of it a reader reads as the article.
///
/// Each block is weighed by its text outside links (prose counts, link lists and scraps count against);
/// every element's score is what its blocks weigh, where a child element hinted as furniture by its
/// class, id or tag (comments, related links, share buttons, menus …) counts only against. The element
/// with the best score is the article's container; of its blocks, those inside furniture, teaser lists
/// (`TeaserLists`), mostly links, or repeating the headline are left out, captions and subheadings are
/// kept apart.
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

    /// The article's blocks. Class and id hints are trusted first; when that leaves no article (a
    /// page whose wrappers have names that mislead), the page is read again with the tags' hints alone.
    static func extract(_ collector: BlockCollector, headline: String?) -> Outcome {
        let outcome = extract(collector, headline: headline, classHints: true)
        if case .noArticle = outcome, case .article(let blocks) = extract(collector, headline: headline, classHints: false) {
            return .article(blocks)
        }
        return outcome
    }

    private static func extract(_ collector: BlockCollector, headline: String?, classHints: Bool) -> Outcome {
        var elements = collector.elements
        if !classHints {
            for index in elements.indices { elements[index].hint = elements[index].tagHint }
        }
        let blocks = collector.blocks
        let count = elements.count
        var own = [Double](repeating: 0, count: count)
        var furniture = [Double](repeating: 0, count: count)
        for block in blocks {
            let (good, bad) = weigh(block, in: elements)
            own[block.owner] += good
            furniture[block.owner] += bad
        }
        // An element hinted as furniture that holds the article's body (a page wrapper of class
        // `has-sidebar`) is no furniture.
        var holdsBody = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            if elements[index].hint == .strong { holdsBody[index] = true }
            let parent = elements[index].parent
            if parent >= 0, holdsBody[index] { holdsBody[parent] = true }
        }
        let isFurniture = (0..<count).map { elements[$0].hint == .negative && !holdsBody[$0] }
        // Children come after their parents: fold scores up from the last element to the first.
        var score = [Double](repeating: 0, count: count)
        var total = [Double](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            score[index] += own[index] - furnitureWeight * furniture[index]
            total[index] += own[index] + furniture[index]
            let parent = elements[index].parent
            guard parent >= 0 else { continue }
            total[parent] += total[index]
            if isFurniture[index] {
                score[parent] -= furnitureWeight * total[index]
            } else {
                score[parent] += score[index]
            }
        }
        // The container: the best score outside furniture.
        var inFurniture = [Bool](repeating: false, count: count)
        var best = 0
        var bestScore = -Double.infinity
        for index in 0..<count {
            let parent = elements[index].parent
            inFurniture[index] = isFurniture[index] || (parent >= 0 && inFurniture[parent])
            guard !inFurniture[index] else { continue }
            let bonus = score[index] > 0 ? (elements[index].hint == .strong ? 1.25 : elements[index].hint == .positive ? 1.1 : 1.0) : 1.0
            if score[index] * bonus > bestScore {
                bestScore = score[index] * bonus
                best = index
            }
        }
        let teasers = TeaserLists(elements: elements, blocks: blocks)
        // Which elements lie inside the container, and which of those are furniture or teaser lists.
        var inside = [Bool](repeating: false, count: count)
        var excluded = [Bool](repeating: false, count: count)
        var caption = [Bool](repeating: false, count: count)
        var teaserHeadings = 0, teaserBytes = 0
        inside[best] = true
        for index in 0..<count {
            let parent = elements[index].parent
            guard parent >= 0, index != best else { continue }
            if inside[parent] {
                inside[index] = true
                let isTeaserList = !excluded[parent] && !isFurniture[index] && teasers.isTeaserList(index)
                if isTeaserList {
                    teaserHeadings += teasers.linkedHeadings[index]
                    teaserBytes += teasers.bytes[index]
                }
                excluded[index] = excluded[parent] || isFurniture[index] || isTeaserList
                caption[index] = caption[parent] || elements[index].isCaption
            }
        }
        let title = headline.map(normalized)
        let titleBytes = headline?.utf8.count
        var chosen: [Block] = []
        var prose = 0
        var linkedHeadings = teaserHeadings
        for block in blocks where inside[block.owner] && !excluded[block.owner] {
            if block.kind == .heading, block.linkDensity > 0.6 { linkedHeadings += 1 }
            if block.linkDensity > 0.5 { continue }
            // A list item mostly linked is a link list's, unless it says more than its link (a deal: a
            // product's link and its price).
            if block.kind == .listItem, block.linkDensity > 0.3, block.bytes - block.linkBytes < 30 { continue }
            let role: Paragraph.Role
            if let title, let titleBytes, abs(block.bytes - titleBytes) <= titleBytes / 3 + 8, normalized(block.text) == title {
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
        // An index page: linked headlines with little text under each. Teaser lists set aside inside an
        // article leave the article's own text to be weighed against its own headlines.
        if linkedHeadings >= 4, prose < teaserBytes / 2 || prose / max(1, linkedHeadings - teaserHeadings) < 500 {
            return .noArticle("no article: an index page (\(linkedHeadings) linked headlines, little text under each)")
        }
        if prose < 200 { return .noArticle("no article text on the page (\(prose) bytes of prose)") }
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
        // ASCII (most headlines) by bytes; anything else by its Unicode properties.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
