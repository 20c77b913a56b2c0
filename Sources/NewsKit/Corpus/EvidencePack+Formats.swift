import Foundation

extension EvidencePack {
    /// How a pack is written.
    public enum Format: String, CaseIterable, Sendable {
        /// Markdown a journalist can paste into a draft.
        case md
        /// CSV (RFC 4180) for a spreadsheet: one row per statement, the variants in one cell.
        case csv
        /// JSON Lines: one `Entry` per line, keys in snake_case, every key present.
        case json
    }

    public func rendered(as format: Format) -> String {
        switch format {
        case .md: markdown
        case .csv: csv
        case .json: jsonLines
        }
    }

    public var markdown: String {
        var out = "# \(person.name): statements\n\n"
        let named = entries.filter { !$0.inferred }.count
        out += "\(named) statement\(named == 1 ? "" : "s") attributed by the articles"
        out += entries.count > named ? "; \(entries.count - named) inferred from other outlets' wording (marked).\n" : ".\n"
        for entry in entries {
            let source = [entry.source, entry.date, entry.headline.map { "*\($0)*" }].compactMap { $0 }.joined(separator: ", ")
            out += "\n## \(source)\n\n"
            out += "> “\(entry.text)”\n\n"
            out += "- In context: \(entry.sentence)\n"
            var attribution = "- Speaker: \(entry.speaker)"
            if entry.inferred { attribution += " (inferred from \(entry.inferredFrom ?? "another article"): this article names no speaker)" }
            if entry.corrected { attribution += " (corrected)" }
            if let rule = entry.rule {
                attribution += "; cue \(entry.cue.map { "“\($0)”" } ?? "none"), \(rule)"
                if let confidence = entry.confidence { attribution += ", \(Int((confidence * 100).rounded()))% confidence" }
            }
            out += attribution + "\n"
            out += "- Source: \(entry.address)\n"
            for variant in entry.variants {
                let who = variant.speaker.map { " (\($0))" } ?? " (no speaker named)"
                out += "- Also in \(variant.source)\(variant.date.map { ", \($0)" } ?? "")\(who): “\(variant.text)” \(variant.address)\n"
            }
        }
        return out
    }

    public static let csvHeader = ["quote_id", "statement_id", "text", "sentence", "speaker", "person_id", "inferred", "inferred_from",
                                   "corrected", "cue", "rule", "confidence", "headline", "source", "date", "address", "variants"]

    public var csv: String {
        var rows = [Self.csvHeader]
        for entry in entries {
            let variants = entry.variants.map { "\($0.source): “\($0.text)” \($0.address)" }.joined(separator: "\n")
            rows.append([entry.quoteId.rawValue, entry.statementId?.rawValue ?? "", entry.text, entry.sentence, entry.speaker,
                         entry.personId.rawValue, entry.inferred ? "yes" : "no", entry.inferredFrom ?? "", entry.corrected ? "yes" : "no",
                         entry.cue ?? "", entry.rule ?? "", entry.confidence.map { String(format: "%.2f", $0) } ?? "",
                         entry.headline ?? "", entry.source, entry.date ?? "", entry.address, variants])
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field, quoted when it holds a comma, a quotation mark or a line break.
    static func csvField(_ text: String) -> String {
        text.contains { $0 == "," || $0 == "\"" || $0.isNewline } ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public var jsonLines: String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return entries.compactMap { entry in
            (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) + "\n" }
        }.joined()
    }
}
