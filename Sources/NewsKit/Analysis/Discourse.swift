/// The people of one article and where each is mentioned, in reading order: the memory that resolves
/// a surname, a pronoun or a description (`the Ukrainian leader`) to a person.
struct Discourse {
    struct Person {
        /// The name's words; changed only through `Discourse.rename`, which keeps the indexes.
        fileprivate(set) var words: [String] { didSet { keys = words.map(NameKey.fold) } }
        /// The words folded for comparison (`NameKey`).
        private(set) var keys: [String]
        fileprivate(set) var aliases: [String] = []
        fileprivate(set) var roles: [String] = []
        fileprivate(set) var gender: Lexicon.Gender = .unknown
        /// Countries and nationalities the person's roles and descriptions tie them to (U.S., Ukrainian).
        fileprivate(set) var origins: Set<String> = []
        var name: String { words.joined(separator: " ") }

        /// `aliases` and `roles` as sets once they are long, so that noting one more is not a search of
        /// all before (see `appendNew`).
        fileprivate var aliasSet: Set<String> = []
        fileprivate var roleSet: Set<String> = []
        /// Every role in lower case, and what follows each space in it (`foreign minister`,
        /// `minister`): the titles that match the person exactly.
        fileprivate var titleSuffixes: Set<String> = []
        /// The classes of the titles within the person's roles.
        fileprivate var roleClasses: Set<Lexicon.TitleClass> = []
        /// The salient references to the person, to file them again when the gender is learnt.
        fileprivate var salientEvents: [Event] = []

        /// - Parameter keys: `words` folded (`NameKey.fold` of each).
        init(words: [String], keys: [String], gender: Lexicon.Gender = .unknown) {
            self.words = words
            self.keys = keys
            self.gender = gender
        }

        fileprivate mutating func addAlias(_ alias: String) {
            Self.appendNew(alias, to: &aliases, set: &aliasSet)
        }

        /// - Returns: whether the role is new to the person.
        fileprivate mutating func addRole(_ role: String) -> Bool {
            Self.appendNew(role, to: &roles, set: &roleSet)
        }

        /// Appends `item` to `list` unless it is there already. A short list is searched (most people
        /// have a name or two and a role); a long one has `set` beside it, made when it grows long.
        /// - Returns: whether `item` was new.
        @discardableResult
        private static func appendNew(_ item: String, to list: inout [String], set: inout Set<String>) -> Bool {
            if set.isEmpty, list.count < 8 {
                guard !list.contains(item) else { return false }
            } else {
                if set.isEmpty { set = Set(list) }
                guard set.insert(item).inserted else { return false }
            }
            list.append(item)
            return true
        }
    }

    /// A moment where a person is named or referred to.
    struct Event: Comparable {
        var position: Position
        var person: Int
        /// The person is the subject of a report (a speaker, or the subject of a speech verb).
        var isSubject: Bool
        /// Whether a later pronoun may refer back to this mention.
        var isSalient = true
        /// When it was noted: references at one position are in the order they were noted.
        var order = 0

        static func < (a: Event, b: Event) -> Bool {
            (a.position, a.order) < (b.position, b.order)
        }
    }

    private(set) var people: [Person] = []
    /// Every reference, in reading order.
    private var events = EventLog()
    /// The references that make their person a subject.
    private var subjects = EventLog()
    /// The salient references, and the salient subjects, by the current gender of their person.
    private var salient = LogsByGender()
    private var salientSubjects = LogsByGender()
    /// The references to people of a multi-word name, by the key of its last word and of its first.
    private var eventsBySurname: [String: EventLog] = [:]
    private var eventsByGivenName: [String: EventLog] = [:]
    /// The same for the references that make their person the topic of a sentence (see `note`).
    private var topicsBySurname: [String: EventLog] = [:]
    private var topicsByGivenName: [String: EventLog] = [:]
    private var notes = 0
    /// The people by their name's keys (several when two spellings grew into one), by the first and
    /// last keys of a multi-word name, and by the last key and the first: each list in order of people.
    private var peopleByKeys: [[String]: [Int]] = [:]
    private var peopleByFirstAndLast: [[String]: [Int]] = [:]
    private var peopleBySurname: [String: [Int]] = [:]
    private var peopleByGivenName: [String: [Int]] = [:]
    /// Every title and title class someone holds, so that a description no one matches costs no walk.
    private var titlesHeld: Set<String> = []
    private var titleClassesHeld: Set<Lexicon.TitleClass> = []
    /// The person first noted at each position (a name's first token), for `personAt`.
    private var firstPersonAt: [Position: Int] = [:]
    /// What each role seen says (`roleReading`): many people share a role (`President`).
    private var roleReadings: [String: RoleReading] = [:]
    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// An event log for each gender: in an array, as references are filed and looked up by gender
    /// all the time.
    struct LogsByGender {
        private var logs = [EventLog](repeating: EventLog(), count: 3)

