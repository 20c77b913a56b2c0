/// Cuts a block's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after it)
/// when the next token starts a sentence: a capital, a digit or an opening mark. Abbreviations
/// (`U.S.`, `Mr.`, `Sen.`, `Jan.`) and initials keep their dot in the word, so they never end one;
/// decimals are single number tokens; `"…?" he asked` and `Europe... and` go on.
enum SentenceSplitter {
    /// The token ranges of the sentences, in order, covering every token.
    static func sentences(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            guard tokens[i].endsSentence else { i += 1; continue }
            var end = i + 1
            // Closing marks and brackets written right after the terminator belong to the sentence.
            while end < tokens.count, tokens[end].range.start == tokens[end - 1].range.end,
                  tokens[end].kind == .quote || tokens[end].is(")") || tokens[end].is("]") {
                end += 1
            }
            if end >= tokens.count || startsSentence(tokens[end]) {
                result.append(start..<end)
                start = end
            }
            i = end
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    private static func startsSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalised
        case .number: return true
        case .quote: return true
        case .punctuation: return token.is("(") || token.is("[") || token.is("—") || token.is("-")
        }
    }
}
