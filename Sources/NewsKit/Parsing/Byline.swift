/// A byline: `By Jane Doe, Outlet`, `By Jane Doe`, `Jane Doe | Outlet`, `Jane Doe – Outlet` (en dash, em
/// dash or spaced hyphen).
struct Byline: Equatable {
    var author: String
    var outlet: String?

    /// Words that name a job, not an outlet: `By Jane Doe, Staff Writer`.
    private static let roleWords: Set<String> = [
        "writer", "reporter", "correspondent", "editor", "staff", "contributor", "columnist", "journalist",
        "analyst", "producer", "photographer",
    ]
    private static let nameParticles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "al", "el", "bin", "ibn", "la", "le", "dos", "del", "ter",
    ]
    private static let outletConnectors: Set<String> = ["of", "the", "and", "&", "for", "de", "du", "la", "le", "des", "on", "in", "at", "-"]
    private static let separators = [" | ", " – ", " — ", "—", "–", " - "]

    init?(line: Substring) {
        guard line.utf8.count <= 160 else { return nil }
        // Cheap test first: a byline has a separator or starts with "By".
        let lead = line.utf8.prefix(3).map { $0 | 0x20 }
        guard lead.starts(with: [0x62, 0x79, 0x20]) || line.containsText("|") || line.containsText("\u{2013}")
                || line.containsText("\u{2014}") || line.containsText(" - ") else { return nil }
        let words = line.words
        guard !words.isEmpty, words.count <= 14, !line.endsSentence || line.hasSuffix(".") && words.count <= 6 else { return nil }
        var rest = line
        let hasBy = words[0].lowercased() == "by"
        if hasBy { rest = line.dropFirst(words[0].count).trimmedOfSpaces }
        var splits = Self.separators
        if hasBy { splits.append(", ") }
        for separator in splits {
            guard let cut = rest.range(ofText: separator) else { continue }
            let name = rest[..<cut.lowerBound].trimmedOfSpaces
            let outlet = rest[cut.upperBound...].trimmedOfSpaces
            guard Self.isAuthorList(name, strict: !hasBy) else { continue }
            if Self.isRole(outlet) {
                self.init(author: String(name), outlet: nil)
                return
            }
            guard Self.isOutlet(outlet) else { continue }
            self.init(author: String(name), outlet: String(outlet))
            return
        }
        guard hasBy, Self.isAuthorList(rest, strict: false) else { return nil }
        self.init(author: String(rest), outlet: nil)
    }

    private init(author: String, outlet: String?) {
        self.author = author
        self.outlet = outlet
    }

    /// One or more names joined by `and`, `&` or commas; `strict` asks for at least two words a name.
    private static func isAuthorList(_ text: Substring, strict: Bool) -> Bool {
        // Names are separated by commas, "and" or "&".
        var names: [[Substring]] = [[]]
        for word in text.words {
            if word == "and" || word == "&" {
                names.append([])
                continue
            }
            let bare = word.hasSuffix(",") ? word.dropLast() : word
            if !bare.isEmpty { names[names.count - 1].append(bare) }
            if word.hasSuffix(",") { names.append([]) }
        }
        names.removeAll { $0.isEmpty }
        guard !names.isEmpty, names.count <= 4 else { return false }
        return names.allSatisfy { words in
            guard words.count >= (strict ? 2 : 1), words.count <= 4 else { return false }
            return words.allSatisfy { isNameWord($0) } && words.contains { $0.startsCapitalised }
        }
    }

    private static func isNameWord(_ word: Substring) -> Bool {
        if nameParticles.contains(word.lowercased()) { return true }
        guard let first = word.unicodeScalars.first, first.isUppercaseLetter else { return false }
        return word.unicodeScalars.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    private static func isOutlet(_ text: Substring) -> Bool {
        let words = text.words
        guard (1...7).contains(words.count), text.count <= 60 else { return false }
        if words.count == 1, isDomain(text) { return true }
        guard let first = words.first?.unicodeScalars.first, first.isUppercaseLetter || first.isDigit else { return false }
        if text.hasSuffix(",") || text.hasSuffix(";") || text.hasSuffix(":") { return false }
        return words.allSatisfy { word in
            outletConnectors.contains(word.lowercased())
                || word.unicodeScalars.first.map { $0.isUppercaseLetter || $0.isDigit } ?? false
                || word.contains(".") && !word.hasSuffix(".")
        }
    }

    /// `news.example.com`.
    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.unicodeScalars.allSatisfy { $0.isLetter || $0.isDigit || $0 == "-" }
        }
    }

    private static func isRole(_ text: Substring) -> Bool {
        text.words.contains { roleWords.contains($0.lowercased()) }
    }
}
