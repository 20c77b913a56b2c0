import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk bench`: analysis throughput on the bundled fixtures repeated to a chosen size.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure parsing and analysis speed (build with -c release).",
        discussion: """
        Reads every fixture article (the samples and the layout and quote fixtures), repeats them in \
        memory until --megabytes of text, then parses and analyses them on one core, three times, and \
        prints the median: MB/s of article text and articles/s.

        Example: swift run -c release newsdesk bench --megabytes 50
        """
    )

    @Option(help: "How much article text to analyse, in megabytes.")
    var megabytes: Int = 50
    @Option(help: "How many timed runs (the median is reported).")
    var runs: Int = 3
    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard megabytes > 0, runs > 0 else { throw ValidationError("--megabytes and --runs must be positive") }
    }

    func run() throws {
        #if DEBUG
        FileHandle.standardError.write(Data("newsdesk bench: this is a debug build; figures are meaningful with -c release\n".utf8))
        #endif
        guard let folder = SampleCorpus.folder else { throw ValidationError("no Fixtures folder to benchmark on") }
        let (entries, _) = try ArticleLoader.entries(under: [folder])
        let texts = entries.compactMap { try? String(contentsOfFile: $0.path, encoding: .utf8) }
        guard !texts.isEmpty else { throw ValidationError("no fixture articles found under \(folder)") }
        var corpus: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            for text in texts {
                corpus.append(text)
                bytes += text.utf8.count
            }
        }
        let parser = ArticleParser()
        let analyzer = ArticleAnalyzer()
        var seconds: [Double] = []
        var quotes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            quotes = 0
            for (i, text) in corpus.enumerated() {
                let analyzed = analyzer.analyze(parser.parse(text, path: "bench-\(i).txt"))
                quotes += analyzed.quotes.count
            }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let median = seconds.sorted()[seconds.count / 2]
        let mbPerSecond = Double(bytes) / 1e6 / median
        let articlesPerSecond = Double(corpus.count) / median
        if json {
            print(JSONValue.object([
                ("articles", .int(corpus.count)), ("megabytes", .number((Double(bytes) / 1e6 * 10).rounded() / 10)),
                ("seconds", .number(median)), ("mb_per_second_one_core", .number(mbPerSecond)),
                ("articles_per_second_one_core", .number(articlesPerSecond)), ("quotes", .int(quotes)),
            ]).serialized)
        } else {
            print(String(format: "analysed %d articles, %.1f MB, %d quotes, on one core", corpus.count, Double(bytes) / 1e6, quotes))
            print(String(format: "median of %d runs: %.2f s  →  %.1f MB/s, %.0f articles/s", runs, median, mbPerSecond, articlesPerSecond))
        }
    }
}
