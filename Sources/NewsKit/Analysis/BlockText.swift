/// One block of an article prepared for analysis: its scalars, quotation spans, tokens and names.
struct BlockText {
    /// The block's index in `Article.blocks`.
    var index: Int
    var role: Paragraph.Role
    var scalars: [Unicode.Scalar]
    var spans: [QuoteFinder.Span]
    var tokens: [Token]
    /// Whether capitals mean names here (not in a title-case headline or a block in capitals).
    var casingReliable: Bool
    /// The sentences, as token ranges.
    var sentences: [Range<Int>]
    typealias Name = (tokens: Range<Int>, kind: Mention.Kind, role: String?)

    /// The names found, as token ranges, in order.
    var names: [Name] = [] {
        didSet {
            nameStarting = Dictionary(names.enumerated().map { ($1.tokens.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
            nameEnding = Dictionary(names.enumerated().map { ($1.tokens.upperBound, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }
    private var nameStarting: [Int: Int] = [:]
    private var nameEnding: [Int: Int] = [:]

    /// The name whose first token is `index`.
    func name(startingAt index: Int) -> Name? { nameStarting[index].map { names[$0] } }

    /// The name whose last token is just before `index` (its range ends at `index`).
    func name(endingBefore index: Int) -> Name? { nameEnding[index].map { names[$0] } }

    /// - Parameter opening: whether the block opens the body, where a title-case sub-headline may stand.
    init(index: Int, paragraph: Paragraph, analysedLength: Int? = nil, opening: Bool = false) {
        self.index = index
        self.role = paragraph.role
        var scalars = Array(paragraph.text.unicodeScalars)
        if let analysedLength { scalars = Array(scalars.prefix(analysedLength)) }
        self.scalars = scalars
        self.spans = QuoteFinder.spans(in: scalars)
        self.tokens = Tokenizer.tokens(in: scalars, quoted: spans.map(\.content))
        self.sentences = SentenceSplitter.sentences(in: tokens)
        let words = tokens.filter(\.isWord)
        let allCaps = words.filter { $0.isAllCaps && $0.text.count > 1 }.count
        let major = words.filter { !HeaderReader.minorWords.contains($0.lower) }
        // A sub-headline under the headline: title case, and not a sentence.
        let titleCased = HeaderReader.isTitleCased(major: major.count, capitalised: major.filter(\.isCapitalised).count)
            && !(tokens.last?.endsSentence ?? false)
        casingReliable = paragraph.role == .body || paragraph.role == .caption
            ? !(words.count >= 3 && allCaps * 2 > words.count) && !(opening && words.count >= 4 && words.count <= 25 && titleCased)
            : !(major.count >= 2 && major.allSatisfy(\.isCapitalised) && !tokens.contains { $0.kind == .number })
    }

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return String(scalars: scalars[tokens[first].range.start..<tokens[last].range.end])
    }

    /// Where a non-empty run of tokens stands in the block's text.
    func textRange(_ range: Range<Int>) -> BlockRange {
        BlockRange(block: index, range: TextRange(start: tokens[range.lowerBound].range.start, end: tokens[range.upperBound - 1].range.end))
    }

    /// The sentence the token at `index` is in.
    func sentence(containing index: Int) -> Range<Int>? {
        let low = sentences.partitioningIndex { $0.upperBound > index }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : nil
    }

    /// The index of the first token at or after scalar offset `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.partitioningIndex { $0.range.start >= offset }
    }
}
