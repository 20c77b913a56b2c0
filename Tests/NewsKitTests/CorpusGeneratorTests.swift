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
            let analyzed = Analyzed.text(generated.text, path: generated.name)
            #expect(analyzed.article.source == generated.outlet)
            // The same words can be planted twice in an article: match in order.
            var remaining = analyzed.quotes[...]
            for quote in generated.quotes {
                planted += 1
                guard let index = remaining.firstIndex(where: { $0.text == quote.text }) else {
                    Issue.record("\(generated.name): not found: \(quote.text)")
                    continue
                }
                if analyzed.speaker(of: remaining[index])?.name == quote.speaker { right += 1 }
                remaining = remaining[(index + 1)...]
            }
        }
        // The generated layouts are plain; nearly every speaker must be right.
        #expect(Double(right) / Double(planted) >= 0.95, "\(right)/\(planted)")
    }
}
