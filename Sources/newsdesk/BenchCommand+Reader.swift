import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// The reader's figures: start-up, index build, pivot, search and frame times, on the samples and on a
/// generated corpus.
extension Bench {
    func readerFigures(samples: String) throws -> [(String, Double)] {
        var figures: [(String, Double)] = []
        func record(_ key: String, _ value: Double, _ line: String) {
            figures.append((key, value))
            if !json { Self.say(line) }
        }
        let sampleStart = try median(of: runs) { try Self.startToFirstFrame(try SampleCorpus.articlePaths().map { FileLocation($0) }, store: nil).seconds }
        record("start_to_first_frame_samples_ms", sampleStart * 1000,
               String(format: "reader: start to first frame on the 2 samples (no cache): %.1f ms", sampleStart * 1000))
        let samplesLibrary = try Self.startToFirstFrame(try SampleCorpus.articlePaths().map { FileLocation($0) }, store: nil).app.library
        let reader = Self.renderTime(after: [.enter], library: samplesLibrary)
        let person = Self.renderTime(after: [.character("p"), .enter], library: samplesLibrary)
        record("frame_reader_200x60_ms", reader, String(format: "reader: frame at 200x60 on a sample: Reader %.2f ms", reader))
        record("frame_person_200x60_ms", person, String(format: "reader: frame at 200x60 on a sample: Person %.2f ms", person))

        guard articles > 0 || corpus != nil else { return figures }
        // The folder as the bytes given (a name need not be UTF-8).
        let folder: FileLocation, articles: Int, bytes: Int
        if let corpus {
            let location = RawArguments.location(of: corpus)
            let (entries, _) = try ArticleLoader.entries(under: [location])
            let sizes = entries.map { Int(($0.stamp ?? ArticleLoader.Stamp(location: $0.location))?.size ?? 0) }
            (folder, articles, bytes) = (location, entries.count, sizes.reduce(0, +))
        } else {
            let generated = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bench-\(UUID().uuidString)").path
            folder = FileLocation(generated)
            (articles, bytes) = (self.articles, try Generate.write(articles: self.articles, seed: 1, to: generated))
        }
        defer { if corpus == nil { try? FileManager.default.removeItem(atPath: folder.displayName) } }
        figures.append(("corpus_articles", Double(articles)))
        figures.append(("corpus_megabytes", Double(bytes) / 1e6))
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if !json { Self.say(String(format: "%@: %d articles, %.1f MB, in %@; %d cores", corpus == nil ? "generated" : "corpus", articles, Double(bytes) / 1e6, ArticleLoader.printable(folder.displayName), cores)) }

        let walk = try median(of: runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try ArticleLoader.entries(under: [folder])
            return Self.seconds(since: start)
        }
        record("finding_files_ms", walk * 1000, String(format: "finding the %d files (walking the folder): %.0f ms", articles, walk * 1000))

        // Cold: a new cache each run, everything read, analysed and saved.
        let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bench-cache-\(UUID().uuidString)").path
        let cache = cacheFolder + "/cache.sqlite"
        defer { try? FileManager.default.removeItem(atPath: cacheFolder) }
        let cold = try median(of: runs) {
            try? FileManager.default.removeItem(atPath: cacheFolder)
            let store = try Store.open(at: cache).store
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try CorpusLoader(store: store).load([folder])
            return Self.seconds(since: start)
        }
        record("cold_index_build_s", cold, String(format: "cold index build (read, parse, analyse on %d cores, save, index): %.2f s → %.1f MB/s, %.0f articles/s",
                                                  cores, cold, Double(bytes) / 1e6 / cold, Double(articles) / cold))
        figures += [("analysis_mb_per_second_all_cores", Double(bytes) / 1e6 / cold),
                    ("analysis_articles_per_second_all_cores", Double(articles) / cold)]

        // Warm: the same cache, as a reader start does it (the library in the background, the first
        // frame as soon as there are articles to show).
        var warm: [(first: Double, whole: Double)] = []
        var app: ReaderApp?
        for _ in 0..<runs {
            app = nil // one library in memory at a time
            let start = try Self.startToFirstFrame([folder], store: try Store.open(at: cache).store)
            warm.append((start.seconds, start.wholeSeconds))
            app = start.app
        }
        let firstFrame = warm.map(\.first).sorted()[warm.count / 2], whole = warm.map(\.whole).sorted()[warm.count / 2]
        record("warm_start_to_first_frame_ms", firstFrame * 1000,
               String(format: "warm start to the first frame with articles: %.0f ms (median of %d)", firstFrame * 1000, runs))
        record("warm_start_to_whole_corpus_s", whole,
               String(format: "warm start to the whole corpus loaded (reader live throughout): %.2f s", whole))
        guard let app else { return figures }
        let library = app.library
        for (key, value, line) in variantsFigures(library: library, coldBuild: cold) { line.isEmpty ? figures.append((key, value)) : record(key, value, line) }

        let pivot = Self.pivotTimes(library: library)
        record("pivot_ms", pivot.median, String(format: "person pivot (People → Enter → Person screen drawn), %d most quoted: median %.2f ms, slowest %.2f ms",
                                                 pivot.count, pivot.median, pivot.slowest))
        figures.append(("pivot_slowest_ms", pivot.slowest))
        let search = Self.searchTimes(library: library)
        record("search_ms", search.median, String(format: "full-text search (%d queries, up to 1,000 matches each): median %.2f ms, slowest %.2f ms (“%@”)",
                                                   search.count, search.median, search.slowest, search.slowestQuery))
        figures.append(("search_slowest_ms", search.slowest))
        for (form, query) in Self.searchForms(library: library) {
            let ms = Self.searchTime(query, library: library)
            record("search_\(form)_ms", ms, String(format: "search, %@ (“%@”): %.2f ms", form.replacingOccurrences(of: "_", with: " "), query, ms))
        }
        figures += acrossOutletsFigures(library: library, coldBuild: cold)
        let list = Self.renderTime(after: [], library: library)
        record("frame_articles_200x60_ms", list, String(format: "frame at 200x60: Articles screen over %d articles %.2f ms", articles, list))
        // The Reader on the newest article, the Person screen of the most quoted person: over the whole corpus.
        let corpusReader = Self.renderTime(after: [.enter], library: library)
        let corpusPerson = Self.renderTime(after: [.character("p"), .enter], library: library)
        let statements = library.people.first.map { library.statements(of: $0.person.id).count } ?? 0
        record("frame_reader_corpus_200x60_ms", corpusReader, String(format: "frame at 200x60: Reader on the newest article %.2f ms", corpusReader))
        record("frame_person_corpus_200x60_ms", corpusPerson,
               String(format: "frame at 200x60: Person screen of the most quoted (%d statements) %.2f ms", statements, corpusPerson))
        return figures
    }

