/// Parts of a page that list other stories: three or more linked headlines with little text under
/// each (a headline and a line of summary, the shape of a "more on this" box or a row of teasers),
/// wherever they sit, inside the article's container too. Found by their shape, not their names.
struct TeaserLists {
    /// Linked headlines (headings mostly inside a link) in each element and below it.
    private(set) var linkedHeadings: [Int]
    /// Bytes of text in each element and below it.
    private(set) var bytes: [Int]

    /// The most text a teaser has under its headline, on average, in bytes.
    static let bytesPerTeaser = 200

    init(elements: [BlockCollector.Element], blocks: [TextBlock]) {
        linkedHeadings = [Int](repeating: 0, count: elements.count)
        bytes = [Int](repeating: 0, count: elements.count)
        for block in blocks {
            bytes[block.owner] += block.bytes
            if block.kind == .heading, block.linkDensity > 0.6 { linkedHeadings[block.owner] += 1 }
        }
        // Children come after their parents: fold up from the last element.
        for index in stride(from: elements.count - 1, through: 1, by: -1) {
            let parent = elements[index].parent
            guard parent >= 0 else { continue }
            linkedHeadings[parent] += linkedHeadings[index]
            bytes[parent] += bytes[index]
        }
    }

    /// Whether element `index` is a list of teasers.
    func isTeaserList(_ index: Int) -> Bool {
        linkedHeadings[index] >= 3 && bytes[index] < Self.bytesPerTeaser * linkedHeadings[index]
    }
}
