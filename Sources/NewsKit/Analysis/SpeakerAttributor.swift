/// Decides who said each quotation of an article, by ordered rules (most precise first), and records
/// the subjects of speech verbs as it goes so that later pronouns and quote-only paragraphs resolve.
///
/// Rules: a cue verb right after the quote (`"…," Zelensky said`, `said Zelensky`, `he said`, `the
/// spokesman said`); a cue in the reporter's clause before it (`Trump wrote: "…"`, `Rubio warned …
/// adding that "…"`), whose subject is the speaker; another quote of the same paragraph; the speaker
/// of the statement just before a quote-only paragraph; the start of a quote that runs on.
struct SpeakerAttributor {
    let lexicon: Lexicon

    /// A speech verb outside quotations.
    func isCue(_ token: Token) -> Bool {
        token.isWord && !token.isQuoted && !token.isCapitalised && lexicon.cueVerbs.contains(token.lower)
    }

    /// How far (in words of the reporter, quotations not counted) a speaker is looked for from its cue:
    /// enough for long asides, and a bound that keeps a sentence without end from costing quadratic time.
    static let reach = 80

    /// A cue inside a relative clause (`a woman who suggested`) reports someone else's words.
    func isInRelativeClause(_ cue: Int, in tokens: [Token]) -> Bool {
        var k = cue - 1
        while k >= 0, tokens[k].is(.verbModifier) { k -= 1 }
        return k >= 0 && tokens[k].is(.relativePronoun)
    }

    /// The subject of the cue at `cue`: searched leftwards through the sentence (quotations skipped),
    /// or, for `said Zelensky`, right after the verb.
    /// `governedAllowed`: a name after a preposition may be the subject (`As Rosenthal put it`).
    /// `stopsAtCue`: give up at another cue on the way (its own subject, if any, is that cue's to note).
    func subject(ofCue cue: Int, in block: BlockText, discourse: inout Discourse, after quoteEnd: Int? = nil,
                 governedAllowed: Bool = false, stopsAtCue: Bool = false) -> Reference? {
        let tokens = block.tokens
        let isParticiple = tokens[cue].lower.hasSuffix("ing")
        // `Trump attacked Clinton …, saying "…"`: the participle after a comma goes with the subject of
        // the clause before it, never with that clause's object.
        let objectsSkipped = isParticiple && cue > 0 && tokens[cue - 1].is(",")
        var k = cue - 1
        var budget = Self.reach
        while k >= 0 {
            let t = tokens[k]
            if !(t.isQuoted || t.kind == .quote) {
                budget -= 1
                if budget < 0 { break }
            }
            if t.isQuoted || t.kind == .quote {
                // Between a quote and its cue there is no subject to the left: look right (`said X`).
                if !isParticiple, let quoteEnd, k < quoteEnd || t.kind == .quote { break }
                k -= 1
                continue
            }
            // A bracketed aside, (D-Mo.), is not the subject.
            if t.is(")"), let open = (max(0, k - 11)..<k).last(where: { tokens[$0].is("(") }) {
                k = open - 1
                continue
            }
            // An aside between commas (", the chief executive of the League,", ", dedicating the
            // museum,") is not the subject: step over it.
            // (A short aside that is a name, ", Petra Lindqvist,", is the subject itself.)
            if t.is(","), let opening = asideStart(endingAt: k, in: tokens),
               k - opening > 4 || !((opening + 1)..<k).contains(where: { block.name(startingAt: $0)?.kind == .person }) {
                k = opening - 1
                continue
            }
            if t.endsSentence || t.is(";") { break }
            if stopsAtCue, isCue(t) { return nil }
            let adjacent = isAdjacent(k, to: cue, in: tokens)
            // `footage of Trump saying "…"`: a name right before a participle cue is its subject,
            // even after a preposition.
            if let found = reference(endingAt: k, in: block, discourse: &discourse, adjacent: adjacent,
                                     governedAllowed: isParticiple && adjacent || governedAllowed, objectsSkipped: objectsSkipped) {
                return found
            }
            k -= 1
        }
        if isParticiple { return nil }
        return reference(startingAt: cue + 1, in: block, discourse: &discourse)
    }

