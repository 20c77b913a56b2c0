/// The people of one article and where each is mentioned, in reading order: the memory that resolves
/// a surname, a pronoun or a description (`the Ukrainian leader`) to a person.
struct Discourse {
    struct Person {
        var words: [String] { didSet { keys = words.map(NameKey.fold) } }
        /// The words folded for comparison (`NameKey`).
        private(set) var keys: [String]
        var aliases: [String] = []
        var roles: [String] = []
        var gender: Lexicon.Gender = .unknown
        /// Countries and nationalities the person's roles and descriptions tie them to (U.S., Ukrainian).
        var origins: Set<String> = []
        var name: String { words.joined(separator: " ") }

        init(words: [String], gender: Lexicon.Gender = .unknown) {
            self.words = words
            self.keys = words.map(NameKey.fold)
            self.gender = gender
        }
    }

    /// A moment where a person is named or referred to.
    struct Event {
        var position: Position
        var person: Int
        /// The person is the subject of a report (a speaker, or the subject of a speech verb).
        var isSubject: Bool
        /// Whether a later pronoun may refer back to this mention.
        var isSalient = true
    }

    private(set) var people: [Person] = []
    /// Every reference, sorted by position.
    private(set) var events: [Event] = []
    /// The person first noted at each position (a name's first token), for `personAt`.
    private var firstPersonAt: [Position: Int] = [:]
    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// A place in reading order: a block (its index in the article) and a token of it.
    struct Position: Hashable, Comparable {
        var block: Int
        var token: Int

        /// The start of a block.
        init(block: Int, token: Int = 0) {
            self.block = block
            self.token = token
        }

        static func < (a: Position, b: Position) -> Bool {
            (a.block, a.token) < (b.block, b.token)
        }
    }

    // MARK: Building

    /// The person of a multi-word name (`Marco Rubio`), merging spelling variants and longer forms
    /// (`Donald J. Trump` is `Donald Trump`).
    mutating func addFullName(_ words: [String]) -> Int {
        let key = words.map(NameKey.fold)
        if let existing = people.firstIndex(where: { p in
            p.keys == key || p.keys.count > 1 && p.keys.first == key.first && p.keys.last == key.last
        }) {
            if words.count > people[existing].words.count { people[existing].words = words }
            return existing
        }
        var person = Person(words: words)
        if let first = words.first { person.gender = lexicon.givenNames[first.lowercased()] ?? .unknown }
        people.append(person)
        return people.count - 1
    }

    /// The person a single name refers to at `position`: the most recently named person with that
    /// surname (or, failing that, that given name), else the first one named; nil when none.
    func person(named word: String, at position: Position) -> Int? {
        let key = NameKey.fold(word)
        let bySurname = people.indices.filter { people[$0].keys.count > 1 && people[$0].keys.last == key }
        let candidates = bySurname.isEmpty
            ? people.indices.filter { people[$0].keys.count > 1 && people[$0].keys.first == key }
            : bySurname
        guard !candidates.isEmpty else { return nil }
        if candidates.count == 1 { return candidates[0] }
        let recent = events[..<index(atOrAfter: position)].last { candidates.contains($0.person) }
        return recent?.person ?? candidates.first
    }

    mutating func addSingleName(_ word: String) -> Int {
        let key = NameKey.fold(word)
        if let existing = people.firstIndex(where: { $0.keys == [key] }) { return existing }
        people.append(Person(words: [word], gender: lexicon.givenNames[word.lowercased()] ?? .unknown))
        return people.count - 1
    }

    /// Records a reference to `person`; `salient` is false for one that later pronouns should not
    /// pick up (a name inside a quotation, a possessive).
    mutating func note(_ person: Int, at position: Position, alias: String?, role: String?, isSubject: Bool = false,
                       salient: Bool = true) {
        let event = Event(position: position, person: person, isSubject: isSubject, isSalient: salient)
        if events.last.map({ $0.position <= position }) ?? true {
            events.append(event)
        } else {
            events.insert(event, at: index(after: position))
        }
        if firstPersonAt[position] == nil { firstPersonAt[position] = person }
        if let alias, !people[person].aliases.contains(alias) { people[person].aliases.append(alias) }
        guard let role, !role.isEmpty else { return }
        if !people[person].roles.contains(role) { people[person].roles.append(role) }
        people[person].origins.formUnion(role.split(separator: " ").map(String.init).filter(isOrigin))
        if people[person].gender == .unknown {
            let words = Set(role.lowercased().split(separator: " ").map(String.init))
            if !words.isDisjoint(with: lexicon.words(.maleWord)) { people[person].gender = .male }
            if !words.isDisjoint(with: lexicon.words(.femaleWord)) { people[person].gender = .female }
        }
    }

