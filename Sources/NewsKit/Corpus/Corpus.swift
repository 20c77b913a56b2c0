/// The analysed articles of a corpus, with one identity per person across all of them.
///
/// Within an article the analysis has already merged a person's forms (`Zelensky`, `President
/// Volodymyr Zelensky`, `the Ukrainian leader`). Across articles, people with the same given name and
/// surname (spelling variants folded) are one person; a person an article names by surname only joins
/// the one person of the corpus with that surname, and stays apart when there are several.
///
/// The analyses are kept as the analyser made them: a quote's speaker and a name's person stay the
/// article's own (`ArticlePerson.ID`); the corpus maps them to its people (`speaker(of:inArticle:)`).
public struct Corpus: Sendable {
    public let articles: [AnalyzedArticle]
    /// Everyone, most statements first (corrections counted), then by name.
    public private(set) var people: [Person] = []
    /// The people as merged from the articles, before counting and sorting: `personIndex` points here.
    private var merged: [Person] = []
    /// For each article and each of its people, the index in `merged`.
    private var personIndex: [[Int]] = []
    /// Where each person of `merged` is in `people`.
    private var position: [Int] = []
    private var indexOfPerson: [PersonID: Int] = [:]
    /// The IDs of people known by a single name who turned out to be a fully named one, to that one's ID.
    private var formerIDs: [PersonID: PersonID] = [:]
    /// The corrections in force, by quote (see `Corpus+Corrections`).
    public private(set) var corrections: [QuoteID: Correction] = [:]
    /// The person each speaker correction names, as found in the corpus (by ID, then by name).
    var correctedSpeakers: [QuoteID: PersonID] = [:]

    /// The corpus of `articles`, with `corrections` laid over what the analysis found.
    public init(articles: [AnalyzedArticle], corrections: [Correction] = []) {
        self.articles = articles
        mergePeople()
        apply(corrections)
    }

    /// Puts `corrections` in force in place of those before (the analyses stay as they are): speakers,
    /// statement counts and the order of `people` follow them. Linear in the corpus's quotes.
    public mutating func apply(_ corrections: [Correction]) {
        self.corrections = Dictionary(corrections.map { ($0.quote, $0) }, uniquingKeysWith: { $1 })
        var people = merged
        var mergedIndex: [PersonID: Int] = [:]
        correctedSpeakers = [:]
        var byName: [String: Int]?
        /// The person a speaker correction of a quote read here names, in `people`: by ID (a former one
        /// too), else by name, else a person of their own (named in no article read).
        func resolve(_ name: String, _ id: PersonID) -> Int {
            if mergedIndex.isEmpty { for (index, person) in merged.enumerated() { mergedIndex[person.id] = index } }
            if let index = mergedIndex[formerIDs[id] ?? id] { return index }
            if byName == nil { byName = Self.namesIndex(merged) }
            if let index = byName?[Self.fold(name)] { return index }
            let ownID = id.rawValue.isEmpty ? PersonID(groupKey: Self.fold(name)) : id
            if let index = mergedIndex[ownID] { return index }
            people.append(Person(id: ownID, name: name, aliases: [name], roles: [], articles: [], quoteCount: 0))
            mergedIndex[ownID] = people.count - 1
            return people.count - 1
        }
        for (a, analyzed) in articles.enumerated() {
            for quote in analyzed.quotes where isStatement(quote) {
                let speaker: Int?
                if let correction = correction(of: quote) {
                    guard case .speaker(let name, let id) = correction.verdict else { continue }
                    let index = resolve(name, id)
                    correctedSpeakers[quote.id] = people[index].id
                    if !people[index].articles.contains(analyzed.article.path) { people[index].articles.append(analyzed.article.path) }
                    speaker = index
                } else {
                    speaker = quote.attribution.map { personIndex[a][$0.speaker.index] }
                }
                if let speaker { people[speaker].quoteCount += 1 }
            }
        }
        let order = people.indices.sorted { (people[$0].quoteCount, people[$1].name, people[$1].id) > (people[$1].quoteCount, people[$0].name, people[$0].id) }
        position = [Int](repeating: 0, count: people.count)
        for (new, old) in order.enumerated() { position[old] = new }
        self.people = order.map { people[$0] }
        indexOfPerson = [:]
        for (index, person) in self.people.enumerated() { indexOfPerson[person.id] = index }
    }

    /// The person with this ID, or with the ID they had before two people were found to be one.
    public func person(_ id: PersonID) -> Person? {
        guard let index = indexOfPerson[id] ?? formerIDs[id].flatMap({ indexOfPerson[$0] }) else { return nil }
        return people[index]
    }

    /// The corpus person an article's person is.
    public func person(_ local: ArticlePerson.ID, inArticle article: Int) -> Person {
        people[position[personIndex[article][local.index]]]
    }

