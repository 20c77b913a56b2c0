/// Writes realistic articles for benchmarks and accuracy checks at scale: many outlets and people, the
/// layouts the parser knows, and quotes whose speakers are recorded. Deterministic for a seed; all
/// names and text are invented.
public struct CorpusGenerator: Sendable {
    /// One generated article and the quotes planted in it.
    public struct Generated: Sendable {
        public var name: String
        public var outlet: String
        public var text: String
        /// Quote text and speaker, as the scorer's gold lines want them.
        public var quotes: [(text: String, speaker: String)]
    }

    /// Seeded choices, the same on every platform.
    struct Random {
        private var generator: SeededGenerator
        init(state: UInt64) { generator = SeededGenerator(seed: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    static let outlets = ["Northfield Courier", "Baltic Wire", "The Harbour Gazette", "Lowmoor Examiner", "Eastbridge Post",
                          "Valdre Times", "Coastline Daily", "Midland Ledger", "Port Ellery Herald", "Kestrel News"]
    static let givenNames = [("Anna", "she"), ("Marcus", "he"), ("Ilse", "she"), ("Tomas", "he"), ("Priya", "she"), ("Olav", "he"),
                             ("Fenella", "she"), ("Gideon", "he"), ("Mira", "she"), ("Bruno", "he"), ("Katrin", "she"), ("Arvid", "he")]
    static let surnames = ["Holt", "Brenner", "Castell", "Keswick", "Aaberg", "Lindqvist", "Tarrant", "Brask", "Mwangi",
                           "Ferreira", "Ruhnke", "Vandermolen", "Oduya", "Pattinson", "Kovalenko", "Rannamets"]
    static let roles = ["Finance Minister", "Mayor", "Harbour Master", "Union leader", "Council chair", "Port director", "Senator"]
    static let topics = ["the harbour dredging plan", "the new rail timetable", "the fishing quota", "the school budget",
                         "the bridge repairs", "the wind farm licence", "the ferry subsidy", "the housing levy"]
    static let claims = ["We cannot afford another year of delay", "The numbers simply do not add up",
                         "Every family in this town will feel the difference", "This agreement protects the jobs we have",
                         "Nobody asked the people who live here", "We will publish every figure before the vote",
                         "The work starts in the spring and it will be finished on time", "It is the right decision for the region"]

    public let seed: UInt64

    public init(seed: UInt64 = 1) {
        self.seed = seed
    }

    /// Article number `index` (the same text for the same seed and index).
    public func article(_ index: Int) -> Generated {
        var random = Random(state: seed &* 0x1000_0000_01B3 &+ UInt64(index))
        let outlet = random.pick(Self.outlets)
        var surnames = Self.surnames
        let people = (0..<3).map { _ in
            let (given, pronoun) = random.pick(Self.givenNames)
            // Three different surnames, so that "Holt said" names one person.
            let surname = surnames.remove(at: random.int(0...(surnames.count - 1)))
            return (name: "\(given) \(surname)", pronoun: pronoun, role: random.pick(Self.roles))
        }
        let topic = random.pick(Self.topics)
        let day = random.int(1...28), month = random.int(1...12), year = random.int(2015...2025)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var lines: [String] = []
        var quotes: [(String, String)] = []
        lines.append("\(people[0].role) Faces Questions Over \(topic.split(separator: " ").dropFirst().map { $0.capitalized }.joined(separator: " "))")
        switch random.int(0...2) {
        case 0: lines.append("By \(random.pick(Self.givenNames).0) \(random.pick(Self.surnames)), \(outlet)")
        case 1: lines.append("\(random.pick(Self.givenNames).0) \(random.pick(Self.surnames)) | \(outlet)")
        default: lines.append("\(random.pick(Self.givenNames).0) \(random.pick(Self.surnames)) – \(outlet)")
        }
        lines.append("\(months[month - 1]) \(day), \(year)")
        lines.append("")
        lines.append("\(people[0].role) \(people[0].name) defended \(topic) on Tuesday as critics in the council chamber called for a new vote.")
        lines.append("")
        for (n, person) in people.enumerated() {
            let surname = person.name.split(separator: " ").last.map(String.init) ?? person.name
            let claim = random.pick(Self.claims), second = random.pick(Self.claims)
            switch (n + random.int(0...2)) % 3 {
            case 0:
                lines.append("\"\(claim),\" \(n == 0 ? surname : person.name) said. \"\(second).\"")
                quotes += [(claim + ",", person.name), (second + ".", person.name)]
            case 1:
                lines.append("\(n == 0 ? surname : "\(person.role) \(person.name)") told reporters: \"\(claim).\"")
                quotes.append((claim + ".", person.name))
            default:
                lines.append("\(person.name) spoke after the meeting. \"\(claim),\" \(person.pronoun) said.")
                quotes.append((claim + ",", person.name))
            }
            lines.append("")
            lines.append("The debate over \(topic) has run for months, and officials expect a decision before the end of the year, when the budget for the next session is set.")
            lines.append("")
        }
        let number = String(index)
        return Generated(name: String(repeating: "0", count: max(0, 6 - number.count)) + number + ".txt", outlet: outlet,
                         text: lines.joined(separator: "\n") + "\n",
                         quotes: quotes)
    }
}
