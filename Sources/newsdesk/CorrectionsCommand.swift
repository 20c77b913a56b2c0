import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk corrections`: the corrections in force, and sharing them with a team.
struct Corrections: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the corrections of quotes, or export and import them to share with others.",
        discussion: """
        One line per corrected quote: its ID, the correction (a speaker's name, no speaker, not a quote), \
        the quote's opening words and its article. With --json, one object per line:
          {"schema":1,"quote_id","correction" (speaker|no_speaker|not_a_quote),"speaker","person_id",
           "text","article","made_at"}
        --export FILE writes the same lines to FILE; --import FILE reads such lines (or one JSON array of \
        them) and merges them into the library: a correction for a quote without one is added, one that \
        differs from the quote's own replaces it (correct --undo brings that back), one the same is left, \
        and one whose quote is in no article read (the library's, or the paths named) is skipped. A file \
        with a line that cannot be read imports nothing.

        Exit status: 0; 64 for a usage error; 65 for a file that is not corrections (its line named); 66 \
        for a file that cannot be read.

        Examples:
          newsdesk corrections --export team.jsonl
          newsdesk corrections --import team.jsonl
        """
    )

    @Flag(help: "Print JSON Lines.")
    var json = false
    @Option(help: "Write the corrections to this file (JSON Lines).", completion: .file())
    var export: String?
    @Option(name: .customLong("import"), help: "Merge the corrections of this file (JSON Lines or a JSON array) into the library.",
            completion: .file())
    var importFile: String?
    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if export != nil && importFile != nil { throw ValidationError("--export and --import go one at a time") }
        if importFile == nil && !corpus.paths.isEmpty {
            throw ValidationError("paths are read only with --import (to find the quotes corrected)")
        }
    }

    func run() throws {
        if let importFile { return try importing(importFile) }
        // A fresh machine has no library: none is made just to find it empty.
        let corrections = FileManager.default.fileExists(atPath: LibraryStore.defaultPath) ? try Library.open().corrections() : []
        if let export {
            let encoder = JSONLines.encoder
            var text = ""
            for correction in corrections {
                text += String(decoding: try encoder.encode(CorrectionRecord(correction)), as: UTF8.self) + "\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: export))
            var errors = StandardError()
            errors.write(ArticleLoader.printable("\(corrections.count) correction\(corrections.count == 1 ? "" : "s") written to \(export)") + "\n")
            return
        }
        var output = StandardOutput()
        var lines = JSONLines()
        for correction in corrections {
            if json {
                lines.write(CorrectionRecord(correction))
            } else {
                let fields = [correction.quote.rawValue, correction.summary, "“\(Correct.opening(correction.text))”", correction.article]
                output.write(fields.map(ArticleLoader.printable).joined(separator: "\t") + "\n")
            }
        }
    }

    private func importing(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw CorrectionError.noSuchFile(ArticleLoader.printable(path)) }
        let records = try Self.records(in: data, file: ArticleLoader.printable(path))
        let query = try corpus.loadQuery()
        var known = Set<QuoteID>()
        for analyzed in query.corpus.articles { for quote in analyzed.quotes { known.insert(quote.id) } }
        var corrections = records.filter { known.contains($0.quote) }
        // A speaker given by name alone takes the ID of the one person of that name here.
        let unidentified = Set(corrections.compactMap { correction -> String? in
            guard case .speaker(let name, let id) = correction.verdict, id.rawValue.isEmpty else { return nil }
            return name
        })
        let named = query.people(named: unidentified)
        for n in corrections.indices {
            if case .speaker(let name, let id) = corrections[n].verdict, id.rawValue.isEmpty, let people = named[name], people.count == 1 {
                corrections[n].verdict = .speaker(name: name, id: people[0].id)
            }
        }
        let result = try Library.open().importCorrections(corrections)
        let skipped = records.count - corrections.count
        var output = StandardOutput()
        output.write(ArticleLoader.printable("\(records.count) correction\(records.count == 1 ? "" : "s") in \(path): \(result.added) added, \(result.replaced) replaced, \(result.unchanged) unchanged, \(skipped) skipped (quote in no article read)") + "\n")
    }

    /// The corrections of a file of JSON Lines, or of one JSON array of records.
    static func records(in data: Data, file: String) throws -> [Correction] {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let text = String(decoding: data, as: UTF8.self)
        func correction(_ json: Data, line: Int) throws -> Correction {
            do {
                return try decoder.decode(CorrectionRecord.self, from: json).correctionValue()
            } catch let error as CorrectionRecord.Unknown {
                throw CorrectionError.unreadable(file: file, line: line, reason: error.reason)
            } catch {
                throw CorrectionError.unreadable(file: file, line: line, reason: "not a correction record (\(Self.reason(error)))")
            }
        }
        if text.drop(while: \.isWhitespace).first == "[" {
            guard let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
                throw CorrectionError.unreadable(file: file, line: 1, reason: "not a JSON array")
            }
            return try array.enumerated().map { n, element in
                let json = (try? JSONSerialization.data(withJSONObject: element)) ?? Data()
                return try correction(json, line: n + 1)
            }
        }
        var corrections: [Correction] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            corrections.append(try correction(Data(line.utf8), line: n + 1))
        }
        return corrections
    }

    /// A decoding error in a few words.
    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): "\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        case .dataCorrupted: "not JSON"
        default: "\(error)"
        }
    }
}