    /// Ties a person to the places and nationalities of a description resolved to them.
    mutating func learnOrigins(_ person: Int, from modifiers: [String]) {
        people[person].origins.formUnion(modifiers.filter { isOrigin($0) || $0.first?.isUppercase == true })
    }

    /// Learns a person's gender from a pronoun that was resolved to them.
    mutating func learnGender(_ person: Int, from pronoun: String) {
        guard people[person].gender == .unknown else { return }
        people[person].gender = lexicon.word(pronoun.lowercased(), is: .malePronoun) ? .male : .female
    }

    /// The index of the first event after `position` (events are sorted by position).
    private func index(after position: Position) -> Int {
        events.partitioningIndex { $0.position > position }
    }

    /// The index of the first event at or after `position`.
    private func index(atOrAfter position: Position) -> Int {
        events.partitioningIndex { $0.position >= position }
    }

    /// The events at positions in `from..<to`, in order.
    func events(from: Position, to: Position) -> ArraySlice<Event> {
        events[index(atOrAfter: from)..<index(atOrAfter: to)]
    }

    /// The person who was last the subject of a report in a block (before `position`, if given).
    func lastSubject(inBlock block: Int, before position: Position? = nil) -> Int? {
        let end = Position(block: block + 1)
        return events(from: Position(block: block), to: min(position ?? end, end)).last { $0.isSubject }?.person
    }

    /// The person a name mention at `position` was resolved to.
    func personAt(_ position: Position) -> Int? {
        firstPersonAt[position]
    }

    // MARK: Resolving

    /// `he`/`she`: the most recent subject of matching gender in this and the two blocks before,
    /// else the most recent person of matching gender named there.
    func resolvePronoun(_ pronoun: String, at position: Position) -> Int? {
        let gender: Lexicon.Gender = lexicon.word(pronoun.lowercased(), is: .malePronoun) ? .male : .female
        let compatible = events(from: Position(block: position.block - 2), to: position).filter {
            $0.isSalient
                && (people[$0.person].gender == gender || people[$0.person].gender == .unknown)
        }
        // Someone named earlier in the same paragraph comes first (its first such person: the one the
        // paragraph is about); else the last subject of the paragraphs before, else the last named.
        if let here = compatible.first(where: { $0.position.block == position.block }) { return here.person }
        return (compatible.last(where: \.isSubject) ?? compatible.last)?.person
    }

    /// `the Ukrainian leader`, `the spokesman`, `the Secretary of State`: the most recent person whose
    /// titles match (exactly, else by class) and whose nationality does not conflict.
    func resolveDescription(title: String, modifiers: [String], at position: Position) -> Int? {
        let titleClass = lexicon.titles[title.lowercased()]
        // A capitalised modifier names a place or people even when no word list knows it (Nordland).
        let origins = modifiers.filter { isOrigin($0) || $0.first?.isUppercase == true }
        func matches(_ p: Int, exact: Bool) -> Bool {
            let roles = people[p].roles.map { $0.lowercased() }
            let titleMatch = exact
                ? roles.contains { $0 == title.lowercased() || $0.hasSuffix(" " + title.lowercased()) }
                : roles.contains { role in
                    let words = role.split(separator: " ").map(String.init)
                    return words.indices.contains { k in
                        (1...min(3, words.count - k)).contains { n in lexicon.titles[words[k..<(k + n)].joined(separator: " ")] == titleClass }
                    }
                }
            guard titleMatch else { return false }
            guard !origins.isEmpty else { return true }
            let personOrigins = people[p].origins
            return personOrigins.isEmpty || personOrigins.contains { o in origins.contains { sameOrigin($0, o) } }
        }
        // A description points back a few paragraphs at most; by class alone, fewer.
        let exactWindow = events(from: Position(block: position.block - 5), to: position)
        if let event = exactWindow.last(where: { matches($0.person, exact: true) }) { return event.person }
        guard titleClass != nil else { return nil }
        let classWindow = exactWindow.filter { $0.position >= Position(block: position.block - 2) }
        return classWindow.last(where: { matches($0.person, exact: false) })?.person
    }

    private func isOrigin(_ word: String) -> Bool {
        lexicon.nationalities.contains(word) || lexicon.places.contains(word) || lexicon.word(word, is: .originAbbreviation)
    }

    private func sameOrigin(_ a: String, _ b: String) -> Bool {
        for country in [Lexicon.WordClass.unitedStates, .unitedKingdom] {
            let (inA, inB) = (lexicon.word(a, is: country), lexicon.word(b, is: country))
            if inA || inB { return inA && inB }
        }
        return a.lowercased().prefix(4) == b.lowercased().prefix(4)
    }
}