        subscript(gender: Lexicon.Gender) -> EventLog {
            get { logs[Self.index(gender)] }
            _modify { yield &logs[Self.index(gender)] }
        }

        private static func index(_ gender: Lexicon.Gender) -> Int {
            switch gender {
            case .male: 0
            case .female: 1
            case .unknown: 2
            }
        }
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
        addFullName(words, keys: words.map(NameKey.fold))
    }

    /// The same, with the name's words already folded (`keys`: `NameKey.fold` of each word).
    mutating func addFullName(_ words: [String], keys key: [String]) -> Int {
        // The first person whose keys are these, or whose multi-word name has the same first and last.
        var existing = peopleByKeys[key]?.first
        let firstAndLast = NameKey.firstAndLast(keys: key, firstWord: words[0], lexicon: lexicon)
        if let firstAndLast, let other = peopleByFirstAndLast[firstAndLast]?.first {
            existing = min(existing ?? other, other)
        }
        if let existing {
            if words.count > people[existing].words.count { rename(existing, to: words) }
            return existing
        }
        var person = Person(words: words, keys: key)
        if let first = words.first { person.gender = lexicon.givenNames[first.lowercased()] ?? .unknown }
        return add(person, firstAndLast: firstAndLast)
    }

    /// The person a single name refers to at `position`, among those of the article with that surname
    /// (or, failing that, that given name) whose gender is not other than `gender` (an honorific's:
    /// `Mr. Trump` is not Ivanka Trump): the one most recently the topic of a sentence, else the most
    /// recently named, else the first named; nil when none. A passing mention (`Ivanka Trump's den`,
    /// `accused Rafael Cruz`) does not make someone the topic, so it does not take the surname over.
    func person(named word: String, at position: Position, gender: Lexicon.Gender = .unknown) -> Int? {
        let key = NameKey.fold(word)
        let bySurname = peopleBySurname[key] != nil
        guard let candidates = bySurname ? peopleBySurname[key] : peopleByGivenName[key] else { return nil }
        if gender == .unknown, candidates.count == 1 { return candidates[0] }
        func fits(_ event: Event) -> Bool { fits(event.person) }
        func fits(_ person: Int) -> Bool { gender == .unknown || people[person].gender == gender || people[person].gender == .unknown }
        // Bounded walks, so that thousands of people with one surname cost no more per reference.
        let start = Position(block: .min), limit = Self.surnameReach
        if let topic = (bySurname ? topicsBySurname[key] : topicsByGivenName[key])?.last(from: start, to: position, limit: limit, where: fits) {
            return topic.person
        }
        if let recent = (bySurname ? eventsBySurname[key] : eventsByGivenName[key])?.last(from: start, to: position, limit: limit, where: fits) {
            return recent.person
        }
        return candidates.prefix(limit).first(where: fits)
    }

    /// How many references back (and people) a surname's referent is looked for among.
    private static let surnameReach = 64

    /// The person of a name standing alone that no one of the article's full names claims: one per
    /// name and gender (`Mrs. Clinton` and `Mr. Clinton` are two).
    mutating func addSingleName(_ word: String, gender: Lexicon.Gender = .unknown) -> Int {
        let key = NameKey.fold(word)
        if let existing = peopleByKeys[[key]]?.first(where: { gender == .unknown || people[$0].gender == gender || people[$0].gender == .unknown }) {
            return existing
        }
        return add(Person(words: [word], keys: [key], gender: gender != .unknown ? gender : lexicon.givenNames[word.lowercased()] ?? .unknown),
                   firstAndLast: nil)
    }

    /// The gender a title or honorific says (`Mr.`, `Mrs.`, `spokeswoman`), if any.
    func gender(ofRole role: String?) -> Lexicon.Gender {
        guard let role else { return .unknown }
        if let known = roleReadings[role] { return known.gender }
        let words = role.lowercased().split(separator: " ").map(String.init)
        if words.contains(where: { lexicon.word($0, is: .femaleWord) }) { return .female }
        if words.contains(where: { lexicon.word($0, is: .maleWord) }) { return .male }
        return .unknown
    }

    /// - Parameter firstAndLast: `NameKey.firstAndLast` of the person's name (nil for a single name).
    private mutating func add(_ person: Person, firstAndLast: [String]?) -> Int {
        let index = people.count
        people.append(person)
        let keys = person.keys
        peopleByKeys[keys, default: []].append(index)
        if let first = keys.first, let firstAndLast {
            peopleByFirstAndLast[firstAndLast, default: []].append(index)
            peopleBySurname[firstAndLast[1], default: []].append(index)
            peopleByGivenName[first, default: []].append(index)
        }
        return index
    }

