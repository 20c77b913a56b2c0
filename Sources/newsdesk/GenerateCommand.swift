import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk generate`: a deterministic corpus of invented articles, with the quotes planted in it.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated corpus of invented articles (for benchmarks and accuracy at scale).",
        discussion: """
        Writes NNNNNN.txt files and gold.jsonl (one line per planted quote: {"article","text","speaker"}) \
        into FOLDER. The same seed gives the same corpus. Score it with:
          newsdesk quotes --json FOLDER > pred.jsonl && python3 ../shared/tools/score.py FOLDER pred.jsonl
        """
    )

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String
    @Option(help: "How many articles.")
    var articles: Int = 1000
    @Option(help: "The seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be positive") }
    }

    func run() throws {
        do {
            try Self.write(articles: articles, seed: seed, to: folder)
        } catch {
            // A folder that cannot be made, a full disk: one line, not the Foundation error's dump.
            var errors = StandardError()
            errors.write("newsdesk: cannot write the corpus: \(ErrorLine.describe(error))\n")
            throw ExitCode.failure
        }
    }

    /// Writes the corpus; returns the total size in bytes.
    @discardableResult
    static func write(articles: Int, seed: UInt64, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let generator = CorpusGenerator(seed: seed)
        var gold = ""
        var bytes = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for index in 0..<articles {
            let article = generator.article(index)
            try Data(article.text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(article.name))
            bytes += article.text.utf8.count
            for quote in article.quotes {
                let line = GoldQuote(article: article.name, text: quote.text, speaker: quote.speaker)
                gold += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
        }
        try Data(gold.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("gold.jsonl"))
        return bytes
    }
}

/// A line of `gold.jsonl`, in the form the shared scorer reads.
private struct GoldQuote: Codable {
    var article: String
    var text: String
    var speaker: String
}
