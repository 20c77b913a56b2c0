import Foundation
import NewsKit

extension Bench {
    /// Web-page extraction on one core: generated news pages (`CorpusGenerator.page`, with menus,
    /// share buttons, related links, comments, ads and scripts around the article), up to 20 MB or
    /// --megabytes if less, each decoded, parsed by libxml2 and extracted with its metadata.
    func pageFigures() -> [(String, Double)] {
        let generator = CorpusGenerator(seed: 11)
        var pages: [Data] = []
        var bytes = 0
        let limit = min(megabytes, 20) * 1_000_000
        var index = 0
        while bytes < limit {
            let page = Data(generator.page(index).utf8)
            pages.append(page)
            bytes += page.count
            index += 1
        }
        var paragraphs = 0
        let median = median(of: runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            paragraphs = 0
            for (i, page) in pages.enumerated() {
                paragraphs += HTMLPage.article(from: page, path: "bench-\(i).html", url: nil, httpCharset: nil)?.paragraphs.count ?? 0
            }
            return Self.seconds(since: start)
        }
        let mbPerSecond = Double(bytes) / 1e6 / median
        if !json {
            Self.say(String(format: "web pages: %d generated pages, %.1f MB, %d paragraphs, one core, median of %d runs: %.2f s → %.1f MB/s, %.0f pages/s",
                            pages.count, Double(bytes) / 1e6, paragraphs, runs, median, mbPerSecond, Double(pages.count) / median))
        }
        return [("html_pages", Double(pages.count)), ("html_megabytes", (Double(bytes) / 1e6 * 10).rounded() / 10),
                ("html_mb_per_second_one_core", mbPerSecond), ("html_pages_per_second_one_core", Double(pages.count) / median)]
    }
}
