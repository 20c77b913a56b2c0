import Foundation
import Testing

/// `newsdesk bench --file`: the analysis of single files, as `Scripts/scaling.sh` measures it.
@Suite struct BenchFileTests {
    @Test func eachFileNamedGetsItsOwnFigures() throws {
        let files = ["Fixtures/000_74dc95e94b69c806.txt", "Fixtures/001_87c611ee5f6a8da8.txt"]
        let output = try NewsdeskBinary.run(["bench", "--runs", "1", "--json"] + files.flatMap { ["--file", $0] })
        #expect(output.status == 0)
        let report = try #require(try NewsdeskBinary.jsonLines(output.stdout).first)
        #expect(report["schema"] as? Int == 1)
        let figures = try #require(report["figures"] as? [String: Double])
        for n in files.indices {
            #expect((figures["file_\(n)_megabytes"] ?? 0) > 0.001)
            #expect((figures["file_\(n)_analysis_seconds"] ?? 0) > 0)
            #expect(figures["file_\(n)_seconds_per_mb"] != nil)
        }
        // Only the files: none of the corpus, reader or fetch figures.
        #expect(figures.keys.allSatisfy { $0.hasPrefix("file_") })
    }

    @Test func aMissingFileIsAUsageError() throws {
        let output = try NewsdeskBinary.run(["bench", "--file", "Fixtures/no-such-article.txt"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("no-such-article.txt: no such file"))
    }
}
