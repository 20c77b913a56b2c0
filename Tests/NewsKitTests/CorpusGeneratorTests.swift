import Testing
@testable import NewsKit

@Suite struct CorpusGeneratorTests {
    @Test func theSameSeedGivesTheSameCorpus() {
        let a = CorpusGenerator(seed: 7), b = CorpusGenerator(seed: 7), c = CorpusGenerator(seed: 8)
        #expect(a.article(3).text == b.article(3).text)
        #expect(a.article(3).text != c.article(3).text)
        #expect(a.article(3).name == "000003.txt")
    }

    @Test func plantedQuotesAreFoundWithTheirSpeakers() {
        let generator = CorpusGenerator(seed: 1)
        var planted = 0, right = 0
        for index in 0..<40 {
            let generated = generator.article(index)
            let analyzed = ArticleAnalyzer().analyze(ArticleParser().parse(generated.text, path: generated.name))
            #expect(analyzed.article.source == generated.outlet)
            for quote in generated.quotes {
                planted += 1
                let found = analyzed.quotes.first { $0.text == quote.text }
                #expect(found != nil, "\(generated.name): \(quote.text)")
                if found?.attribution?.speaker == quote.speaker { right += 1 }
            }
        }
        // The generated layouts are plain; nearly every speaker must be right.
        #expect(Double(right) / Double(planted) >= 0.95, "\(right)/\(planted)")
    }
}
