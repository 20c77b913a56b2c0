/// Runs the analysis of one article: names, people, quotations and their speakers.
///
/// Each block is scanned once into tokens and quotation spans; every rule then works on those tokens.
public struct ArticleAnalyzer: Sendable {
    let lexicon: Lexicon
    let recognizer: EntityRecognizer
    let attributor: SpeakerAttributor

    public init() {
        lexicon = .shared
        recognizer = EntityRecognizer(lexicon: lexicon)
        attributor = SpeakerAttributor(lexicon: lexicon)
    }

    private static let analysedRoles: Set<Paragraph.Role> = [.headline, .subheading, .body, .caption]

    public func analyze(_ article: Article) -> AnalyzedArticle {
        let firstBody = article.blocks.firstIndex { $0.role == .body }
        var blocks = article.blocks.enumerated().compactMap { index, paragraph -> BlockText? in
            guard Self.analysedRoles.contains(paragraph.role) else { return nil }
            // A caption's photo credit names the photographer, not a person of the story.
            let length = paragraph.role == .caption ? ParagraphClassifier.creditStart(in: paragraph.text) : nil
            return BlockText(index: index, paragraph: paragraph, analysedLength: length, opening: index == firstBody)
        }
        let names = recognizer.mentions(in: blocks.map(\.tokens), casing: blocks.map(\.casingReliable))
        for b in blocks.indices { blocks[b].names = names[b] }

        // The words of each person's name, and those of a name of several words folded: once for
        // both passes below.
        let personNames = blocks.map { block in
            block.names.map { name -> PersonName? in
                guard name.kind == .person else { return nil }
                let words = block.tokens[name.tokens].wordTexts
                let several = words.count >= 2 || name.tokens.count >= 2
                return PersonName(words: words, keys: several ? words.map(NameKey.fold) : nil)
            }
        }
        var discourse = Discourse(lexicon: lexicon)
        for (b, block) in blocks.enumerated() {
            for (n, name) in block.names.enumerated() where name.kind == .person && name.tokens.count >= 2 {
                guard let personName = personNames[b][n], let keys = personName.keys else { continue }
                _ = discourse.addFullName(personName.words, keys: keys)
            }
        }

        var quotes: [Quote] = []
        quotes.reserveCapacity(blocks.reduce(0) { $0 + $1.spans.count })
        var mentions: [Mention] = []
        var state = AttributionState()
        for (b, block) in blocks.enumerated() {
            let personOfName = noteReferences(in: block, personNames: personNames[b], discourse: &discourse)
            for (n, person) in personOfName.enumerated() {
                guard let person else { continue }
                let tokens = block.names[n].tokens
                state.names.add(person, at: Discourse.Position(block: block.index, token: tokens.lowerBound), range: block.textRange(tokens))
            }
            quotes += attributeQuotes(in: block, article: article, discourse: &discourse, state: &state)
            mentions += block.names.indices.map { n in
                let name = block.names[n]
                return Mention(kind: name.kind, block: block.index,
                               range: TextRange(start: block.tokens[name.tokens.lowerBound].range.start,
                                                end: block.tokens[name.tokens.upperBound - 1].range.end),
                               text: block.text(name.tokens), role: name.role,
                               person: personOfName[n].map(ArticlePerson.ID.init(index:)))
            }
        }
        let people = discourse.people.map { person in
            ArticlePerson(name: person.name, aliases: person.aliases, roles: person.roles)
        }
        // Consumed: the quotes' IDs are then set in place, not in a copy of every quote.
        var analyzed = AnalyzedArticle(article: article, mentions: consume mentions, quotes: consume quotes, people: people)
        analyzed.assignQuoteIDs()
        return analyzed
    }

    /// Whether a sentence's first person name is what the sentence is about: nothing before it but
    /// words that may open a subject (`Her brother Marcus Holt` is; `accused Rafael Cruz` is not: a
    /// lower-case word ending as verbs do, a speech verb or a preposition comes first).
    private func opensSentence(_ name: BlockText.Name, in block: BlockText) -> Bool {
        let start = name.tokens.lowerBound
        guard let sentence = block.sentence(containing: start) else { return false }
        for k in sentence.lowerBound..<start {
            let token = block.tokens[k]
            guard token.isWord, !token.isCapitalised else { continue }
            if token.is(.preposition) || token.lower.hasSuffix("ed") || lexicon.cueVerbs.contains(token.lower) { return false }
        }
        return true
    }

    /// The words of a person's name, and for a name of several words, each folded (`NameKey.fold`).
    private struct PersonName {
        var words: [String]
        var keys: [String]?
    }

