import ArgumentParser
import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// `newsdesk bench`: analysis throughput on the bundled fixtures repeated to a chosen size.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure parsing and analysis speed (build with -c release).",
        discussion: """
        Analysis: every fixture article (the samples and the layout and quote fixtures), repeated in \
        memory to --megabytes of text, parsed and analysed on one core; the median of --runs runs, in MB/s \
        and articles/s.
        Reader: --articles generated articles (newsdesk generate) written to a temporary folder, then the \
        time from start (read, parse, analyse on all cores, fill a new cache) to the first frame of the \
        Articles screen, the same warm (everything from the cache), and the time to render the Articles, \
        Reader and Person screens at 200x60 (median of 50).

        Example: swift run -c release newsdesk bench --megabytes 50 --articles 10000
        """
    )

    @Option(help: "How much article text to analyse, in megabytes.")
    var megabytes: Int = 50
    @Option(help: "How many timed runs (the median is reported).")
    var runs: Int = 3
    @Option(help: "How many generated articles for the reader figures (0 to skip).")
    var articles: Int = 10_000
    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        guard megabytes > 0, runs > 0, articles >= 0 else { throw ValidationError("--megabytes and --runs must be positive") }
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
        var figures: [(String, JSONValue)] = [
            ("analysis_articles", .int(corpus.count)), ("analysis_megabytes", .number((Double(bytes) / 1e6 * 10).rounded() / 10)),
            ("analysis_mb_per_second_one_core", .number(mbPerSecond)), ("analysis_articles_per_second_one_core", .number(articlesPerSecond)),
        ]
        if !json {
            print(String(format: "analysis: %d articles, %.1f MB, %d quotes, one core, median of %d runs: %.2f s → %.1f MB/s, %.0f articles/s",
                         corpus.count, Double(bytes) / 1e6, quotes, runs, median, mbPerSecond, articlesPerSecond))
        }
        figures += try readerFigures(samples: folder)
        let peak = Self.peakMemoryMegabytes()
        figures.append(("peak_memory_mb", .number(peak)))
        if !json { print(String(format: "peak memory (resident): %.0f MB", peak)) }
        if json { print(JSONValue.object(figures).serialized) }
    }

    /// The most resident memory the process has used (VmHWM), in megabytes; 0 where /proc is missing.
    static func peakMemoryMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kilobytes / 1024
    }

    /// Start to first frame and frame render times.
    private func readerFigures(samples: String) throws -> [(String, JSONValue)] {
        var figures: [(String, JSONValue)] = []
        func startToFirstFrame(_ paths: [String], store: Store? = nil) throws -> (seconds: Double, library: Library) {
            let start = DispatchTime.now().uptimeNanoseconds
            let library = Library(corpus: Corpus(articles: try CorpusLoader(store: store).load(paths).articles))
            let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: 200, height: 60))
            _ = app.render(width: 200, height: 60)
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, library)
        }
        let sampleStart = try startToFirstFrame(try SampleCorpus.articlePaths())
        figures.append(("start_to_first_frame_samples_ms", .number(sampleStart.seconds * 1000)))
        if !json { print(String(format: "reader: start to first frame on the 2 samples: %.1f ms", sampleStart.seconds * 1000)) }

        // Frame render times at 200x60 on the samples.
        func renderTime(_ keys: [Key], library: Library) -> Double {
            let terminal = InMemoryTerminal(width: 200, height: 60)
            let app = ReaderApp(library: library, terminal: terminal)
            for key in keys { app.handle(.key(key)) }
            var times: [Double] = []
            for _ in 0..<50 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = app.render(width: 200, height: 60)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            return times.sorted()[times.count / 2]
        }
        let reader = renderTime([.enter], library: sampleStart.library)
        let person = renderTime([.character("p"), .enter], library: sampleStart.library)
        figures += [("frame_reader_200x60_ms", .number(reader)), ("frame_person_200x60_ms", .number(person))]
        if !json { print(String(format: "reader: frame at 200x60: Reader %.2f ms, Person %.2f ms", reader, person)) }

        guard articles > 0 else { return figures }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = try Generate.write(articles: articles, seed: 1, to: folder)
        let store = try Store.open(at: folder + "-cache/cache.sqlite").store
        defer { try? FileManager.default.removeItem(atPath: folder + "-cache") }
        let generated = try startToFirstFrame([folder], store: store)
        let warm = try startToFirstFrame([folder], store: store)
        let list = renderTime([], library: generated.library)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        figures += [("generated_articles", .int(articles)), ("start_to_first_frame_generated_s", .number(generated.seconds)),
                    ("analysis_articles_per_second_all_cores", .number(Double(articles) / generated.seconds)),
                    ("warm_start_to_first_frame_generated_s", .number(warm.seconds)),
                    ("frame_articles_200x60_generated_ms", .number(list))]
        if !json {
            print(String(format: "reader: %d generated articles (%.1f MB): start to first frame %.2f s (read, parse, analyse on %d cores: %.0f articles/s)",
                         articles, Double(bytes) / 1e6, generated.seconds, cores, Double(articles) / generated.seconds))
            print(String(format: "reader: %d generated articles, warm start (from the cache) to first frame %.2f s", articles, warm.seconds))
            print(String(format: "reader: frame at 200x60: Articles screen over %d articles %.2f ms", articles, list))
        }
        return figures
    }
}