    /// A longer form of a person's name; its first and last keys stay the same.
    private mutating func rename(_ person: Int, to words: [String]) {
        let old = people[person].keys
        people[person].words = words
        peopleByKeys[old]?.removeAll { $0 == person }
        if peopleByKeys[old]?.isEmpty == true { peopleByKeys[old] = nil }
        let new = people[person].keys
        var list = peopleByKeys[new, default: []]
        list.insert(person, at: list.partitioningIndex { $0 > person })
        peopleByKeys[new] = list
    }

    /// Records a reference to `person`; `salient` is false for one that later pronouns should not
    /// pick up (a name inside a quotation, a possessive); `topic` is true for a name that is what its
    /// sentence is about (its first person, not a possessive, not after a preposition).
    mutating func note(_ person: Int, at position: Position, alias: String?, role: String?, isSubject: Bool = false,
                       salient: Bool = true, topic: Bool = false) {
        let event = Event(position: position, person: person, isSubject: isSubject, isSalient: salient, order: notes)
        notes += 1
        events.insert(event)
        if isSubject { subjects.insert(event) }
        let keys = people[person].keys
        if keys.count > 1, let first = keys.first, let last = keys.last {
            eventsBySurname[last, default: EventLog()].insert(event)
            eventsByGivenName[first, default: EventLog()].insert(event)
            if topic {
                topicsBySurname[last, default: EventLog()].insert(event)
                topicsByGivenName[first, default: EventLog()].insert(event)
            }
        }
        if salient {
            people[person].salientEvents.append(event)
            file(event, gender: people[person].gender)
        }
        // One lookup: the default is stored only where the position has no person yet.
        Self.keep(&firstPersonAt[position, default: person])
        if let alias { people[person].addAlias(alias) }
        guard let role, !role.isEmpty else { return }
        let reading = roleReading(role)
        if people[person].addRole(role) {
            learnTitles(person, from: reading)
        }
        people[person].origins.formUnion(reading.origins)
        if people[person].gender == .unknown { setGender(person, reading.gender) }
    }

    /// Reads nothing and writes nothing: given a `Dictionary` entry with a default, stores the
    /// default where there is no entry, in one lookup.
    private static func keep<Value>(_ value: inout Value) {}

    /// What a role says of the person who holds it.
    private struct RoleReading {
        /// The role in lower case, and what follows each space in it (`foreign minister`,
        /// `minister`): the titles it matches exactly.
        var titleSuffixes: Set<String>
        /// The classes of the titles within it.
        var titleClasses: Set<Lexicon.TitleClass>
        /// Its words that name a country or a nationality.
        var origins: [String]
        var gender: Lexicon.Gender
    }

    /// What `role` says, worked out once per role.
    private mutating func roleReading(_ role: String) -> RoleReading {
        if let known = roleReadings[role] { return known }
        let lower = role.lowercased()
        var suffixes: Set<String> = [lower]
        for space in lower.indices where lower[space] == " " {
            suffixes.insert(String(lower[lower.index(after: space)...]))
        }
        var classes: Set<Lexicon.TitleClass> = []
        let words = lower.split(separator: " ").map(String.init)
        for k in words.indices {
            for n in 1...min(3, words.count - k) {
                if let titleClass = lexicon.titles[words[k..<(k + n)].joined(separator: " ")] { classes.insert(titleClass) }
            }
        }
        let reading = RoleReading(titleSuffixes: suffixes, titleClasses: classes,
                                  origins: role.split(separator: " ").map(String.init).filter(isOrigin), gender: gender(ofRole: role))
        roleReadings[role] = reading
        return reading
    }

    /// Files a salient reference under the gender of its person.
    private mutating func file(_ event: Event, gender: Lexicon.Gender) {
        salient[gender].insert(event)
        if event.isSubject { salientSubjects[gender].insert(event) }
    }

    private mutating func setGender(_ person: Int, _ gender: Lexicon.Gender) {
        let old = people[person].gender
        guard gender != old else { return }
        people[person].gender = gender
        for event in people[person].salientEvents {
            salient[old].remove(event)
            if event.isSubject { salientSubjects[old].remove(event) }
            file(event, gender: gender)
        }
    }

    /// Notes the titles and title classes of a new role.
    private mutating func learnTitles(_ person: Int, from role: RoleReading) {
        // A first role's sets are shared with its reading, not copied.
        if people[person].titleSuffixes.isEmpty {
            people[person].titleSuffixes = role.titleSuffixes
        } else {
            people[person].titleSuffixes.formUnion(role.titleSuffixes)
        }
        titlesHeld.formUnion(role.titleSuffixes)
        if people[person].roleClasses.isEmpty {
            people[person].roleClasses = role.titleClasses
        } else {
            people[person].roleClasses.formUnion(role.titleClasses)
        }
        titleClassesHeld.formUnion(role.titleClasses)
    }