    /// The median of `runs` timings.
    func median(of runs: Int, _ measure: () throws -> Double) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try measure()) }
        return times.sorted()[times.count / 2]
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Starts the reader as `newsdesk` does, on an in-memory terminal: the time to the first frame with
    /// articles on it, and to the whole corpus loaded.
    static func startToFirstFrame(_ paths: [FileLocation], store: Store?) throws -> (seconds: Double, wholeSeconds: Double, app: ReaderApp) {
        let start = DispatchTime.now().uptimeNanoseconds
        let load = BackgroundLoad(loader: CorpusLoader(store: store), locations: paths)
        load.start()
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [])), terminal: InMemoryTerminal(width: 200, height: 60))
        var first: Double?
        while true {
            let state = load.take()
            app.receive(state)
            if first == nil, !app.library.corpus.articles.isEmpty || state.isFinished {
                _ = app.render(width: 200, height: 60)
                first = seconds(since: start)
            }
            if state.isFinished { break }
            usleep(200)
        }
        return (first ?? 0, seconds(since: start), app)
    }

    /// The median of 50 renders at 200x60 after some keys.
    static func renderTime(after keys: [Key], library: CorpusQuery) -> Double {
        let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: 200, height: 60))
        for key in keys { app.handle(.key(key)) }
        var times: [Double] = []
        for _ in 0..<50 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = app.render(width: 200, height: 60)
            times.append(seconds(since: start) * 1000)
        }
        return times.sorted()[times.count / 2]
    }

    /// From the People screen, Enter on each of the 20 most quoted and the Person screen drawn, in ms.
    static func pivotTimes(library: CorpusQuery) -> (median: Double, slowest: Double, count: Int) {
        let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: 200, height: 60))
        app.handle(.key(.character("p")))
        var times: [Double] = []
        for row in 0..<min(20, library.people.count) {
            if row > 0 { app.handle(.key(.down)) }
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(.key(.enter))
            _ = app.render(width: 200, height: 60)
            times.append(seconds(since: start) * 1000)
            app.handle(.key(.escape))
        }
        let sorted = times.sorted()
        return (sorted.isEmpty ? 0 : sorted[sorted.count / 2], sorted.last ?? 0, sorted.count)
    }

    /// One query of each form search knows, from the corpus's own people and outlets.
    static func searchForms(library: CorpusQuery) -> [(String, String)] {
        // Two different surnames (the most quoted people may share one).
        var surnames: [String] = []
        for person in library.people.prefix(50) {
            guard let surname = person.person.name.split(separator: " ").last.map(String.init), !surnames.contains(surname) else { continue }
            surnames.append(surname)
            if surnames.count == 2 { break }
        }
        let first = surnames.first ?? "minister", second = surnames.dropFirst().first ?? "harbour"
        let outlet = library.outlets.first?.name ?? "news"
        return [("all_words", "\(first) \(second)"), ("phrase", "\"minister said\""), ("exclusion", "\(first) -\(second)"),
                ("speaker", "speaker:\(first)"), ("outlet", "budget outlet:\"\(outlet)\""), ("accents", "Zürich café"),
                ("common_word", "the")]
    }

    /// The median of 5 searches for `query`, in ms.
    static func searchTime(_ query: String, library: CorpusQuery) -> Double {
        var times: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = library.search(query)
            times.append(seconds(since: start) * 1000)
        }
        return times.sorted()[times.count / 2]
    }

    /// Searches for the most quoted people's surnames, common and rare words and a phrase, in ms.
    static func searchTimes(library: CorpusQuery) -> (median: Double, slowest: Double, slowestQuery: String, count: Int) {
        let surnames = library.people.prefix(5).compactMap { $0.person.name.split(separator: " ").last.map(String.init) }
        let queries = surnames + ["harbour", "minister said", "budget", "quota", "zzyzx", "the"]
        var times: [(ms: Double, query: String)] = []
        for query in queries {
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = library.search(query)
                times.append((seconds(since: start) * 1000, query))
            }
        }
        let sorted = times.sorted { $0.ms < $1.ms }
        return (sorted[sorted.count / 2].ms, sorted.last?.ms ?? 0, sorted.last?.query ?? "", queries.count)
    }
}
