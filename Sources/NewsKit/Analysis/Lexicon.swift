import Foundation

/// The word lists the analysis uses (see `Resources/Lexicon/PROVENANCE.md`), loaded once.
struct Lexicon: Sendable {
    enum Gender: Sendable { case male, female, unknown }

    /// The class of role a title names (`titles.txt`): a description (`the Ukrainian leader`) refers
    /// back to a person whose titles are of its class. Every class is a person's role.
    enum TitleClass: String, CaseIterable, Sendable {
        case leader, deputy, minister, official, diplomat, spokesperson, legislator, judge, military,
             executive, candidate, royal, clergy, coach, player
        /// A title that only says a person is named (Mr., Dr., host, analyst): no description refers
        /// back through it.
        case person
    }

    /// Small closed classes of words the rules look for (`word-classes.tsv`, where each is described;
    /// there a class is named in lower case with hyphens: `subject-pronoun`).
    /// (At most 32: `WordClasses` keeps one bit each.)
    enum WordClass: Int, CaseIterable, Sendable {
        case subjectPronoun, malePronoun, determiner, indefiniteDeterminer, preposition, subordinator
        case relativePronoun, verbModifier, cueLead, nameCue, unnamedSubject, asideOpener, functionWord
        case nameParticle, nameSuffix, calendar, placeAbbreviation, originAbbreviation, unitedStates, unitedKingdom
        case maleWord, femaleWord, elision, attributiveNoun, addressedTitle, affiliation, timeWord, placeFeature

        /// The name in the word list: `subjectPronoun` is `subject-pronoun`.
        var name: String {
            String(describing: self).reduce(into: "") { name, c in
                if c.isUppercase { name += "-" + c.lowercased() } else { name.append(c) }
            }
        }
    }

    var givenNames: [String: Gender] = [:]
    /// Short forms of given names and the full form each stands for (`joe` → `joseph`), in lower case.
    var fullGivenNames: [String: String] = [:]
    var places: Set<String> = []
    private var placesLower: Set<String> = []
    private var nationalitiesLower: Set<String> = []
    private var organisationsLower: Set<String> = []
    var commonWords: Set<String> = []
    var cueVerbs: Set<String> = []
    /// Lower-cased title (one or more words) → the class of role it names.
    var titles: [String: TitleClass] = [:]
    /// The last word of every title (`state` for `secretary of state`), to find titles cheaply.
    var titleEndings: Set<String> = []
    /// The first word of every title and the number of words of the longest title it opens
    /// (`secretary` → 3 for `secretary of state`): no longer title starts there.
    var titleLengths: [String: Int] = [:]
    var organisationCues: Set<String> = []
    var organisations: Set<String> = []
    var nationalities: Set<String> = []
    /// Named events and competitions (World Cup, Olympics).
    var events: Set<String> = []
    var abbreviations: Set<String> = []
    /// Every class of each word of `word-classes.tsv`: one lookup answers all the questions about a
    /// word (tokens keep the answer, `Token.wordClasses`).
    private var classesOfWord: [String: WordClasses] = [:]

    static let shared = Lexicon()

    /// A set of word classes, one bit each.
    struct WordClasses: Sendable, Equatable {
        private var bits: UInt32 = 0

        func contains(_ wordClass: WordClass) -> Bool { bits & 1 << wordClass.rawValue != 0 }
        mutating func insert(_ wordClass: WordClass) { bits |= 1 << wordClass.rawValue }
    }

    /// Whether `word` (compared as written) is one of the class.
    func word(_ word: String, is wordClass: WordClass) -> Bool {
        classes(of: word).contains(wordClass)
    }

    /// The classes `word` (compared as written) is of, in one lookup.
    func classes(of word: String) -> WordClasses {
        classesOfWord[word] ?? WordClasses()
    }

    /// The words of a class.
    func words(_ wordClass: WordClass) -> Set<String> {
        Set(classesOfWord.compactMap { word, classes in classes.contains(wordClass) ? word : nil })
    }

