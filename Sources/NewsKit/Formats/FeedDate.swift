/// Dates as feeds write them: RFC 822 in RSS (`Tue, 24 Sep 2025 10:31:00 GMT`, two-digit years
/// too), ISO 8601 in Atom, RSS 1.0's `dc:date` and JSON Feed.
enum FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String?) -> ArticleDate? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        if let iso = MetadataReader.date(text) { return iso }
        var day: Int?, month: Int?, year: Int?
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }) {
            let word = token.lowercased()
            if month == nil, word.count >= 3, let m = months.firstIndex(of: String(word.prefix(3))) {
                month = m + 1
            } else if token.allSatisfy(\.isNumber), let n = Int(token) {
                if day == nil, token.count <= 2, month == nil || year == nil, n <= 31, year == nil { day = n }
                else if year == nil, token.count == 4 { year = n }
                else if year == nil, token.count == 2, day != nil { year = n < 70 ? 2000 + n : 1900 + n }
            }
        }
        guard let day, let month, let year else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }
}