    /// Ties a person to the places and nationalities of a description resolved to them.
    mutating func learnOrigins(_ person: Int, from modifiers: [String]) {
        people[person].origins.formUnion(modifiers.filter { isOrigin($0) || $0.first?.isUppercase == true })
    }

    /// Learns a person's gender from a pronoun that was resolved to them.
    mutating func learnGender(_ person: Int, from pronoun: String) {
        guard people[person].gender == .unknown else { return }
        setGender(person, lexicon.word(pronoun.lowercased(), is: .malePronoun) ? .male : .female)
    }

    /// The person who was last the subject of a report in a block (before `position`, if given).
    func lastSubject(inBlock block: Int, before position: Position? = nil) -> Int? {
        lastSubjectEvent(inBlock: block, before: position)?.person
    }

    /// The reference that made `lastSubject` the subject: where the evidence for it stands.
    func lastSubjectEvent(inBlock block: Int, before position: Position? = nil) -> Event? {
        let end = Position(block: block + 1)
        return subjects.last(from: Position(block: block), to: min(position ?? end, end))
    }

    /// The person a name mention at `position` was resolved to.
    func personAt(_ position: Position) -> Int? {
        firstPersonAt[position]
    }

    // MARK: Resolving

    /// `he`/`she`: the most recent subject of matching gender in this and the two blocks before,
    /// else the most recent person of matching gender named there.
    func resolvePronoun(_ pronoun: String, at position: Position) -> Int? {
        pronounReferent(pronoun, at: position)?.person
    }

    /// The reference `resolvePronoun` lands on: its person, and where they were named or reported.
    func pronounReferent(_ pronoun: String, at position: Position) -> Event? {
        let gender: Lexicon.Gender = lexicon.word(pronoun.lowercased(), is: .malePronoun) ? .male : .female
        // Salient references to people of that gender or of none known, filed apart.
        let compatible = [gender, .unknown]
        let window = Position(block: position.block - 2)
        // Someone named earlier in the same paragraph comes first (its first such person: the one the
        // paragraph is about); else the last subject of the paragraphs before, else the last named.
        if let here = compatible.compactMap({ salient[$0].first(from: Position(block: position.block), to: position) }).min() {
            return here
        }
        if let subject = compatible.compactMap({ salientSubjects[$0].last(from: window, to: position) }).max() {
            return subject
        }
        return compatible.compactMap { salient[$0].last(from: window, to: position) }.max()
    }

    /// `the Ukrainian leader`, `the spokesman`, `the Secretary of State`: the most recent person whose
    /// titles match (exactly, else by class) and whose nationality does not conflict.
    func resolveDescription(title: String, modifiers: [String], at position: Position) -> Int? {
        descriptionReferent(title: title, modifiers: modifiers, at: position)?.person
    }

    /// The reference `resolveDescription` lands on: its person, and where they were named or described.
    func descriptionReferent(title: String, modifiers: [String], at position: Position) -> Event? {
        let title = title.lowercased()
        let titleClass = lexicon.titles[title]
        // A party (`the Democratic nominee`) means only someone the article tied to it. Another
        // capitalised modifier names a place or people even when no word list knows it (Nordland).
        let affiliations = modifiers.filter { lexicon.word($0.lowercased(), is: .affiliation) }
        let origins = modifiers.filter { (isOrigin($0) || $0.first?.isUppercase == true) && !affiliations.contains($0) }
        func matches(_ p: Int, exact: Bool) -> Bool {
            let titleMatch = exact
                ? people[p].titleSuffixes.contains(title)
                : titleClass.map(people[p].roleClasses.contains) ?? false
            guard titleMatch else { return false }
            guard affiliations.allSatisfy({ a in people[p].origins.contains(a) || people[p].aliases.contains { $0.contains(a) } }) else { return false }
            guard !origins.isEmpty else { return true }
            let personOrigins = people[p].origins
            return personOrigins.isEmpty || personOrigins.contains { o in origins.contains { sameOrigin($0, o) } }
        }
        // A description points back a few paragraphs at most; by class alone, fewer.
        if titlesHeld.contains(title),
           let event = events.last(from: Position(block: position.block - 5), to: position, where: { matches($0.person, exact: true) }) {
            return event
        }
        guard let titleClass, titleClassesHeld.contains(titleClass) else { return nil }
        return events.last(from: Position(block: position.block - 2), to: position, where: { matches($0.person, exact: false) })
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
