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
            // By token offset, the first name starting (ending) there: every token is asked about.
            nameStarting = [Int32](repeating: -1, count: tokens.count + 1)
            nameEnding = nameStarting
            for (n, name) in names.enumerated().reversed() {
                nameStarting[name.tokens.lowerBound] = Int32(n)
                nameEnding[name.tokens.upperBound] = Int32(n)
            }
        }
    }
    private var nameStarting: [Int32] = []
    private var nameEnding: [Int32] = []
    /// By token offset, the nearest token before it that is the reporter's (neither a quotation mark
    /// nor inside a quotation), or -1: rules reading back through a sentence step over quotations at once.
    private var reporterBefore: [Int32] = []

    /// The reporter's token nearest before `index` (see `reporterBefore`), or -1 when there is none.
    func reporterToken(before index: Int) -> Int { Int(reporterBefore[index]) }

    /// The name whose first token is `index`.
    func name(startingAt index: Int) -> Name? { Self.name(at: index, in: nameStarting).map { names[$0] } }

    /// The name whose last token is just before `index` (its range ends at `index`).
    func name(endingBefore index: Int) -> Name? { Self.name(at: index, in: nameEnding).map { names[$0] } }

    private static func name(at index: Int, in table: [Int32]) -> Int? {
        guard table.indices.contains(index), table[index] >= 0 else { return nil }
        return Int(table[index])
    }

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
        reporterBefore = Self.reporterTable(tokens)
        casingReliable = Self.isCasingReliable(tokens, role: paragraph.role, opening: opening)
    }

    /// `reporterBefore` for these tokens.
    private static func reporterTable(_ tokens: [Token]) -> [Int32] {
        var table: [Int32] = []
        table.reserveCapacity(tokens.count + 1)
        var reporter: Int32 = -1
        for token in tokens {
            table.append(reporter)
            if token.kind != .quote, !token.isQuoted { reporter = Int32(table.count - 1) }
        }
        table.append(reporter)
        return table
    }

    /// Whether capitals mean names in a block of these tokens (see `casingReliable`). Counted without
    /// copying the tokens; the words that are not minor (`HeaderReader.minorWords`) only where they matter.
    private static func isCasingReliable(_ tokens: [Token], role: Paragraph.Role, opening: Bool) -> Bool {
        func majorWords() -> (count: Int, capitalised: Int) {
            var count = 0, capitalised = 0
            for token in tokens where token.isWord && !HeaderReader.minorWords.contains(token.lower) {
                count += 1
                if token.isCapitalised { capitalised += 1 }
            }
            return (count, capitalised)
        }
        guard role == .body || role == .caption else {
            let major = majorWords()
            return !(major.count >= 2 && major.capitalised == major.count && !tokens.contains { $0.kind == .number })
        }
        var words = 0, allCaps = 0
        for token in tokens where token.isWord {
            words += 1
            if token.isAllCaps && token.text.count > 1 { allCaps += 1 }
        }
        // A sub-headline under the headline: title case, and not a sentence.
        func titleCased() -> Bool {
            let major = majorWords()
            return HeaderReader.isTitleCased(major: major.count, capitalised: major.capitalised) && !(tokens.last?.endsSentence ?? false)
        }
        return !(words >= 3 && allCaps * 2 > words) && !(opening && words >= 4 && words <= 25 && titleCased())
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
