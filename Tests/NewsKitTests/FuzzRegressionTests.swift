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
        // Every analysis reads back from the cache as it was saved.
        let decoded = try AnalysisCodec.decode(encoded)
        #expect(decoded.article == analyzed.article)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
