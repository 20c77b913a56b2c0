import Foundation
import Testing
@testable import NewsKit

/// Every input in `Fixtures/fuzz-regressions` (crashes the fuzzer found, minimised, and the inputs of
/// widest coverage it grew) goes the whole way a file goes: decoding, parsing, analysis and the cache's
/// binary form, without trapping and in reasonable time. See `Scripts/fuzz.sh`.
@Suite(.timeLimit(.minutes(5))) struct FuzzRegressionTests {
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
        try Self.check(try Data(contentsOf: Self.folder.appendingPathComponent(name)), name: name)
    }

    @Test func anInputThatNoLongerDecodesFails() {
        withKnownIssue("bytes that are no article are an issue, not a pass") {
            try Self.check(Data([0x00, 0xFF, 0x00, 0xFE, 0x00]), name: "binary.input")
        }
    }

    /// Takes one input the whole way; an issue when it does not decode.
    static func check(_ data: Data, name: String) throws {
        let start = ContinuousClock.now
        // The fuzzer's entry (Fuzz/Sources/NewsdeskFuzz): some findings depend on the sizes of its path and outlet.
        let entry = ArticleLoader.Entry(path: "fuzz/input.txt", folderOutlet: "Fuzz Wire")
        // Every input here decodes (the fuzzer keeps only what reaches the parser); one that no longer
        // does would test nothing, so it fails rather than passing unseen.
        let decoded = ArticleLoader().parse(data, entry: entry)
        guard case .success(let (article, _)) = decoded else {
            Issue.record("\(name) no longer decodes, so nothing past decoding is tested: \(decoded)")
            return
        }
        let analyzed = ArticleAnalyzer().analyze(article)
        for quote in analyzed.quotes {
            #expect(quote.range.end <= analyzed.article.blocks[quote.block].text.unicodeScalars.count)
        }
        for mention in analyzed.mentions {
            #expect(mention.range.end <= analyzed.article.blocks[mention.block].text.unicodeScalars.count)
        }
        let encoded = AnalysisCodec.encode(analyzed)
        // Every analysis reads back from the cache as it was saved.
        let readBack = try AnalysisCodec.decode(encoded)
        #expect(readBack.article == analyzed.article)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
