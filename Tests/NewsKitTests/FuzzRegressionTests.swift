import Foundation
import Testing
@testable import NewsKit

/// Every input in `Fixtures/fuzz-regressions` (crashes the fuzzer found, minimised, and the inputs of
/// widest coverage it grew) goes the whole way a file goes: decoding, parsing, analysis and the cache's
/// binary form, without trapping and in reasonable time. See `Scripts/fuzz.sh`.
@Suite(.timeLimit(.minutes(1))) struct FuzzRegressionTests {
    static let folder = FixtureFiles.folder.appendingPathComponent("fuzz-regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".input") }
            .sorted()
    }

    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs) func parsesAndAnalyses(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let start = ContinuousClock.now
        // The fuzzer's entry (Fuzz/Sources/NewsdeskFuzz): some findings depend on the sizes of its path and outlet.
        let entry = ArticleLoader.Entry(path: "fuzz/input.txt", folderOutlet: "Fuzz Wire")
        guard case .success(let (article, _)) = ArticleLoader().parse(data, entry: entry) else { return }
        let analyzed = ArticleAnalyzer().analyze(article)
        for quote in analyzed.quotes {
            #expect(quote.range.end <= analyzed.article.blocks[quote.block].text.unicodeScalars.count)
        }
        for mention in analyzed.mentions {
            #expect(mention.range.end <= analyzed.article.blocks[mention.block].text.unicodeScalars.count)
        }
        let encoded = AnalysisCodec.encode(analyzed)
        // Known issue in AnalysisCodec (reported): a range is read back with the element-count check,
        // so a block whose file range is longer than the whole entry (mostly control characters the text
        // drops) fails to decode and is analysed again instead of read from the cache.
        let longest = analyzed.article.blocks.map(\.range.count).max() ?? 0
        try withKnownIssue("AnalysisCodec refuses a range longer than its entry", isIntermittent: true) {
            let decoded = try AnalysisCodec.decode(encoded)
            #expect(decoded.article == analyzed.article)
        } when: {
            longest > encoded.count
        }
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