    private init() {
        givenNames = Dictionary(Self.rows("given-names.tsv").compactMap { parts in
            guard parts.count == 2 else { return nil }
            let gender: Gender = parts[1] == "m" ? .male : parts[1] == "f" ? .female : .unknown
            return (parts[0], gender)
        }, uniquingKeysWith: { a, _ in a })
        fullGivenNames = Dictionary(Self.rows("short-given-names.tsv").compactMap { parts in
            parts.count == 2 ? (parts[0], parts[1]) : nil
        }, uniquingKeysWith: { a, _ in a })
        places = Set(Self.rows("places.tsv").map { $0[0] })
            .union(Self.lines("places-extra.txt"))
        placesLower = Set(places.map { $0.lowercased() })
        commonWords = Set(Self.lines("common-words.txt"))
        cueVerbs = Set(Self.lines("cue-verbs.txt"))
        titles = Dictionary(Self.rows("titles.txt").compactMap { parts in
            guard parts.count == 2 else { return nil }
            guard let titleClass = TitleClass(rawValue: parts[1]) else {
                preconditionFailure("titles.txt: \(parts[1]) is no title class (Lexicon.TitleClass)")
            }
            return (parts[0], titleClass)
        }, uniquingKeysWith: { a, _ in a })
        titleEndings = Set(titles.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
        for title in titles.keys {
            let words = title.split(separator: " ")
            guard let first = words.first else { continue }
            titleLengths[String(first)] = max(titleLengths[String(first)] ?? 0, words.count)
        }
        organisationCues = Set(Self.lines("organisation-cues.txt"))
        organisations = Set(Self.lines("organisations.txt"))
        nationalities = Set(Self.lines("nationalities.txt"))
        events = Set(Self.lines("events.txt"))
        nationalitiesLower = Set(nationalities.map { $0.lowercased() })
        organisationsLower = Set(organisations.map { $0.lowercased() })
        abbreviations = Set(Self.lines("abbreviations.txt"))
        let classNamed = Dictionary(uniqueKeysWithValues: WordClass.allCases.map { ($0.name, $0) })
        for parts in Self.rows("word-classes.tsv") {
            guard parts.count == 2, let wordClass = classNamed[parts[1]] else {
                preconditionFailure("word-classes.tsv: \(parts) is not a word and a class (Lexicon.WordClass)")
            }
            classesOfWord[parts[0], default: WordClasses()].insert(wordClass)
        }
        for wordClass in WordClass.allCases where !classesOfWord.values.contains(where: { $0.contains(wordClass) }) {
            preconditionFailure("word-classes.tsv has no word of the class \(wordClass.name)")
        }
    }

    /// Whether a name is a known place; a name in capitals (LONDON) is looked up in any case.
    func isPlace(_ name: String) -> Bool {
        places.contains(name) || isCapitals(name) && placesLower.contains(name.lowercased())
    }

    /// A nationality or people, singular or plural (Ukrainian, Ukrainians, Azeris).
    func isNationality(_ name: String) -> Bool {
        if nationalities.contains(name) || isCapitals(name) && nationalitiesLower.contains(name.lowercased()) { return true }
        guard name.hasSuffix("s"), name.count > 3 else { return false }
        let singular = String(name.dropLast())
        return nationalities.contains(singular) || isCapitals(name) && nationalitiesLower.contains(singular.lowercased())
    }

    func isOrganisation(_ name: String) -> Bool {
        organisations.contains(name) || isCapitals(name) && name.count > 5 && organisationsLower.contains(name.lowercased())
    }

    private func isCapitals(_ name: String) -> Bool {
        !name.unicodeScalars.contains(where: \.isLowercaseLetter)
    }

    /// The fields (separated by tabs) of each line of a bundled table (see `lines`).
    private static func rows(_ name: String) -> [[String]] {
        lines(name).map { line in
            var fields: [String] = []
            var start = line.startIndex
            for tab in line.utf8.indices where line.utf8[tab] == UInt8(ascii: "\t") {
                if start < tab { fields.append(String(line[start..<tab])) }
                start = line.utf8.index(after: tab)
            }
            if start < line.endIndex { fields.append(String(line[start...])) }
            return fields
        }
    }

    /// The non-empty, non-comment lines of a bundled list, without the spaces, tabs and carriage
    /// returns around them. Read as bytes: the lists are long (common words) and are read at every start.
    private static func lines(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: "Lexicon/" + name, withExtension: nil)
                ?? Bundle.module.resourceURL?.appendingPathComponent("Lexicon/" + name),
              let data = try? Data(contentsOf: url) else {
            preconditionFailure("the word list \(name) is missing from the NewsKit bundle")
        }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
            var lines: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var first = start, last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                if first < last, bytes[first] != UInt8(ascii: "#") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self))
                }
                start = end + 1
            }
            return lines
        }
    }
}

