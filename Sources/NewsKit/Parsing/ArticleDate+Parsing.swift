extension ArticleDate {
    /// The date a whole line states, or nil when the line is anything more than a date.
    ///
    /// Accepts `September 24, 2025`, `24 Sept 2025`, `Sep. 24, 2025`, `2025-09-24`,
    /// `Wednesday, September 24, 2025 10:31 AM EDT`, with an optional `Published:`/`Updated:` lead.
    public init?(line: String) {
        self.init(line: line[...])
    }

    init?(line: Substring) {
        var year: Int?, month: Int?, day: Int?
        // Word by word, so that a long line that is no date is given up at its first word.
        var tokens = DateLineWords(rest: line)
        var next = tokens.next()
        while let first = next, Self.leadWords.contains(first.lowercased().trimmingColon) {
            next = tokens.next()
        }
        guard next != nil else { return nil }
        while let raw = next {
            next = tokens.next()
            let token = raw.lowercased()
            let word = token.trimmingCharacters(in: ".")
            if let iso = Self.isoDate(token) {
                guard year == nil, month == nil, day == nil else { return nil }
                (year, month, day) = iso
            } else if let m = Self.months[word] {
                guard month == nil else { return nil }
                month = m
            } else if Self.weekdays.contains(word) || Self.fillers.contains(token) || Self.isTime(token) {
                continue
            } else if let n = Self.dayNumber(word) {
                guard day == nil else { return nil }
                day = n
            } else if word.count == 4, let n = Int(word) {
                guard year == nil else { return nil }
                year = n
            } else if Self.isTimeZone(raw) {
                continue
            } else {
                return nil
            }
        }
        guard let year, let month, let day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static let leadWords: Set<String> = ["published", "updated", "posted", "date", "last", "on"]
    private static let fillers: Set<String> = ["at", "|", "-", "–", "—", "/", "am", "pm", "a.m.", "p.m.", "·", "•"]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// `2025-09-24`, optionally followed by `T10:31:00Z` and the like.
    private static func isoDate(_ token: String) -> (Int, Int, Int)? {
        let parts = token.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let rest = token.dropFirst(10)
        guard rest.isEmpty || rest.first == "t" else { return nil }
        return (y, m, d)
    }

    /// `24`, `24th`, `1st`.
    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    /// `10:31`, `10:31am`, `22:05:10`.
    private static func isTime(_ token: String) -> Bool {
        var t = Substring(token)
        for suffix in ["a.m.", "p.m.", "am", "pm"] where t.hasSuffix(suffix) { t = t.dropLast(suffix.count) }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.count <= 3 && parts.allSatisfy { (1...2).contains($0.count) && Int($0) != nil }
    }

    /// `EDT`, `(EDT)`, `UTC`, `GMT+2`, `+0000`, `Z`.
    private static func isTimeZone(_ token: Substring) -> Bool {
        let t = token.trimmingCharacters(in: "()")
        if let first = t.first, first == "+" || first == "-" {
            return t.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && t.count >= 3
        }
        let letters = t.prefix(while: { $0.isUppercase && $0.isLetter })
        let rest = t.dropFirst(letters.count)
        return (1...5).contains(letters.count) && (rest.isEmpty || (rest.first == "+" || rest.first == "-") && rest.dropFirst().allSatisfy(\.isNumber))
    }
}

/// The words of a date line, as `split` on spaces, commas, tabs and no-break spaces gives them.
private struct DateLineWords: IteratorProtocol {
    var rest: Substring

    mutating func next() -> Substring? {
        rest = rest.drop(while: Self.isSeparator)
        guard !rest.isEmpty else { return nil }
        let word = rest.prefix(while: { !Self.isSeparator($0) })
        rest = rest[word.endIndex...]
        return word
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "," || c == "\t" || c == "\u{A0}"
    }
}

extension StringProtocol {
    fileprivate var trimmingColon: String { hasSuffix(":") ? String(dropLast()) : String(self) }

    /// The text without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
