/// Tells the blocks around an article's text from its body: photo captions, `Related article:` lines
/// and subheadings.
enum ParagraphClassifier {
    private static let relatedLeads = [
        "related article:", "related articles:", "related:", "read more:", "read also:", "also read:",
        "see also:", "more:", "recommended:",
    ]
    private static let captionLeads = ["photo:", "photograph:", "image:", "caption:", "pictured:", "picture:"]

    static func startsRelatedLine(_ text: Substring) -> Bool {
        let lower = text.prefix(24).lowercased()
        return relatedLeads.contains { lower.hasPrefix($0) }
    }

    /// A caption: led by `Photo:` and the like, or ending in a photo credit `Name / AGENCY`.
    static func isCaption(_ text: Substring) -> Bool {
        let lower = text.prefix(12).lowercased()
        if captionLeads.contains(where: { lower.hasPrefix($0) }) { return true }
        return endsWithPhotoCredit(text)
    }

    /// `… on Tuesday. Jane Doe / AGENCY`, `(AP Photo/Jane Doe)`, `REUTERS/Jane Doe`: after the last
    /// sentence, one to three words (the last capitalised), a slash, and one to four capitalised words.
    static func endsWithPhotoCredit(_ text: Substring) -> Bool {
        guard text.utf8.contains(0x2F) else { return false }
        var tail = text[...]
        if let cut = lastSentenceBoundary(in: text) { tail = text[cut...] }
        tail = Substring(tail.trimmingCharacters(in: "() "))
        guard let slash = tail.lastIndex(of: "/") else { return false }
        let left = tail[..<slash].words, right = tail[tail.index(after: slash)...].words
        guard (1...3).contains(left.count), (1...4).contains(right.count) else { return false }
        let wordOK: (Substring) -> Bool = { w in
            w.unicodeScalars.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == ":" }
        }
        return left.allSatisfy(wordOK) && right.allSatisfy(wordOK)
            && left.last!.startsCapitalised && right.allSatisfy(\.startsCapitalised)
    }

    /// Where a caption's photo credit starts (a scalar offset into `text`), or nil when it has none.
    static func creditStart(in text: String) -> Int? {
        let sub = text[...]
        guard endsWithPhotoCredit(sub) else { return nil }
        guard let cut = lastSentenceBoundary(in: sub) else { return 0 }
        return sub.unicodeScalars.distance(from: sub.unicodeScalars.startIndex, to: cut)
    }

    /// The index just after the last `. ` (or `! `, `? `) in `text`.
    private static func lastSentenceBoundary(in text: Substring) -> Substring.Index? {
        var index = text.endIndex
        while index > text.startIndex {
            let before = text.index(before: index)
            if text[before] == " ", before > text.startIndex {
                let mark = text[text.index(before: before)]
                if mark == "." || mark == "!" || mark == "?" { return index }
            }
            index = before
        }
        return nil
    }

    /// A short line with no closing punctuation standing between paragraphs: `'Big fat missiles'`.
    static func isSubheading(_ text: Substring) -> Bool {
        guard text.utf8.count <= 320, let end = text.unicodeScalars.last(where: { !$0.isQuotationMark }),
              !".,;:!?…".unicodeScalars.contains(end) else { return false }
        let words = text.words
        guard (1...10).contains(words.count), text.count <= 80 else { return false }
        guard let first = text.unicodeScalars.first, first.isUppercaseLetter || first.isQuotationMark || first.isDigit
        else { return false }
        var scalars = text.unicodeScalars[...]
        while let last = scalars.last, last.isQuotationMark { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return !".,;:!?…".unicodeScalars.contains(last)
    }
}
