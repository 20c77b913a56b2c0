/// Finds the names in an article's blocks and tells people, organisations, places and other names
/// apart, from word lists, titles, the shape of the name and its context, and what the rest of the
/// article says about the same words (a surname alone is a person when the full name was one).
struct EntityRecognizer {
    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// A run of capitalised words, before it is typed.
    struct Candidate {
        var tokens: Range<Int>
        var kind: Mention.Kind?
        var role: String?
        var sentenceInitial: Bool
    }


    /// The mentions of each block; `casing[i]` is false for blocks whose capitals say nothing (headlines
    /// in title case or capitals).
    func mentions(in blocks: [[Token]], casing: [Bool]) -> [[(tokens: Range<Int>, kind: Mention.Kind, role: String?)]] {
        let memo = KindMemo()
        let seenMidSentence = Set(blocks.indices.filter { casing[$0] }.flatMap { runsInsideSentences(blocks[$0]) })
        var found = blocks.indices.map {
            candidates(in: blocks[$0], casingReliable: casing[$0], seenMidSentence: seenMidSentence, memo: memo)
        }
        // Multi-word names the words themselves could not type: a speaker before a speech verb, a
        // relative of someone named (Ivanka Trump), else by the shape of the name.
        let typedSurnames = Set(found.indices.flatMap { b in
            found[b].filter { $0.kind == .person && $0.tokens.count >= 2 }.compactMap { blocks[b][$0.tokens].last(where: \.isWord)?.text }
        })
        for b in found.indices where casing[b] {
            for k in found[b].indices where found[b][k].kind == nil {
                let c = found[b][k]
                let words = blocks[b][c.tokens].wordTexts
                guard words.count >= 2, !c.sentenceInitial || !lexicon.commonWords.contains(words[0].lowercased()) else { continue }
                let afterArticle = c.tokens.lowerBound > 0 && blocks[b][c.tokens.lowerBound - 1].is(.determiner)
                if words.count <= 3, typedSurnames.contains(words[words.count - 1])
                    || !afterArticle && !isOrdinaryPhrase(words) && !words.contains("of")
                    && (followedByCue(blocks[b], after: c.tokens.upperBound) || precededBySaid(blocks[b], before: c.tokens.lowerBound)) {
                    found[b][k].kind = .person
                } else {
                    // `the New Yorker`, `the Brookings Institution`: a name after an article is no person's.
                    let kind = defaultKind(of: words)
                    found[b][k].kind = kind == .person && afterArticle ? .organization : kind
                }
            }
        }
        // What the article says about names: full names of people (and their surnames), organisations, places.
        let typed = found.reduce(0) { $0 + $1.count }
        var knownNames = [String: Mention.Kind](minimumCapacity: typed)
        var surnames: Set<String> = []
        /// The same, lower-cased, for blocks in capitals (SHEARER NAMED AS ENGLAND CAPTAIN).
        var knownLower = [String: Mention.Kind](minimumCapacity: typed)
        for (b, list) in found.enumerated() {
            for c in list {
                guard let kind = c.kind else { continue }
                let words = blocks[b][c.tokens].wordTexts
                knownNames[words.joined(separator: " "), default: kind] = kind
                knownLower[words.joined(separator: " ").lowercased(), default: kind] = kind
                if kind == .person, words.count >= 2, let last = words.last {
                    surnames.insert(last)
                    knownLower[last.lowercased(), default: .person] = .person
                }
            }
        }
        // In a results line (Leeds 2 Southampton 1), a place next to a score is a team.
        for b in found.indices {
            let numbers = blocks[b].count { $0.kind == .number }
            guard numbers >= 2 else { continue }
            for k in found[b].indices where found[b][k].kind == .place {
                let after = found[b][k].tokens.upperBound
                if after < blocks[b].count, blocks[b][after].kind == .number { found[b][k].kind = .organization }
            }
        }
        for b in found.indices {
            // A surname of someone the article names in full is that person, even where a word list
            // says place (Warren, Jordan) or organisation (Ford).
            for k in found[b].indices where found[b][k].tokens.count == 1 && (found[b][k].kind == .place || found[b][k].kind == .organization) {
                if surnames.contains(blocks[b][found[b][k].tokens.lowerBound].text) { found[b][k].kind = .person }
            }
            for k in found[b].indices where found[b][k].kind == nil {
                let c = found[b][k]
                let words = blocks[b][c.tokens].wordTexts
                let name = words.joined(separator: " ")
                if let kind = knownNames[name] {
                    found[b][k].kind = kind
                } else if !casing[b], let kind = knownLower[name.lowercased()] {
                    found[b][k].kind = kind
                } else if words.count == 1, surnames.contains(name) {
                    found[b][k].kind = .person
                } else if casing[b], !(c.sentenceInitial && lexicon.commonWords.contains(name.lowercased())),
                          looksLikeSpeakerName(words, before: c.tokens.lowerBound, in: blocks[b]),
                          followedByCue(blocks[b], after: c.tokens.upperBound) || precededBySaid(blocks[b], before: c.tokens.lowerBound) {
                    found[b][k].kind = .person
                }
            }
        }
        retypeGivenNamesUsedAsPlaces(&found, in: blocks)
        let personWords = Set(found.indices.filter { casing[$0] }.flatMap { b in
            found[b].filter { $0.kind == .person }.compactMap { blocks[b][$0.tokens].last(where: \.isWord)?.text }
        })
        for b in found.indices where !casing[b] {
            found[b] = joiningGivenNames(found[b], in: blocks[b], people: personWords.contains)
        }
        return found.map { list in list.compactMap { c in c.kind.map { (c.tokens, $0, c.role) } } }
    }

