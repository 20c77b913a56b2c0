import Foundation
import Testing
@testable import NewsKit

@Suite struct AnalysisCodecTests {
    @Test(arguments: FixtureFiles.withExpectedParse)
    func everyFixtureComesBackEqual(_ fixture: String) throws {
        let analyzed = try Analyzed.fixture(fixture)
        #expect(try AnalysisCodec.decode(AnalysisCodec.encode(analyzed)) == analyzed)
    }

    @Test func generatedArticlesComeBackEqual() throws {
        let generator = CorpusGenerator(seed: 5)
        for index in 0..<50 {
            let analyzed = Analyzed.text(generator.article(index).text, path: "g.txt")
            #expect(try AnalysisCodec.decode(AnalysisCodec.encode(analyzed)) == analyzed)
        }
    }

    @Test func aPagesEvidenceComesBack() throws {
        let page = try Data(contentsOf: FixtureFiles.folder.appendingPathComponent("pages/boilerplate-heavy-news.html"))
        let article = try HTMLPage.read(page, path: "p.html", url: "https://ledger.example/ferry", httpCharset: nil).article
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(!analyzed.article.evidence.isEmpty)
        #expect(try AnalysisCodec.decode(AnalysisCodec.encode(analyzed)) == analyzed)
    }

    @Test func damagedBytesAreAnErrorNotACrash() {
        let analyzed = Analyzed.text("\"Yes,\" Anna Holt said.")
        let data = AnalysisCodec.encode(analyzed)
        for cut in [0, 1, data.count / 2, data.count - 1] {
            #expect(throws: (any Error).self) { try AnalysisCodec.decode(data.prefix(cut)) }
        }
        var wrongFormat = data
        wrongFormat[0] = 99
        #expect(throws: (any Error).self) { try AnalysisCodec.decode(wrongFormat) }
    }
}
