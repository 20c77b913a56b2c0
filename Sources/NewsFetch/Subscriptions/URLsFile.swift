import Foundation

/// The `urls` file in newsboat's format: one subscription a line, its URL then its tags, a tag with
/// spaces in double quotes, `"~NAME"` naming the outlet, `#` starting a comment. Files and folders are
/// written as `file://` URLs. Lines newsboat alone understands (`query:`, `exec:`, `filter:`) are
/// passed over.
public enum URLsFile {
    public static let header = """
        # Newsdesk subscriptions, in newsboat's urls format: a URL, then tags ("~Name" sets the outlet).
        # Kept in step with newsdesk add, remove and import: edit it, or copy newsboat's urls file here.

        """

    /// The lines of a file, and a note for each line passed over.
    public static func parse(_ text: String) -> (entries: [SubscriptionEntry], skipped: [String]) {
        var entries: [SubscriptionEntry] = []
        var skipped: [String] = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let words = tokens(line)
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            let lower = first.lowercased()
            if lower.hasPrefix("query:") || lower.hasPrefix("exec:") || lower.hasPrefix("filter:") {
                skipped.append("line \(number + 1): \(first.prefix(while: { $0 != ":" })): feeds are newsboat's own, passed over")
                continue
            }
            var entry = SubscriptionEntry(source: first)
            if lower.hasPrefix("file://") { entry.source = URL(string: first)?.path ?? String(first.dropFirst(7)) }
            for word in words.dropFirst() {
                if word.hasPrefix("#") { break }
                if word.hasPrefix("~") {
                    entry.outlet = String(word.dropFirst())
                } else if !word.hasPrefix("!") {
                    entry.tags.append(word)
                }
            }
            entries.append(entry)
        }
        return (entries, skipped)
    }

    /// The file for these subscriptions.
    public static func render(_ entries: [SubscriptionEntry]) -> String {
        header + entries.map { entry in
            let source = entry.source.hasPrefix("/") ? URL(fileURLWithPath: entry.source).absoluteString : entry.source
            return ([source] + (entry.outlet.map { [quoted("~" + $0)] } ?? []) + entry.tags.map(quoted)).joined(separator: " ")
        }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
    }

    static func quoted(_ word: String) -> String {
        word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "#" }) || word.isEmpty || word.hasPrefix("~")
            ? "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            : word
    }

    /// Words separated by blanks; a word in double quotes keeps its blanks (`\"` is a quote in it).
    static func tokens(_ line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inQuotes = false, escaped = false, started = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if inQuotes {
                if character == "\\" { escaped = true } else if character == "\"" { inQuotes = false } else { word.append(character) }
            } else if character == "\"" {
                inQuotes = true
                started = true
            } else if character.isWhitespace {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }
}