    /// Registers the people named or described in a block, and the subjects of its speech verbs.
    /// - Parameter personNames: for each of the block's names, its words if it is a person's.
    /// - Returns: for each of the block's names, the person it refers to (nil for other kinds).
    private func noteReferences(in block: BlockText, personNames: [PersonName?], discourse: inout Discourse) -> [Int?] {
        var personOfName = [Int?](repeating: nil, count: block.names.count)
        // The sentence (its first token) of the last person's name: a name after another in its
        // sentence is not the sentence's topic.
        var sentenceOfLastPerson: Int?
        for (n, name) in block.names.enumerated() where name.kind == .person {
            let sentence = block.sentence(containing: name.tokens.lowerBound)
            let firstInSentence = sentence.map { $0.lowerBound != sentenceOfLastPerson } ?? false
            sentenceOfLastPerson = sentence?.lowerBound
            guard let personName = personNames[n] else { continue }
            let words = personName.words
            let position = Discourse.Position(block: block.index, token: name.tokens.lowerBound)
            let gender = discourse.gender(ofRole: name.role)
            let person = if words.count >= 2, let keys = personName.keys {
                discourse.addFullName(words, keys: keys)
            } else {
                discourse.person(named: words[0], at: position, gender: gender) ?? discourse.addSingleName(words[0], gender: gender)
            }
            let text = block.text(name.tokens)
            let last = block.tokens[name.tokens.upperBound - 1]
            // `the Trump campaign`, `an Obama aide`: the name stands for what the person leads.
            let next = name.tokens.upperBound < block.tokens.count ? block.tokens[name.tokens.upperBound] : nil
            let attributive = next.map { !$0.isCapitalised && $0.is(.attributiveNoun) } ?? false
            let salient = !block.tokens[name.tokens.lowerBound].isQuoted && !last.isPossessive && !attributive
            discourse.note(person, at: position, alias: text, role: name.role, salient: salient,
                           topic: salient && firstInSentence && opensSentence(name, in: block))
            if let role = name.role { discourse.note(person, at: position, alias: role + " " + text, role: nil) }
            // `Democratic presidential nominee Hillary Clinton`: the party before the title ties her to it.
            if let party = party(before: name.tokens.lowerBound, in: block.tokens) {
                discourse.learnOrigins(person, from: [party])
            }
            personOfName[n] = person
        }
        for k in block.tokens.indices where !block.tokens[k].isQuoted && block.tokens[k].isWord {
            guard lexicon.titleEndings.contains(block.tokens[k].lower),
                  !(k + 1 < block.tokens.count && (block.tokens[k + 1].isCapitalised || block.tokens[k + 1].lower == "of")),
                  let description = attributor.description(endingAt: k, in: block), !description.indefinite else { continue }
            let position = Discourse.Position(block: block.index, token: k)
            let described: Int?
            switch appositive(description.start, end: k, in: block) {
            case .person(let start): described = discourse.personAt(Discourse.Position(block: block.index, token: start))
            case .other: described = nil
            case nil: described = discourse.resolveDescription(title: description.title, modifiers: description.modifiers, at: position)
            }
            if let person = described {
                discourse.note(person, at: position, alias: description.words, role: nil)
                discourse.learnOrigins(person, from: description.modifiers)
            }
        }
        for k in block.tokens.indices where block.tokens[k].lower == "according" && k + 1 < block.tokens.count && block.tokens[k + 1].lower == "to" {
            if case .person(let person, _, _, _, _) = attributor.reference(startingAt: k + 2, in: block, discourse: &discourse) {
                discourse.note(person, at: Discourse.Position(block: block.index, token: k), alias: nil, role: nil, isSubject: true)
            }
        }
        for k in block.tokens.indices where attributor.isCue(block.tokens[k]) {
            if case .person(let person, _, _, _, _) = attributor.subject(ofCue: k, in: block, discourse: &discourse, stopsAtCue: true) {
                discourse.note(person, at: Discourse.Position(block: block.index, token: k), alias: nil, role: nil, isSubject: true)
            }
        }
        return personOfName
    }

    /// What a description set off after a name describes: `Oskar Tamm, the harbour master who …` that
    /// person; `Aung San, the Burmese leader who …`, where the name is no person the analysis knows, that
    /// name and no one met earlier.
    private enum Appositive { case person(nameStart: Int), other }

    private func appositive(_ start: Int, end: Int, in block: BlockText) -> Appositive? {
        let tokens = block.tokens
        // `McConnell, now the Senate majority leader,`: a word of time may stand before the description.
        var comma = start - 1
        if comma > 0, tokens[comma].isWord, tokens[comma].is(.timeWord) { comma -= 1 }
        guard comma >= 1, tokens[comma].is(","), tokens[comma - 1].isCapitalised else { return nil }
        let next = end + 1
        guard next >= tokens.count || tokens[next].is(",") || tokens[next].endsSentence
                || tokens[next].is(.relativePronoun) else { return nil }
        if let name = block.name(endingBefore: comma), name.kind == .person, !tokens[name.tokens.upperBound - 1].isPossessive {
            return .person(nameStart: name.tokens.lowerBound)
        }
        return .other
    }

    /// The party written before a name and its title (`Republican presidential nominee`, `Democratic Sen.`).
    private func party(before start: Int, in tokens: [Token]) -> String? {
        var k = start - 1
        while k >= max(0, start - 4), tokens[k].isWord, !tokens[k].is(.affiliation),
              !tokens[k].isCapitalised || lexicon.titles[tokens[k].lower] != nil {
            k -= 1
        }
        guard k >= 0, k >= start - 4, tokens[k].isWord, tokens[k].isCapitalised, tokens[k].is(.affiliation) else { return nil }
        return tokens[k].text
    }
}