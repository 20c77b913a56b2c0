/// Finds the quotations in a block of text: spans between quotation marks, straight or curly, single
/// or double, « » and „ “. Apostrophes (`Russia's`, `doesn't`, `the '90s`, `leaders'`) are not marks,
/// doubled or mismatched marks (`""good meeting'`) still make one quotation, and only the outermost
/// quotation of a nest is returned.
struct QuoteFinder {
    /// A quotation in a block: content offsets, and whether it was left open at the block's end.
    struct Span: Equatable {
        /// The words inside the marks (offsets into the block's scalars).
        var content: TextRange
        /// The opening mark's offset, nil when the span goes on from the previous block.
        var open: Int?
        /// False when the block ended with the quotation still open.
        var closed: Bool
    }

    private enum Role { case opens, closes, either, closesMismatched, none }

    /// The quotations in one block's scalars, outermost only, in order.
    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var stack: [(mark: Unicode.Scalar, offset: Int)] = []
        var ahead = Lookahead(scalars: scalars)
        for i in scalars.indices where scalars[i].isQuotationMark {
            let mark = scalars[i]
            let role = role(of: i, in: scalars, open: stack.last?.mark)
            let closable = stack.lastIndex { closes(mark, $0.mark) }
            if role == .closes || role == .either, let level = closable {
                // `ministers' decision` inside a quotation is a possessive when the quotation closes later
                // and no new one opens first (‘the lads’ and ‘our boys’).
                if isSingle(mark), looksPossessive(i, in: scalars), let later = ahead.closer(for: stack[level].mark, after: i),
                   (ahead.opener(after: i).map { $0 > later } ?? true) {
                    continue
                }
                if level == 0 {
                    spans.append(Span(content: TextRange(start: stack[0].offset + 1, end: i), open: stack[0].offset, closed: true))
                }
                stack.removeSubrange(level...)
            } else if role == .opens || role == .either {
                if let top = stack.last, top.offset == i - 1 {
                    // Doubled opening marks ('" or ""): one quotation, its words starting after the second.
                    stack[stack.count - 1] = (isSingle(top.mark) ? mark : top.mark, i)
                } else if stack.count < 3 {
                    stack.append((mark, i))
                }
            } else if role == .closesMismatched, let bottom = stack.first,
                      ahead.closer(for: bottom.mark, after: i) == nil {
                // A mismatched closer (""good meeting') ends the quotation when no proper closer follows.
                spans.append(Span(content: TextRange(start: bottom.offset + 1, end: i), open: bottom.offset, closed: true))
                stack.removeAll()
            }
        }
        if let bottom = stack.first {
            spans.append(Span(content: TextRange(start: bottom.offset + 1, end: scalars.count), open: bottom.offset, closed: false))
        }
        return spans
    }

    /// `ministers' decision`, `ministers' 2026 budget`: an s, the mark, a space and a word.
    private static func looksPossessive(_ i: Int, in s: [Unicode.Scalar]) -> Bool {
        i > 0 && (s[i - 1] == "s" || s[i - 1] == "S") && i + 2 < s.count && s[i + 1] == " "
            && (s[i + 2].isLetter || s[i + 2].isDigit)
    }

    private static func isSingle(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}": return true
        default: return false
        }
    }

    /// Whether `mark` can close a quotation opened with `opener`.
    private static func closes(_ mark: Unicode.Scalar, _ opener: Unicode.Scalar) -> Bool {
        if isSingle(mark) != isSingle(opener) { return false }
        switch opener {
        case "\u{AB}": return mark == "\u{BB}"
        case "\u{BB}": return mark == "\u{AB}"
        case "\u{2039}": return mark == "\u{203A}"
        case "\u{201E}": return mark == "\u{201C}" || mark == "\u{201D}"
        case "\u{201A}": return mark == "\u{2018}" || mark == "\u{2019}"
        case "\u{300C}": return mark == "\u{300D}"
        case "\u{300E}": return mark == "\u{300F}"
        default: return mark != "\u{AB}" && mark != "\u{2039}" && mark != "\u{201E}" && mark != "\u{201A}"
        }
    }

    /// The next mark after an offset that can close a quotation opened with a given mark, or that
    /// opens one. The answers are remembered: asked with rising offsets, as `spans` asks, each mark of
    /// a block is looked at once per question instead of once per asking (a block of thousands of
    /// unbalanced marks would otherwise take quadratic time).
    private struct Lookahead {
        let scalars: [Unicode.Scalar]
        /// Per question, the last offset asked after and the answer found.
        private var closers: [Unicode.Scalar: (after: Int, at: Int?)] = [:]
        private var openers: (after: Int, at: Int?)?

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        /// The offset of the next mark after `index` that can close a quotation opened with `opener`.
        mutating func closer(for opener: Unicode.Scalar, after index: Int) -> Int? {
            if let known = closers[opener], let answer = Self.reuse(known, index) { return answer }
            let found = next(after: index) { j in
                closes(scalars[j], opener) && [.closes, .either].contains(role(of: j, in: scalars, open: opener))
            }
            closers[opener] = (index, found)
            return found
        }

        /// The offset of the next mark after `index` that opens a quotation when none is open.
        mutating func opener(after index: Int) -> Int? {
            if let known = openers, let answer = Self.reuse(known, index) { return answer }
            let found = next(after: index) { role(of: $0, in: scalars, open: nil) == .opens }
            openers = (index, found)
            return found
        }

        /// A remembered answer still holds for a later `index` when the mark it found lies beyond
        /// `index` (nothing matched in between) or when nothing was found at all.
        private static func reuse(_ known: (after: Int, at: Int?), _ index: Int) -> Int?? {
            guard known.after <= index else { return nil }
            guard let at = known.at else { return .some(nil) }
            return at > index ? .some(at) : nil
        }

        private func next(after index: Int, where matches: (Int) -> Bool) -> Int? {
            var j = index + 1
            while j < scalars.count {
                if scalars[j].isQuotationMark, matches(j) { return j }
                j += 1
            }
            return nil
        }
    }

    /// What the mark at `i` can do, from its shape and its neighbours.
    private static func role(of i: Int, in s: [Unicode.Scalar], open: Unicode.Scalar?) -> Role {
        let mark = s[i]
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        let spaceBefore = before.map { $0.isHorizontalSpace || $0 == "(" || $0 == "[" || $0.isDash || $0 == "/" || $0.isQuotationMark } ?? true
        let spaceAfter = after.map { $0.isHorizontalSpace || $0.isSentenceTerminator || $0 == "," || $0 == ";" || $0 == ":" || $0 == ")" || $0 == "]" || $0.isDash || $0.isQuotationMark } ?? true
        let letterBefore = before.map { $0.isLetter || $0.isDigit } ?? false
        let letterAfter = after.map { $0.isLetter || $0.isDigit } ?? false

        switch mark {
        case "\u{201C}", "\u{AB}", "\u{201E}", "\u{2039}", "\u{300C}", "\u{300E}":
            // “ also closes „…“.
            if mark == "\u{201C}", open == "\u{201E}" { return .closes }
            if mark == "\u{AB}", open == "\u{BB}" { return .closes }
            return .opens
        case "\u{201D}", "\u{BB}", "\u{203A}", "\u{300D}", "\u{300F}":
            if mark == "\u{BB}", spaceBefore, !spaceAfter, open != "\u{AB}" { return .opens }
            // `”Fear. I am afraid …”` opening a paragraph: a closing mark typed where an opening one
            // belongs, with nothing open to close.
            if mark == "\u{201D}", open == nil, before == nil || before == "\n", letterAfter { return .opens }
            return .closes
        case "\"":
            if spaceBefore && !spaceAfter { return .opens }
            if !spaceBefore && spaceAfter { return .closes }
            if letterBefore && letterAfter { return open == nil ? .none : .closes }
            return .either
        case "\u{2018}", "\u{201A}", "\u{201B}":
            if isElision(after: i, in: s) { return .none }
            if letterBefore && letterAfter { return .none }
            return spaceAfter ? .none : .opens
        case "'", "\u{2019}":
            // Inside a word (doesn't, Russia's) it is an apostrophe.
            if letterBefore && letterAfter { return .none }
            if spaceBefore && !spaceAfter {
                if isElision(after: i, in: s) { return .none }
                return mark == "'" ? .opens : .none
            }
            if !spaceBefore && spaceAfter {
                // leaders' (possessive) closes only when a quotation is open.
                guard let open else { return .none }
                return isSingle(open) ? .closes : .closesMismatched
            }
            return .none
        default:
            return .none
        }
    }

    /// `'90s`, `'em`, `'til`, `'n'`: a mark standing for missing letters.
    private static func isElision(after i: Int, in s: [Unicode.Scalar]) -> Bool {
        var j = i + 1
        var word = ""
        while j < s.count, s[j].isLetter || s[j].isDigit { word.unicodeScalars.append(s[j]); j += 1 }
        if word.first?.isNumber == true { return word.count <= 4 && word.allSatisfy { $0.isNumber || $0 == "s" } }
        return Lexicon.shared.word(word.lowercased(), is: .elision)
    }
}