    /// `in Chelsea`, `a Chelsea neighborhood`: a given name standing alone that the article writes after
    /// `in`, and never as anyone's given name or surname, is a place there.
    private func retypeGivenNamesUsedAsPlaces(_ found: inout [[Candidate]], in blocks: [[Token]]) {
        var afterIn: Set<String> = []
        var partOfNames: Set<String> = []
        for (b, list) in found.enumerated() {
            for c in list where c.kind == .person {
                let words = blocks[b][c.tokens].filter(\.isWord)
                if words.count >= 2 {
                    partOfNames.insert(words[0].text)
                    partOfNames.insert(words[words.count - 1].text)
                } else if c.role == nil, let word = words.first, c.tokens.lowerBound > 0, blocks[b][c.tokens.lowerBound - 1].lower == "in",
                          lexicon.givenNames[word.lower] != nil {
                    afterIn.insert(word.text)
                }
            }
        }
        let places = afterIn.subtracting(partOfNames)
        guard !places.isEmpty else { return }
        for b in found.indices {
            for k in found[b].indices where found[b][k].kind == .person && found[b][k].role == nil && found[b][k].tokens.count == 1
                && places.contains(blocks[b][found[b][k].tokens.lowerBound].text) {
                found[b][k].kind = .place
            }
        }
    }

    /// In a headline whose capitals say nothing (`Hillary Clinton Goes After …`), a given name right
    /// before a word the article uses for a person is that person's full name.
    private func joiningGivenNames(_ list: [Candidate], in tokens: [Token], people isPerson: (String) -> Bool) -> [Candidate] {
        var result: [Candidate] = []
        var k = 0
        while k < list.count {
            let c = list[k]
            if k + 1 < list.count, c.tokens.count == 1, list[k + 1].tokens.count == 1, list[k + 1].tokens.lowerBound == c.tokens.upperBound {
                let given = tokens[c.tokens.lowerBound], surname = tokens[list[k + 1].tokens.lowerBound]
                if lexicon.givenNames[given.lower] != nil, !lexicon.commonWords.contains(given.lower), !given.isPossessive,
                   isPerson(surname.text) {
                    result.append(Candidate(tokens: c.tokens.lowerBound..<list[k + 1].tokens.upperBound, kind: .person, role: nil, sentenceInitial: true))
                    k += 2
                    continue
                }
            }
            result.append(c)
            k += 1
        }
        return result
    }