    /// Who said a quote of an article: the person a correction names, else the analysis's speaker if a
    /// rule was sure; nil for a quote corrected to have no speaker or to be no quote.
    public func speaker(of quote: Quote, inArticle article: Int) -> Person? {
        if !corrections.isEmpty, corrections[quote.id] != nil {
            return correctedSpeakers[quote.id].flatMap { indexOfPerson[$0] }.map { people[$0] }
        }
        return analysedSpeaker(of: quote, inArticle: article)
    }

    /// Who the analysis found said a quote, whatever a correction says.
    public func analysedSpeaker(of quote: Quote, inArticle article: Int) -> Person? {
        quote.attribution.map { person($0.speaker, inArticle: article) }
    }

    /// The person a name in an article refers to (nil for a name that is not a person's).
    public func person(of mention: Mention, inArticle article: Int) -> Person? {
        mention.person.map { person($0, inArticle: article) }
    }

    /// What a person merged from several articles already has, to keep the lists free of repeats in
    /// constant time, and the votes for the display name (each article's name for them).
    private struct MergeState {
        /// The first article's name, and its votes while no article has named the person otherwise.
        var firstName: String
        var firstNameVotes = 1
        /// The votes once there are several names; filled in the order the names came, as the first
        /// name's votes were.
        var nameVotes: [String: Int]?
        /// Made when a second article's person joins (most people have one).
        var seen: (aliases: Set<String>, roles: Set<String>, articles: Set<Int>)?
        let firstArticle: Int

        mutating func vote(for name: String) {
            if nameVotes == nil, name == firstName {
                firstNameVotes += 1
                return
            }
            if nameVotes == nil { nameVotes = [firstName: firstNameVotes] }
            nameVotes?[name, default: 0] += 1
        }
    }

    private mutating func mergePeople() {
        var byFullKey: [String: Int] = [:]
        personIndex = articles.map { [Int](repeating: -1, count: $0.people.count) }
        var states: [MergeState] = []
        // Full-name people by folded surname, to find the one a surname alone can join.
        var bySurname: [String: [Int]] = [:]
        func add(_ local: ArticlePerson, article: Int, into index: Int?, key: String) -> Int {
            let path = articles[article].article.path
            guard let target = index else {
                merged.append(Person(id: PersonID(groupKey: key), name: local.name, aliases: local.aliases, roles: local.roles,
                                     articles: [path], quoteCount: 0))
                states.append(MergeState(firstName: local.name, firstArticle: article))
                return merged.count - 1
            }
            if states[target].seen == nil {
                states[target].seen = (Set(merged[target].aliases), Set(merged[target].roles), [states[target].firstArticle])
            }
            for alias in local.aliases where states[target].seen!.aliases.insert(alias).inserted { merged[target].aliases.append(alias) }
            for role in local.roles where states[target].seen!.roles.insert(role).inserted { merged[target].roles.append(role) }
            if states[target].seen!.articles.insert(article).inserted { merged[target].articles.append(path) }
            states[target].vote(for: local.name)
            return target
        }
        // Full names first, then surnames alone.
        for (a, article) in articles.enumerated() {
            for (l, local) in article.people.enumerated() {
                guard let firstAndLast = NameKey.firstAndLast(local.name.split(separator: " ")) else { continue }
                let key = firstAndLast.joined(separator: " ")
                let existing = byFullKey[key]
                let index = add(local, article: a, into: existing, key: key)
                if existing == nil {
                    byFullKey[key] = index
                    // The person's name is this one until the display name is chosen below.
                    bySurname[firstAndLast[1], default: []].append(index)
                }
                personIndex[a][l] = index
            }
        }
        var bySingleName: [String: Int] = [:]
        for (a, article) in articles.enumerated() {
            for (l, local) in article.people.enumerated() where personIndex[a][l] < 0 {
                let key = NameKey.fold(local.name)
                let sameSurname = bySurname[key] ?? []
                let target = sameSurname.count == 1 ? sameSurname[0] : bySingleName[key]
                let index = add(local, article: a, into: target, key: key)
                if sameSurname.count == 1 {
                    formerIDs[PersonID(groupKey: key)] = merged[index].id
                } else if target == nil {
                    bySingleName[key] = index
                }
                personIndex[a][l] = index
            }
        }
        // The display name: the full form most articles use; on a tie the one of most words (Leonard E.
        // Burman over Len Burman), then the first seen, then the first in alphabetical order, so that the choice
        // never rests on a dictionary's order.
        for p in merged.indices {
            // One name for all of them: the one the person has.
            guard let nameVotes = states[p].nameVotes else { continue }
            let full = nameVotes.filter { $0.key.split(separator: " ").count >= 2 }
            let votes = full.isEmpty ? nameVotes : full
            let first = merged[p].name
            func rank(_ vote: (key: String, value: Int)) -> (Int, Int, Int) {
                (vote.value, vote.key.split(separator: " ").count, vote.key == first ? 1 : 0)
            }
            if let best = votes.max(by: { rank($0) != rank($1) ? rank($0) < rank($1) : $0.key > $1.key }) {
                merged[p].name = best.key
            }
        }
    }
}
