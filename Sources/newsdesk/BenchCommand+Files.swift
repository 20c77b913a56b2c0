import ArgumentParser
import Foundation
import NewsKit

extension Bench {
    /// The analysis time of each file named with --file, on its own: the file is read and parsed
    /// once, then its articles are analysed --runs times on one core (the median is reported), so
    /// neither the process's start-up (loading the word lists) nor printing the results is counted.
    /// `Scripts/scaling.sh` measures its adversarial articles this way.
    func fileFigures() throws -> [(String, Double)] {
        let loader = ArticleLoader()
        let analyzer = ArticleAnalyzer()
        _ = analyzer.analyze(ArticleParser().parse("Loading the word lists.", path: "warm-up.txt"))
        var figures: [(String, Double)] = []
        let width = max(4, files.map { ArticleLoader.printable($0).count }.max() ?? 0)
        func padded(_ text: String) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        if !json { Self.say(padded("file") + "        MB   quotes   seconds    s/MB") }
        for (n, path) in files.enumerated() {
            let entry = ArticleLoader.Entry(location: RawArguments.location(of: path))
            let articles: [Article]
            switch loader.readAll(entry) {
            case .success(let loaded): articles = loaded.articles
            case .failure(let problem): throw ValidationError("\(problem.path): \(problem.reason)")
            }
            let megabytes = Double(articles.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }) / 1e6
            var quotes = 0
            let median = median(of: runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                quotes = articles.reduce(0) { $0 + analyzer.analyze($1).quotes.count }
                return Self.seconds(since: start)
            }
            let perMegabyte = megabytes > 0 ? median / megabytes : 0
            if !json {
                Self.say(padded(ArticleLoader.printable(entry.path))
                         + String(format: " %9.2f %8d %9.3f %7.2f", megabytes, quotes, median, perMegabyte))
            }
            figures += [("file_\(n)_megabytes", megabytes), ("file_\(n)_analysis_seconds", median),
                        ("file_\(n)_seconds_per_mb", perMegabyte)]
        }
        return figures
    }
}