    /// The type of an unknown run of two or more capitalised words: a person when it looks like a name
    /// (a given name first, or a last word that is not an ordinary word), otherwise an organisation.
    private func defaultKind(of words: [String]) -> Mention.Kind? {
        guard words.count <= 3 else { return .organization }
        let lowered = words.map { $0.lowercased() }
        if words.contains(where: { lexicon.isPlace($0) || lexicon.isNationality($0) || lexicon.isOrganisation($0) })
            || lowered.contains(where: { lexicon.organisationCues.contains($0) }) {
            return nil
        }
        // `Republic of Korea`, `Bank of Ireland`: a person's name has no `of`.
        if lowered.contains("of") { return .organization }
        if lexicon.givenNames[lowered[0]] != nil || !lexicon.commonWords.contains(lowered[lowered.count - 1]) { return .person }
        return lowered.allSatisfy { lexicon.commonWords.contains($0) } ? nil : .organization
    }

    /// The runs of capitalised words in one block, typed where the words themselves tell.
    private func candidates(in tokens: [Token], casingReliable: Bool, seenMidSentence: Set<String>, memo: KindMemo) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(tokens[i]) else { i += 1; continue }
            if isNameCompound(tokens[i]) {
                result.append(Candidate(tokens: i..<(i + 1), kind: .misc, role: nil, sentenceInitial: false))
                i += 1
                continue
            }
            let j = runEnd(from: i, in: tokens)
            // A run the article also has inside a sentence keeps its first word at a sentence start
            // (`Zero Hedge asked` after `…," Zero Hedge said`).
            let initial = isSentenceInitial(tokens, at: i) && (seenMidSentence.isEmpty || !seenMidSentence.contains(Self.text(of: tokens[i..<j])))
            if casingReliable {
                result += split(tokens, i..<j, sentenceInitial: initial, casingReliable: true, memo: memo)
            } else {
                // Capitals say nothing here: only names the word lists know, word by word or whole.
                let whole = kind(of: tokens[i..<j], role: nil, casingReliable: false, memo: memo)
                if let whole {
                    result.append(Candidate(tokens: i..<j, kind: whole, role: nil, sentenceInitial: true))
                } else {
                    for w in i..<j where !tokens[w].is(.nameParticle) {
                        result.append(Candidate(tokens: w..<(w + 1), kind: kind(of: tokens[w..<(w + 1)], role: nil, casingReliable: false, memo: memo),
                                                role: nil, sentenceInitial: true))
                    }
                }
            }
            i = j
        }
        return result
    }

    /// The end of the run of name words starting at `i`: capitalised words, `President [Donald] Trump`,
    /// lower-case particles inside a name (`Ursula von der Leyen`); a possessive ends it.
    private func runEnd(from i: Int, in tokens: [Token]) -> Int {
        var j = i + 1
        guard !tokens[i].isPossessive else { return j }
        while j < tokens.count {
            if isNameWord(tokens[j]) && !isNameCompound(tokens[j]) {
                j += 1
                if tokens[j - 1].isPossessive { break }
            } else if tokens[j].is("["), j + 3 < tokens.count, isNameWord(tokens[j + 1]), tokens[j + 2].is("]"),
                      isNameWord(tokens[j + 3]) {
                j += 3 // President [Donald] Trump
            } else if tokens[j].is(.nameParticle), tokens[j].isWord, j + 1 < tokens.count,
                      isNameWord(tokens[j + 1]), tokens[j].text == tokens[j].lower {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    /// The runs of name words of a block that do not open a sentence, as text.
    private func runsInsideSentences(_ tokens: [Token]) -> [String] {
        var runs: [String] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(tokens[i]), !isNameCompound(tokens[i]) else { i += 1; continue }
            let j = runEnd(from: i, in: tokens)
            if j - i >= 2, !isSentenceInitial(tokens, at: i) { runs.append(Self.text(of: tokens[i..<j])) }
            i = j
        }
        return runs
    }

    private static func text(of tokens: ArraySlice<Token>) -> String {
        tokens.map(\.text).joined(separator: " ")
    }

    /// Cuts a run into names: titles become a person's role, `Russia's Foreign Minister Sergei Lavrov` is
    /// a place and a person, a trailing connector is dropped.
    private func split(_ tokens: [Token], _ run: Range<Int>, sentenceInitial: Bool, casingReliable: Bool, memo: KindMemo) -> [Candidate] {
        var start = run.lowerBound
        var end = run.upperBound
        while end > start, tokens[end - 1].is(.nameParticle) { end -= 1 }
        while start < end, tokens[start].is(.nameParticle) { start += 1 }
        // A person of a place: Bernie Sanders | of | Vermont.
        if let of = (start..<end).first(where: { tokens[$0].lower == "of" }), of > start,
           lexicon.givenNames[tokens[start].lower] != nil || titleLength(tokens, at: start, limit: of) != nil,
           !lexicon.organisationCues.contains(tokens[end - 1].lower), of + 1 < end, lexicon.isPlace(tokens[(of + 1)..<end].map(\.text).joined(separator: " ")) {
            return split(tokens, start..<of, sentenceInitial: sentenceInitial, casingReliable: casingReliable, memo: memo)
                + [Candidate(tokens: (of + 1)..<end, kind: .place, role: nil, sentenceInitial: false)]
        }
        var out: [Candidate] = []
        var initial = sentenceInitial
        // Leading common words at the start of a sentence (The, But, In) are not names.
        while start < end, initial, !tokens[start].isPossessive, end - start > 1, titleLength(tokens, at: start, limit: end) == nil,
              lexicon.commonWords.contains(tokens[start].lower) && !isKnownName(tokens[start]),
              !lexicon.isPlace(Self.text(of: tokens[start..<end])), !lexicon.isOrganisation(Self.text(of: tokens[start..<end])) {
            start += 1
            initial = false
        }
        // A possessive inside the run ends a name: Russia's | Foreign Minister Sergei Lavrov.
        if let p = (start..<end).first(where: { tokens[$0].isPossessive }), p + 1 < end {
            out += split(tokens, start..<(p + 1), sentenceInitial: initial, casingReliable: casingReliable, memo: memo)
            out += split(tokens, (p + 1)..<end, sentenceInitial: false, casingReliable: casingReliable, memo: memo)
            return out
        }
        // A run that is only a title (the Secretary of State) is a description, not a name.
        if titleLength(tokens, at: start, limit: end) == end - start { return out }
        // A known organisation or place before a given name is a name of its own: UN | Mike Waltz.
        if end - start >= 3, isModifier(tokens[start]), lexicon.givenNames[tokens[start + 1].lower] != nil {
            out.append(Candidate(tokens: start..<(start + 1), kind: kindOfModifier(tokens[start]), role: nil, sentenceInitial: initial))
            return out + split(tokens, (start + 1)..<end, sentenceInitial: false, casingReliable: casingReliable, memo: memo)
        }
        // A run ending in an organisation word is one organisation: UN General Assembly.
        if end - start >= 2, lexicon.organisationCues.contains(tokens[end - 1].lower) {
            return out + [Candidate(tokens: start..<end, kind: .organization, role: nil, sentenceInitial: initial)]
        }
        // A role of capitalised words ending in a title before a name: Senate Majority Leader Mitch
        // McConnell, House Speaker Paul Ryan.
        if end - start >= 3, let t = (start..<(end - 1)).last(where: { k in titleEnding(tokens, at: k, from: start) && k > start }),
           end - t - 1 <= 3, kind(of: tokens[(t + 1)..<end], role: nil, casingReliable: casingReliable, memo: memo).map({ $0 == .person }) ?? true,
           !lexicon.organisationCues.contains(tokens[end - 1].lower) {
            return out + [Candidate(tokens: (t + 1)..<end, kind: .person, role: tokens[start...t].map(\.text).joined(separator: " "),
                                    sentenceInitial: false)]
        }
        // An unknown role before a given name: Harbour Master Mira Castell.
        if end - start >= 4, casingReliable, titleLength(tokens, at: start, limit: end) == nil, lexicon.givenNames[tokens[start].lower] == nil,
           tokens[start..<end].allSatisfy(\.isWord),
           let g = ((start + 1)..<(end - 1)).first(where: { lexicon.givenNames[tokens[$0].lower] != nil }), (2...3).contains(end - g),
           !tokens[start..<g].contains(where: { lexicon.isPlace($0.text) || lexicon.isOrganisation($0.text) || $0.isPossessive }) {
            // Words of a title-case phrase are no role: `Their Most Honest Thoughts On | Donald Trump`.
            if let cut = (start..<g).last(where: { tokens[$0].is(.preposition) || tokens[$0].is(.functionWord) }) {
                return out + split(tokens, (cut + 1)..<end, sentenceInitial: false, casingReliable: casingReliable, memo: memo)
            }
            return out + [Candidate(tokens: g..<end, kind: .person, role: tokens[start..<g].map(\.text).joined(separator: " "),
                                    sentenceInitial: false)]
        }
        // Titles before a name: President, Secretary of State, Foreign Minister.
        var role: [String] = leftRole(tokens, before: start)
        var k = start
        while k < end - 1 {
            if let length = titleLength(tokens, at: k, limit: end), k + length < end {
                role += tokens[k..<(k + length)].map(\.text)
                k += length
            } else if role.isEmpty, isModifier(tokens[k]), k + 1 < end, titleLength(tokens, at: k + 1, limit: end) != nil {
                role.append(tokens[k].text)
                out.append(Candidate(tokens: k..<(k + 1), kind: kindOfModifier(tokens[k]), role: nil, sentenceInitial: initial))
                k += 1
            } else {
                break
            }
        }
        // Only a title left (U.S. Ambassador) is no name, unless an honorific says a name follows (Mr. King).
        let honorific = tokens[start..<k].contains { lexicon.titles[$0.lower] == .person }
        if k > start, !honorific, titleLength(tokens, at: k, limit: end + 1) == end - k { return out }
        // `Mr. President`, `Madam Secretary`: a form of address, not a name.
        if honorific, let length = titleLength(tokens, at: k, limit: end + 1), length == end - k,
           lexicon.word(tokens[k..<end].map(\.lower).joined(separator: " "), is: .addressedTitle) {
            return out
        }
        // `a former Miss Universe`: an honorific after `a` is a title won, not a person's.
        if honorific, end - k == 1, tokens[max(0, start - 2)..<start].contains(where: { $0.is(.indefiniteDeterminer) }) {
            return out
        }
        // Not a title when what follows is an organisation or place: UN General Assembly.
        // After an honorific a name follows, even one a word list has as a place (Mr. Bush, Ms. Warren).
        if k > start && !role.isEmpty
            && (honorific || kind(of: tokens[k..<end], role: nil, casingReliable: casingReliable, memo: memo).map({ $0 == .person }) ?? true) {
            // `Miss Universe Alicia Machado`: an ordinary word between the title and a given name is
            // part of the role.
            if casingReliable, let g = givenNameAfterRoleWord(tokens, k..<end) {
                role += tokens[k..<g].map(\.text)
                k = g
            }
            return out + [Candidate(tokens: k..<end, kind: .person, role: role.joined(separator: " "), sentenceInitial: false)]
        }
        if k > start {
            out.removeAll()
            role = []
        }
        guard start < end else { return out }
        // `Attorney Brad Holm`, `Pastor Ada Moss`: an ordinary word before a given name and a surname is
        // a role no word list has.
        if casingReliable, role.isEmpty, let g = givenNameAfterRoleWord(tokens, start..<end) {
            return out + [Candidate(tokens: g..<end, kind: .person, role: tokens[start..<g].map(\.text).joined(separator: " "),
                                    sentenceInitial: false)]
        }
        var candidate = Candidate(tokens: start..<end, kind: nil, role: role.isEmpty ? nil : role.joined(separator: " "), sentenceInitial: initial)
        candidate.kind = kind(of: tokens[start..<end], role: candidate.role, casingReliable: casingReliable, memo: memo)
        return out + [candidate]
    }

    /// Where the name starts in a run of three words that is an ordinary word, a given name and a
    /// surname (`Attorney Brad Holm`, `Universe Alicia Machado`): at the given name.
    private func givenNameAfterRoleWord(_ tokens: [Token], _ run: Range<Int>) -> Int? {
        guard run.count == 3, tokens[run].allSatisfy(\.isWord) else { return nil }
        let first = tokens[run.lowerBound], given = tokens[run.lowerBound + 1], surname = tokens[run.lowerBound + 2]
        guard !first.isPossessive, !given.isPossessive, lexicon.commonWords.contains(first.lower),
              lexicon.givenNames[first.lower] == nil, lexicon.givenNames[given.lower] != nil,
              !lexicon.commonWords.contains(surname.lower), !lexicon.isPlace(surname.text), !lexicon.isOrganisation(surname.text),
              ![first.text, first.text + " " + given.text].contains(where: { lexicon.isPlace($0) || lexicon.isOrganisation($0) || lexicon.isNationality($0) })
        else { return nil }
        return run.lowerBound + 1
    }

    /// A role in lower case just before a name: `Kremlin spokesperson`, `the U.S. president`.
    private func leftRole(_ tokens: [Token], before index: Int) -> [String] {
        guard index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalised,
              lexicon.titles[tokens[index - 1].lower] != nil else { return [] }
        var start = index - 1
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalised || lexicon.titles[tokens[start - 1].lower] != nil {
            start -= 1
        }
        return tokens[start..<index].map(\.text)
    }

    /// Whether a person's title ends at `index` (one to three words: Leader, Majority Leader).
    private func titleEnding(_ tokens: [Token], at index: Int, from start: Int) -> Bool {
        guard lexicon.titleEndings.contains(tokens[index].lower) else { return false }
        return (1...3).contains { length in
            index - length + 1 >= start && {
                let phrase = tokens[(index - length + 1)...index].map(\.lower).joined(separator: " ")
                return lexicon.titles[phrase] != nil // every title class is a person's role
            }()
        }
    }

    /// The number of tokens of a title starting at `index` (longest first), or nil.
    private func titleLength(_ tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard index < tokens.count, let longest = lexicon.titleLengths[tokens[index].lower] else { return nil }
        for length in stride(from: min(longest, 4, min(limit, tokens.count) - index), through: 1, by: -1) {
            let phrase = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
            if lexicon.titles[phrase] != nil { return length } // every title class is a person's role
        }
        return nil
    }

    private func isModifier(_ token: Token) -> Bool {
        lexicon.word(token.text, is: .placeAbbreviation) || lexicon.isNationality(token.text)
            || lexicon.isPlace(token.text) || lexicon.isOrganisation(token.text)
    }

    private func kindOfModifier(_ token: Token) -> Mention.Kind {
        if lexicon.isNationality(token.text) { return .misc }
        if lexicon.isOrganisation(token.text) { return .organization }
        return .place
    }

    /// The type a single word alone gives, worked out once per article: a name comes back in
    /// paragraph after paragraph, and each look costs several word lists.
    private final class KindMemo {
        private var known: [String: Mention.Kind?] = [:]
        private var knownWhereCasingSaysNothing: [String: Mention.Kind?] = [:]

        func kind(of word: String, casingReliable: Bool, _ find: () -> Mention.Kind?) -> Mention.Kind? {
            if let kind = casingReliable ? known[word] : knownWhereCasingSaysNothing[word] { return kind }
            let kind = find()
            if casingReliable { known[word] = .some(kind) } else { knownWhereCasingSaysNothing[word] = .some(kind) }
            return kind
        }
    }

    /// The type the words alone give, or nil when they do not tell.
    private func kind(of words: ArraySlice<Token>, role: String?, casingReliable: Bool, memo: KindMemo) -> Mention.Kind? {
        if role != nil { return .person }
        // One word is typed by its text alone (and the casing).
        if words.count == 1, let word = words.first, word.isWord {
            return memo.kind(of: word.text, casingReliable: casingReliable) { kind(of: words, casingReliable: casingReliable) }
        }
        return kind(of: words, casingReliable: casingReliable)
    }

    private func kind(of words: ArraySlice<Token>, casingReliable: Bool) -> Mention.Kind? {
        let name = words.wordTexts.joined(separator: " ")
        if lexicon.isOrganisation(name) { return .organization }
        if let last = words.last?.lower, lexicon.organisationCues.contains(last), words.count >= 2 { return .organization }
        if words.count >= 3, words.contains(where: { $0.lower == "of" }),
           let first = words.first?.lower, lexicon.organisationCues.contains(first) { return .organization }
        if lexicon.word(name, is: .placeAbbreviation) || lexicon.isPlace(name) { return .place }
        // `Long Island`, `Jordan Valley`: a feature of the land ends the name, and no given name opens it
        // (`Ricki Lake`) unless it is also an ordinary word (`Long`).
        if words.count >= 2, let last = words.last, last.is(.placeFeature), let first = words.first,
           lexicon.givenNames[first.lower] == nil || lexicon.commonWords.contains(first.lower) { return .place }
        // `N. Korea`, `S. Africa`: a compass point shortened to its initial, in a place's name.
        if words.count == 2, let point = Self.compassInitials[words[words.startIndex].text],
           lexicon.isPlace(point + " " + words[words.startIndex + 1].text) { return .place }
        if lexicon.isNationality(name) || lexicon.events.contains(name) { return .misc }
        if words.count == 1, let word = words.first, word.isAllCaps, (2...6).contains(word.text.count), casingReliable {
            return .organization
        }
        guard casingReliable else { return nil }
        if let first = words.first, lexicon.givenNames[first.lower] != nil,
           words.count >= 2 || !lexicon.commonWords.contains(first.lower) {
            return words.count <= 4 ? .person : nil
        }
        return nil
    }

    private static let compassInitials = ["N.": "North", "S.": "South", "E.": "East", "W.": "West"]

    private func isKnownName(_ token: Token) -> Bool {
        lexicon.isPlace(token.text) || lexicon.isOrganisation(token.text) || lexicon.isNationality(token.text)
    }

    /// `Bergamo-based`, `France-registered`, `Communist-led`: a name turned adjective, a name of its own.
    private func isNameCompound(_ token: Token) -> Bool {
        // Most words have no hyphen: a look at the bytes tells before a search by character.
        guard token.isCapitalised, token.text.utf8.contains(UInt8(ascii: "-")), let dash = token.text.lastIndex(of: "-") else { return false }
        let tail = token.text[token.text.index(after: dash)...]
        return tail.first?.isLowercase == true
    }

    /// A word that can be part of a name: capitalised, and not a pronoun or determiner.
    private func isNameWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalised && !token.is(.functionWord)
            && !token.is(.calendar)
    }

    private func isSentenceInitial(_ tokens: [Token], at index: Int) -> Bool {
        var k = index - 1
        while k >= 0, tokens[k].kind == .quote || tokens[k].is("(") || tokens[k].is("[") { k -= 1 }
        guard k >= 0 else { return true }
        // The first words of a quotation open the quoted sentence (`tweeting, “Notice Trump sniffing …”`).
        if tokens[index].isQuoted, !tokens[k].isQuoted, tokens[(k + 1)..<index].contains(where: { $0.kind == .quote }) { return true }
        let t = tokens[k]
        return t.endsSentence || t.is(":") || t.is("—") || t.is("–") || t.is("-")
    }

    /// Whether unknown words beside a speech verb can be a person's name: not after an article (`the
    /// Times said`, `the Post wrote`: a publication), and for several words, shaped like a name (`Zero
    /// Hedge said` is not).
    private func looksLikeSpeakerName(_ words: [String], before start: Int, in tokens: [Token]) -> Bool {
        if start > 0, tokens[start - 1].is(.determiner) { return false }
        return words.count == 1 ? !Self.isBrandShaped(words[0]) : defaultKind(of: words) == .person
    }

    /// Ordinary words in capitals, none a given name (`Zero Hedge`, `Daily Beast`): the name of a
    /// publication or a thing more likely than a person's, even before a speech verb.
    private func isOrdinaryPhrase(_ words: [String]) -> Bool {
        lexicon.givenNames[words[0].lowercased()] == nil && words.allSatisfy { lexicon.commonWords.contains($0.lowercased()) }
    }

    /// A word with a capital after five or more letters (`PolitiFact`, `FactCheck`): the shape of a
    /// brand. Surnames capitalise after a short particle only (McCain, DeSantis, LaBelle, FitzGerald).
    static func isBrandShaped(_ word: String) -> Bool {
        var lettersBefore = 0
        for c in word.unicodeScalars {
            guard c.properties.isAlphabetic else { return false }
            if c.properties.isUppercase, lettersBefore >= 5 { return true }
            lettersBefore += 1
        }
        return false
    }

    private func followedByCue(_ tokens: [Token], after index: Int) -> Bool {
        var k = index
        if k < tokens.count, tokens[k].is(",") { return false }
        while k < tokens.count, tokens[k].is(.cueLead) { k += 1 }
        return k < tokens.count && tokens[k].isWord && lexicon.cueVerbs.contains(tokens[k].lower) && !tokens[k].isCapitalised
    }

    private func precededBySaid(_ tokens: [Token], before index: Int) -> Bool {
        index > 0 && tokens[index - 1].is(.nameCue)
    }
}
