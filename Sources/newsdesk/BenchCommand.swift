import ArgumentParser
import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// `newsdesk bench`: analysis throughput on the bundled fixtures repeated to a chosen size.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis speed and the reader's latencies (build with -c release).",
        discussion: """
        Analysis: every fixture article (the samples and the layout and quote fixtures), repeated in \
        memory to --megabytes of text, parsed and analysed on one core, in MB/s and articles/s.
        Reader: --articles generated articles (newsdesk generate) written to a temporary folder (or the \
        articles of --corpus FOLDER), then: \
        the cold index build (read, parse, analyse on all cores, fill a new cache); the warm start from \
        that cache to the first frame of the Articles screen with articles on it, and to the whole corpus \
        loaded; a person pivot (People → Enter → the Person screen drawn) for the 20 most quoted; the \
        statement groups built over the corpus (newsdesk variants) and the Variants screen of the statement \
        most outlets quote drawn; a full-text search (cache index, then the matches read) for a set of words \
        and phrases; the stories of the whole corpus grouped (beside the cold build's time) and the Coverage \
        screen (counted, then drawn); frame render times at 200x60; and the peak resident memory.
        Fetch: --feeds generated RSS feeds of --items-per-feed items, each item a summary linking to its \
        page, served on 127.0.0.1: the first fetch into a new library (every feed and page downloaded, \
        the articles extracted and stored), then a second with nothing new (every feed answers 304).
        Every figure is the median of --runs runs (pivot, search and frames: of many).
        Files: with --file (repeatable), only the analysis time of each file named, on its own (read \
        and parsed once, analysed --runs times; start-up and printing not counted), in s/MB.

        Example: swift run -c release newsdesk bench --articles 100000
        """
    )

    @Option(help: "How much article text to analyse, in megabytes.")
    var megabytes: Int = 50
    @Option(help: "How many timed runs of each figure (the median is reported).")
    var runs: Int = 3
    @Option(help: "How many generated articles for the reader figures (0 to skip).")
    var articles: Int = 10_000
    @Option(help: ArgumentHelp("A folder of articles to measure the reader on instead of generated ones.", valueName: "folder"))
    var corpus: String?
    @Option(help: "How many generated feeds to fetch from a server on 127.0.0.1 (0 to skip).")
    var feeds: Int = 100
    @Option(help: "How many items in each generated feed, each linking to its page.")
    var itemsPerFeed: Int = 10
    @Option(name: .customLong("file"), help: ArgumentHelp("Measure only the analysis of this file (repeatable).", valueName: "path"))
    var files: [String] = []
    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard megabytes > 0, runs > 0, articles >= 0 else { throw ValidationError("--megabytes and --runs must be positive") }
        for path in files where !RawArguments.location(of: path).exists {
            throw ValidationError("\(ArticleLoader.printable(RawArguments.location(of: path).displayName)): no such file")
        }
        if let corpus, case let location = RawArguments.location(of: corpus), !location.exists {
            throw ValidationError("\(ArticleLoader.printable(location.displayName)): no such folder")
        }
    }

    func run() throws {
        #if DEBUG
        var errors = StandardError()
        errors.write("newsdesk bench: this is a debug build; figures are meaningful with -c release\n")
        #endif
        if !files.isEmpty { return report(try fileFigures()) }
        guard let folder = SampleCorpus.folder else { throw ValidationError("no Fixtures folder to benchmark on") }
        let (entries, _) = try ArticleLoader.entries(under: [folder])
        let texts = entries.filter { ArticleLoader.textExtensions.contains(($0.path as NSString).pathExtension.lowercased()) }
            .compactMap { (try? ArticleLoader.contents(of: $0.location).get()).flatMap { String(validating: $0, as: UTF8.self) } }
        guard !texts.isEmpty else { throw ValidationError("no fixture articles found under \(ArticleLoader.printable(folder))") }
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
        var quotes = 0
        let median = median(of: runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            quotes = 0
            for (i, text) in corpus.enumerated() {
                let analyzed = analyzer.analyze(parser.parse(text, path: "bench-\(i).txt"))
                quotes += analyzed.quotes.count
            }
            return Self.seconds(since: start)
        }
        let mbPerSecond = Double(bytes) / 1e6 / median
        let articlesPerSecond = Double(corpus.count) / median
        var figures: [(String, Double)] = [
            ("analysis_articles", Double(corpus.count)), ("analysis_megabytes", (Double(bytes) / 1e6 * 10).rounded() / 10),
            ("analysis_mb_per_second_one_core", mbPerSecond), ("analysis_articles_per_second_one_core", articlesPerSecond),
        ]
        if !json {
            Self.say(String(format: "analysis: %d articles, %.1f MB, %d quotes, one core, median of %d runs: %.2f s → %.1f MB/s, %.0f articles/s",
                         corpus.count, Double(bytes) / 1e6, quotes, runs, median, mbPerSecond, articlesPerSecond))
        }
        figures += pageFigures()
        figures += try readerFigures(samples: folder)
        figures += try fetchFigures()
        let peak = Self.peakMemoryMegabytes()
        figures.append(("peak_memory_mb", peak))
        if !json { Self.say(String(format: "peak memory (resident): %.0f MB", peak)) }
        report(figures)
    }

    /// With --json, every figure as one `BenchReport` (the text lines were printed as measured).
    private func report(_ figures: [(String, Double)]) {
        guard json else { return }
        var lines = JSONLines()
        lines.write(BenchReport(figures: Dictionary(figures, uniquingKeysWith: { _, last in last })))
    }

    /// Prints a line at once (unbuffered, also into a pipe or a file), as each figure is measured.
    static func say(_ line: String) {
        var output = StandardOutput()
        output.write(line + "\n")
    }

    /// The most resident memory the process has used (VmHWM), in megabytes; 0 where /proc is missing.
    static func peakMemoryMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kilobytes / 1024
    }
}

/// `bench --json`: every figure by name (milliseconds, MB, MB/s, counts, as each name says).
struct BenchReport: Codable {
    /// Bump when a figure changes meaning or goes away; new figures keep the number.
    var schema = 1
    var figures: [String: Double]
}