    /// Whether the word at `k`, which no word list has as a cue, signs the quote closing at `quoteEnd`
    /// by the shape of the sentence: `"…," Clinton gushed.`, `"…," she gushed,`, `"…," gushed Clinton.`
    /// A lower-case word ending as a verb does (-ed, -s) right beside the speaker, closing its clause.
    func isCueByShape(_ k: Int, quoteEnd: Int, in block: BlockText) -> Bool {
        let tokens = block.tokens
        let t = tokens[k]
        guard t.isWord, !t.isQuoted, !t.isCapitalised, t.lower.count > 3,
              t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"),
              !t.is(.preposition) else { return false }
        func closesClause(_ i: Int) -> Bool { i >= tokens.count || tokens[i].endsSentence || tokens[i].is(",") }
        let first = quoteEnd + 1
        if k > first, closesClause(k + 1) {
            // The name may follow its title (`harbour master Ingrid Solheim beamed`).
            if let name = block.name(endingBefore: k), name.kind == .person, name.tokens.lowerBound >= first,
               name.tokens.lowerBound - first <= 3, tokens[first..<name.tokens.lowerBound].allSatisfy({ $0.isWord && !$0.isQuoted }) {
                return true
            }
            if k == first + 1, tokens[first].is(.subjectPronoun) { return true }
        }
        if k == first, let name = block.name(startingAt: k + 1), name.kind == .person, closesClause(name.tokens.upperBound) { return true }
        return false
    }

    /// What ends at token `k`, if it can be a subject: a person (not possessive, not after a
    /// preposition), a pronoun, a description, or an unnamed referent.
    /// The comma opening an aside that the comma at `k` closes, when the words between start like an
    /// aside: a participle, an article, a relative pronoun.
    private func asideStart(endingAt k: Int, in tokens: [Token]) -> Int? {
        var j = k - 1
        while j >= 0, !tokens[j].is(","), !tokens[j].endsSentence, tokens[j].kind != .quote, k - j < 25 { j -= 1 }
        guard j >= 0, tokens[j].is(","), j + 1 < k else { return nil }
        // A short aside is always one: , R-Ky., / , 82, / , Jr.,
        if k - j <= 3 { return j }
        let first = tokens[j + 1]
        guard first.lower.hasSuffix("ing") && first.isWord && !first.isCapitalised || first.is(.asideOpener)
                || lexicon.titles[first.lower] != nil && !first.isCapitalised else { return nil }
        // Keep what is before the aside: it must end in a name or a pronoun to be worth skipping to.
        return j
    }

    /// A word in the reporter's voice that reads as a finite verb (`attacked`, `blames`): a name right
    /// after it is its object.
    private func isVerbLike(_ t: Token) -> Bool {
        t.isWord && !t.isQuoted && !t.isCapitalised && t.lower.count > 3
            && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"))
            && !t.is(.functionWord) && !t.is(.preposition)
            && !t.is(.determiner)
    }

    /// Only auxiliaries and adverbs stand between `k` and the cue.
    private func isAdjacent(_ k: Int, to cue: Int, in tokens: [Token]) -> Bool {
        ((k + 1)..<cue).allSatisfy { tokens[$0].is(.verbModifier) }
    }

