import Foundation

/// A dateline opening a story: `KYIV, Sept 24 (Reuters) -`, `WASHINGTON (AP) —`, `LONDON -`.
struct Dateline: Equatable {
    /// The whole dateline, without the dash.
    var text: String
    /// The news agency named in brackets, if any.
    var agency: String?

    private static let dashes = [" - ", " – ", " — ", " — ", "—", " -- "]

    init?(paragraph: String) {
        let head = Substring(paragraph.prefix(100))
        guard let cut = Self.dashes.compactMap({ head.range(ofText: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let left = head[..<cut.lowerBound].trimmedOfSpaces
        guard let firstWord = left.words.first?.trimmingCharacters(in: ","),
              firstWord.unicodeScalars.filter(\.isLetter).count >= 2,
              firstWord.unicodeScalars.allSatisfy({ $0.isUppercaseLetter || $0 == "." || $0 == "'" || $0 == "-" })
        else { return nil }
        var agency: String?
        if let open = left.lastIndex(of: "("), let close = left.lastIndex(of: ")"), open < close {
            let name = left[left.index(after: open)..<close].trimmedOfSpaces
            guard !name.isEmpty, name.startsCapitalised, name.words.count <= 4 else { return nil }
            agency = String(name)
            guard left[left.index(after: close)...].trimmedOfSpaces.isEmpty else { return nil }
        }
        guard left.words.count <= 8 else { return nil }
        self.text = String(left)
        self.agency = agency
    }
}
