/// `key: value` lines between two `---` lines at the top of a file.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The number of lines it takes, the two `---` lines included.
    var lineCount = 0

    /// The front matter at the top of `source`, or nil when the file does not open with one.
    init?(_ source: SourceText) {
        guard let first = source.lines.firstIndex(where: { !$0.isBlank }),
              source.text(ofLine: first) == "---" else { return nil }
        var index = first + 1
        while index < source.lines.count {
            let line = source.text(ofLine: index)
            if line == "---" || line == "..." {
                lineCount = index + 1
                return
            }
            if !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let key = line[..<colon].trimmedOfSpaces.lowercased()
                var value = line[line.index(after: colon)...].trimmedOfSpaces
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = value.dropFirst().dropLast()
                }
                if !value.isEmpty { fields[key] = String(value) }
            }
            index += 1
        }
        return nil
    }

    var title: String? { fields["title"] ?? fields["headline"] }
    var source: String? { fields["source"] ?? fields["outlet"] ?? fields["publication"] }
    var author: String? { fields["author"] ?? fields["byline"] }
    var date: ArticleDate? { fields["date"].flatMap { ArticleDate(line: $0) } }
    var url: String? { fields["url"] ?? fields["link"] }
}