    private func reference(endingAt k: Int, in block: BlockText, discourse: inout Discourse, adjacent: Bool,
                           governedAllowed: Bool = false, objectsSkipped: Bool = false) -> Reference? {
        let tokens = block.tokens
        let t = tokens[k]
        if let name = block.name(endingBefore: k + 1) {
            let first = name.tokens.lowerBound
            if tokens[k].isPossessive { return nil }
            var before = first - 1
            if before >= 0, tokens[before].lower == "the" { before -= 1 }
            if before >= 0, tokens[before].is(.preposition), !governedAllowed { return nil }
            if objectsSkipped, before >= 0, isVerbLike(tokens[before]) { return nil }
            switch name.kind {
            case .person:
                let words = block.text(name.tokens)
                let position = Discourse.Position(block: block.index, token: first)
                guard let person = discourse.personAt(position) else { return nil }
                return .person(person, words: words, rule: .cueWithName, tokens: name.tokens)
            case .organization:
                return adjacent ? .unnamed(words: block.text(name.tokens)) : nil
            default:
                return nil
            }
        }
        if t.is(.subjectPronoun) {
            let position = Discourse.Position(block: block.index, token: k)
            guard let referent = discourse.pronounReferent(t.lower, at: position) else { return .unnamed(words: t.text) }
            discourse.learnGender(referent.person, from: t.lower)
            return .person(referent.person, words: t.text, rule: .cueWithPronoun, tokens: k..<(k + 1), landing: referent.position)
        }
        if adjacent, t.is(.unnamedSubject) {
            return .unnamed(words: t.text)
        }
        // `the report says`, `the website noted`: a thing, not a person, is the subject.
        if adjacent, t.isWord, !t.isCapitalised, lexicon.titles[t.lower] == nil, k > 0,
           tokens[k - 1].is(.determiner), !tokens[k - 1].is(.indefiniteDeterminer),
           !t.is(.functionWord) {
            return .unnamed(words: tokens[k - 1].text + " " + t.text)
        }
        if t.isWord, !t.isCapitalised || lexicon.titles[t.lower] != nil, let description = description(endingAt: k, in: block) {
            // An appositive names its person: Jean-Marc Ayrault, the foreign minister of France, said …
            if description.start >= 2, tokens[description.start - 1].is(","),
               let name = block.name(endingBefore: description.start - 1), name.kind == .person,
               let person = discourse.personAt(Discourse.Position(block: block.index, token: name.tokens.lowerBound)) {
                return .person(person, words: block.text(name.tokens), rule: .cueWithName, tokens: name.tokens)
            }
            if description.indefinite { return .unnamed(words: description.words) }
            let position = Discourse.Position(block: block.index, token: k)
            guard let referent = discourse.descriptionReferent(title: description.title, modifiers: description.modifiers, at: position)
            else { return .unnamed(words: description.words) }
            return .person(referent.person, words: description.words, rule: .cueWithDescription,
                           tokens: description.start..<(k + 1), landing: referent.position)
        }
        return nil
    }

    /// The person, pronoun or description starting at or just after `k` (`said Zelensky`, `said the
    /// spokesman`, `according to State Department spokesman Tommy Pigott`).
    func reference(startingAt k: Int, in block: BlockText, discourse: inout Discourse) -> Reference? {
        let tokens = block.tokens
        var j = k
        while j < min(tokens.count, k + 7) {
            let t = tokens[j]
            if t.endsSentence || t.kind == .quote || t.isQuoted { return nil }
            if let name = block.name(startingAt: j) {
                if name.kind == .person, !tokens[name.tokens.upperBound - 1].isPossessive,
                   let person = discourse.personAt(Discourse.Position(block: block.index, token: j)) {
                    return .person(person, words: block.text(name.tokens), rule: .cueWithName, tokens: name.tokens)
                }
                // An organisation names the speaker unless a role and a person follow (MSNBC host Chris Matthews).
                if tokens[name.tokens.upperBound - 1].isPossessive {
                    j = name.tokens.upperBound // NBC's Dante Chinni
                    continue
                }
                if name.kind == .organization {
                    let next = name.tokens.upperBound
                    let roleFollows = next < tokens.count && tokens[next].isWord && lexicon.titles[tokens[next].lower] != nil
                    if !roleFollows { return .unnamed(words: block.text(name.tokens)) }
                    j = next
                    continue
                }
            }
            if j == k, t.is(.subjectPronoun) {
                let position = Discourse.Position(block: block.index, token: j)
                guard let referent = discourse.pronounReferent(t.lower, at: position) else { return .unnamed(words: t.text) }
                return .person(referent.person, words: t.text, rule: .cueWithPronoun, tokens: j..<(j + 1), landing: referent.position)
            }
            if t.isWord, lexicon.titles[t.lower] != nil, !t.isCapitalised, let d = description(endingAt: j, in: block),
               !(j + 1 < tokens.count && tokens[j + 1].isCapitalised) {
                if d.indefinite { return .unnamed(words: d.words) }
                if let referent = discourse.descriptionReferent(title: d.title, modifiers: d.modifiers, at: Discourse.Position(block: block.index, token: j)) {
                    return .person(referent.person, words: d.words, rule: .cueWithDescription, tokens: d.start..<(j + 1), landing: referent.position)
                }
                return .unnamed(words: d.words)
            }
            j += 1
        }
        return nil
    }

