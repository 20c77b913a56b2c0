/// Reads the header at the top of a file: headline (over one to three lines), byline and date line,
/// in any order, up to the first line of the body.
struct HeaderReader {
    var blocks: [(role: Paragraph.Role, lines: [Int])] = []
    var byline: Byline?
    var date: ArticleDate?
    /// The first line of the body.
    var bodyStart: Int

    private static let maxHeadlineLines = 3
    private static let maxHeadlineLength = 160

    /// - Parameter sentenceMayBeHeadline: whether a first line written as a sentence may be the
    ///   headline (not when the front matter already gave one).
    init(_ source: SourceText, from start: Int, sentenceMayBeHeadline: Bool = true) {
        var headline: [Int] = []
        var headlineClosed = false
        var index = start
        while index < source.lines.count {
            let line = source.lines[index]
            if line.isBlank {
                headlineClosed = !headline.isEmpty
                index += 1
                continue
            }
            let text = source.text(ofLine: index)
            if byline == nil, let found = Byline(line: text) {
                byline = found
                blocks.append((.byline, [index]))
            } else if date == nil, let found = ArticleDate(line: text) {
                date = found
                blocks.append((.date, [index]))
            } else if !headlineClosed, headline.count < Self.maxHeadlineLines,
                      Self.mayBeHeadline(text) || sentenceMayBeHeadline && headline.isEmpty && blocks.isEmpty && Self.isShortSentence(text) {
                headline.append(index)
                index += 1
                continue
            } else {
                break
            }
            headlineClosed = !headline.isEmpty
            index += 1
        }
        bodyStart = index
        guard let first = headline.first else { return }
        let closed = headlineClosed || index >= source.lines.count
        if Self.isShortSentence(source.text(ofLine: first)) && !Self.mayBeHeadline(source.text(ofLine: first)) {
            // A first line that ends like a sentence is a headline only standing alone, with a body
            // after it: a one-line lede followed by a blank line reads the same, but files of news
            // put the headline first far more often than they open on a one-sentence paragraph.
            if headline.count == 1, headlineClosed, index < source.lines.count {
                blocks.append((.headline, headline))
                blocks.sort { $0.lines[0] < $1.lines[0] }
            } else {
                bodyStart = first
            }
        } else if closed || headline.count == 1 && Self.standsAlone(text: source.text(ofLine: first), next: index < source.lines.count ? source.text(ofLine: index) : nil) {
            blocks.append((.headline, headline))
            blocks.sort { $0.lines[0] < $1.lines[0] }
        } else {
            // Not a headline after all but the opening lines of a hard-wrapped first paragraph (nothing
            // after them was read as header, since only a closed headline lets the header go on).
            bodyStart = first
        }
    }

    /// A short line that does not end like a sentence.
    private static func mayBeHeadline(_ text: Substring) -> Bool {
        guard isShort(text), let last = text.unicodeScalars.last else { return false }
        if ".,;:".unicodeScalars.contains(last) { return false }
        return !ParagraphClassifier.startsRelatedLine(text)
    }

    /// Whether a line is no longer than a headline can be: counted only that far, as a line may be
    /// a whole article.
    private static func isShort(_ text: Substring) -> Bool {
        text.dropFirst(maxHeadlineLength).isEmpty
    }

    /// The most words a headline written as a sentence (`Judge rejects request to unseal file.`) has.
    private static let maxSentenceHeadlineWords = 25

    /// One short sentence ending in `.`, `;` or `:` (a headline some outlets punctuate), with no other
    /// sentence end inside it unless the line is very short.
    static func isShortSentence(_ text: Substring) -> Bool {
        guard isShort(text), let last = text.unicodeScalars.last, ".;:".unicodeScalars.contains(last) else { return false }
        let words = text.split(whereSeparator: { $0 == " " })
        guard words.count >= 3, words.count <= maxSentenceHeadlineWords else { return false }
        // A line this short standing alone is a headline even in two sentences (`Candidate could make history. Again.`).
        if words.count <= 12 { return true }
        // A second sentence inside: a word ending in . ! ? followed by a capitalised word (not an
        // initial or abbreviation such as `U.S.` or `Mr.`).
        for (word, next) in zip(words, words.dropFirst()) {
            guard let end = word.last, "!?".contains(end) || end == "." && word.count > 3 && !word.dropLast().contains(".") else { continue }
            if next.first?.isUppercase == true { return false }
        }
        return true
    }

    /// Whether a single headline-like line followed directly by body (no blank line) is a headline: it
    /// is in title case or capitals, or the next line is much longer (one paragraph per line).
    private static func standsAlone(text: Substring, next: Substring?) -> Bool {
        if isTitleCased(text) { return true }
        guard let next else { return true }
        return next.count > 120 && next.count > text.count * 3 / 2
    }

    static let minorWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "as",
        "is", "vs", "vs.", "via", "into", "over", "after", "amid",
    ]

    /// Whether three quarters or more of the words that are not minor words (a, of, the …) start
    /// with a capital.
    static func isTitleCased(_ text: Substring) -> Bool {
        var major = 0, capitalised = 0
        var word: [Unicode.Scalar] = []
        func endWord() {
            defer { word.removeAll(keepingCapacity: true) }
            guard let first = word.first(where: { !$0.isQuotationMark }), word.contains(where: \.isLetter) else { return }
            if word.count <= 5, minorWords.contains(String(scalars: word[...]).lowercased()) { return }
            major += 1
            if first.isUppercaseLetter { capitalised += 1 }
        }
        for s in text.unicodeScalars {
            if s.isHorizontalSpace { endWord() } else { word.append(s) }
        }
        endWord()
        return isTitleCased(major: major, capitalised: capitalised)
    }

    /// The title-case rule on counts: three quarters or more of the major words capitalised.
    static func isTitleCased(major: Int, capitalised: Int) -> Bool {
        major > 0 && capitalised * 4 >= major * 3
    }
}