    /// The person a sentence is about: its first person named outside quotations who is not a
    /// possessive or the object of a preposition, or a pronoun opening it. The sentence is the one the
    /// token at `index` is in, or, when `index` opens a sentence, the one before it.
    func sentenceSubject(at index: Int, in block: BlockText, discourse: inout Discourse) -> Reference? {
        let tokens = block.tokens
        guard var sentence = block.sentence(containing: index) else { return nil }
        var end = index
        if sentence.lowerBound == index || sentence.lowerBound == index - 1 && tokens[sentence.lowerBound].kind == .quote {
            guard sentence.lowerBound > 0, let previous = block.sentence(containing: sentence.lowerBound - 1) else { return nil }
            sentence = previous
            end = previous.upperBound
        }
        let start = max(sentence.lowerBound, end - 2 * Self.reach)
        var k = start
        while k < end {
            let t = tokens[k]
            if t.isQuoted || t.kind == .quote { k += 1; continue }
            if k == start || k == start + 1 && tokens[start].kind == .quote, t.is(.subjectPronoun) {
                let position = Discourse.Position(block: block.index, token: k)
                guard let referent = discourse.pronounReferent(t.lower, at: position) else { return nil }
                return .person(referent.person, words: t.text, rule: .sentenceSubject, tokens: k..<(k + 1), landing: referent.position)
            }
            if let name = block.name(startingAt: k) {
                var before = k - 1
                if before >= 0, tokens[before].lower == "the" { before -= 1 }
                let governed = before >= 0 && tokens[before].is(.preposition)
                if name.kind == .person, !tokens[name.tokens.upperBound - 1].isPossessive, !governed,
                   let person = discourse.personAt(Discourse.Position(block: block.index, token: k)) {
                    return .person(person, words: block.text(name.tokens), rule: .sentenceSubject, tokens: name.tokens)
                }
                k = name.tokens.upperBound
                continue
            }
            k += 1
        }
        return nil
    }

    struct Description {
        /// The index of the determiner that opens it.
        var start: Int
        var title: String
        var modifiers: [String]
        var words: String
        var indefinite: Bool
    }

    /// `the Ukrainian leader`, `a spokesperson`, `the former secretary of state`: a determiner, up to
    /// three modifiers and a title ending at `k`.
    func description(endingAt k: Int, in block: BlockText) -> Description? {
        let tokens = block.tokens
        // Most words end no title: one lookup says so before the phrases are tried.
        guard lexicon.titleEndings.contains(tokens[k].lower) else { return nil }
        // Every title ends with a word of `titleEndings`.
        guard lexicon.titleEndings.contains(tokens[k].lower) else { return nil }
        // The title may be several words: secretary of state.
        var titleStart = k
        var title = tokens[k].lower
        for length in stride(from: 3, through: 1, by: -1) where k - length + 1 >= 0 {
            let phrase = tokens[(k - length + 1)...k].map(\.lower).joined(separator: " ")
            if lexicon.titles[phrase] != nil { titleStart = k - length + 1; title = phrase; break }
        }
        guard let titleClass = lexicon.titles[title], titleClass != .person else { return nil }
        var m = titleStart - 1
        var modifiers: [String] = []
        while m >= 0, modifiers.count < 3, tokens[m].isWord, !tokens[m].is(.determiner) {
            modifiers.insert(tokens[m].text, at: 0)
            m -= 1
        }
        guard m >= 0, tokens[m].isWord, tokens[m].is(.determiner) else { return nil }
        return Description(start: m, title: title, modifiers: modifiers, words: block.text(m..<(k + 1)),
                           indefinite: tokens[m].is(.indefiniteDeterminer))
    }
}
