import Foundation
import Testing
@testable import NewsKit

/// The web pages in `Fixtures/pages`, one per layout and failure, with what each must give.
@Suite struct HTMLPageTests {
    static func page(_ name: String) throws -> Data {
        try Data(contentsOf: FixtureFiles.folder.appendingPathComponent("pages/" + name))
    }

    static func read(_ name: String, url: String? = nil) throws -> Article {
        try HTMLPage.read(page(name), path: name, url: url, httpCharset: nil).article
    }

    @Test func aBoilerplateHeavyPageGivesOnlyTheArticle() throws {
        let article = try Self.read("boilerplate-heavy-news.html")
        #expect(article.paragraphs.map(\.text) == [
            "Residents of Port Alder voted on Thursday to keep the small ferry that links the town to the island of Grell, ending a year of argument over its cost.",
            "\"The boat is how my children get to school,\" said Hanne Vell, who has lived on the island for thirty years. \"Without it we would be cut off every winter.\"",
            "The vote was close: 1,204 in favour and 1,151 against, according to the town clerk, who said turnout was the highest since the harbour wall was rebuilt.",
            "The council must now find the money to repair the ferry's engine, which failed twice last autumn and left islanders waiting on the quay for hours.",
        ])
        #expect(article.subheadings.map(\.text) == ["A narrow margin"])
        #expect(article.captions.map(\.text) == ["The ferry leaving Port Alder at dawn. Photo: Ledger staff"])
        let everything = article.blocks.map(\.text).joined(separator: " ")
        for furniture in ["cookies", "Advertisement", "Share on", "Island school", "newsletter", "About time", "Copyright", "Sport"] {
            #expect(!everything.contains(furniture), "\(furniture) is page furniture")
        }
    }

    @Test func jsonLDComesBeforeOpenGraphAndTheTitle() throws {
        let article = try Self.read("boilerplate-heavy-news.html")
        #expect(article.title == "Harbour town votes to keep its ferry")
        #expect(article.author == "Mira Castell, Tomas Reyne")
        #expect(article.date?.description == "2025-03-14")
        #expect(article.source == "The Coastal Ledger")
        #expect(article.sourceEvidence == .page)
        #expect(article.evidence == [.title: .jsonLD, .author: .jsonLD, .date: .jsonLD, .source: .jsonLD])
        #expect(article.blocks.first?.role == .headline)
    }

    @Test func openGraphWhenThereIsNoJSONLD() throws {
        let article = try Self.read("opengraph-only.html")
        #expect(article.title == "Night trains return to the northern line")
        #expect(article.source == "Rail Weekly")
        #expect(article.date?.description == "2025-04-02")
        // article:author is a profile URL here: the name comes from <meta name="author">.
        #expect(article.author == "Odile Marsh")
        #expect(article.url == "https://rail.example/2025/04/02/night-trains")
        #expect(article.evidence == [.title: .openGraph, .source: .openGraph, .date: .openGraph, .author: .meta, .url: .openGraph])
        #expect(article.paragraphs.count == 2)
        #expect(!article.blocks.contains { $0.text.contains("Tickets Home") || $0.text == "Home Lines Tickets" })
    }

    @Test func metaTagsTimeAndHeadingWhenThatIsAll() throws {
        let article = try Self.read("meta-only.html", url: "https://library.example/blog/hours")
        #expect(article.title == "Library extends its opening hours")
        #expect(article.author == "Pell Anders")
        #expect(article.date?.description == "2025-01-20")
        #expect(article.source == "library.example")
        #expect(article.url == "https://library.example/blog/hours")
        #expect(article.evidence == [.title: .heading, .author: .meta, .date: .time, .source: .url, .url: .url])
        #expect(article.paragraphs.map(\.text).first?.hasPrefix("The central library") == true)
        #expect(article.paragraphs.count == 2)
    }

    @Test func aWindows1251PageIsReadInItsCharset() throws {
        let article = try Self.read("windows-1251.html")
        #expect(article.title == "Новый мост откроют весной")
        #expect(article.author == "Ирина Волкова")
        #expect(article.paragraphs.first?.text.hasPrefix("Новый пешеходный мост через реку") == true)
        #expect(article.paragraphs.last?.text.contains("«Работы идут по графику», — сказал") == true)
    }

    @Test func aShiftJISPageIsReadInItsCharset() throws {
        let article = try Self.read("shift-jis.html")
        #expect(article.title == "港町に新しい図書館")
        #expect(article.paragraphs.first?.text.hasPrefix("港町に新しい図書館が来月開館する。") == true)
        #expect(article.paragraphs.count == 2)
    }

    @Test func theHTTPHeadersCharsetIsHonoured() throws {
        let text = "<html><body><div class=\"entry-content\"><p>Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss, nach drei Jahren Bauzeit und vielen Verzögerungen.</p><p>Die Einwohner feierten bis spät in die Nacht, und die Musik spielte am Ufer.</p></div></body></html>"
        let latin1 = try #require(text.data(using: .isoLatin1))
        let article = try #require(HTMLPage.article(from: latin1, path: "p.html", url: nil, httpCharset: "ISO-8859-1"))
        #expect(article.paragraphs.first?.text.hasPrefix("Der Bürgermeister eröffnete") == true)
    }

    @Test func anIndexPageHasNoArticle() throws {
        #expect(HTMLPage.article(from: try Self.page("index-page.html"), path: "i.html", url: nil, httpCharset: nil) == nil)
        #expect(throws: HTMLPageError.self) { try Self.read("index-page.html") }
        do {
            _ = try Self.read("index-page.html")
        } catch {
            #expect("\(error)".contains("index page"))
        }
    }

    @Test func aBinaryServedAsHTMLIsNoPage() throws {
        #expect(throws: HTMLPageError.binary) { try Self.read("binary-served-as-html.html") }
        #expect(throws: HTMLPageError.empty) { try HTMLPage.read(Data("  \n".utf8), path: "e.html", url: nil, httpCharset: nil) }
    }

    @Test func rangesReferToTheExtractedText() throws {
        let article = try Self.read("boilerplate-heavy-news.html")
        let text = article.blocks.map(\.text).joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        for block in article.blocks {
            let slice = String(String.UnicodeScalarView(scalars[block.range.start..<block.range.end]))
            #expect(slice == block.text)
        }
    }

    // Layouts found by their shape (issue 11): teasers inside the article, a list of deals, questions and answers.

    @Test func teaserListsInsideTheArticleAreLeftOutAndTheArticleKept() throws {
        let article = try Self.read("teasers-inside-article.html")
        #expect(article.paragraphs.map(\.text) == [
            "Apple growers along the Brenn valley say a single night of frost in late April destroyed more than half of this year's blossom, the worst loss in two decades.",
            "\"We lit fires between the rows until four in the morning, and it still was not enough,\" said Tamsin Orlo, whose family has farmed at Upper Brenn since 1962.",
            "The growers' association estimates the damage at about 3.4 million pounds and has asked the county council to defer business rates for the season.",
            "Pickers who usually arrive in September have been told there may be work for only a third of them, Ms Orlo said, adding that she would try to keep her regular crew.",
        ])
        let everything = article.blocks.map(\.text).joined(separator: " ")
        for teaser in ["Hail flattens", "insurance claims", "Reservoir", "Cider makers", "shortage at home", "pruning course"] {
            #expect(!everything.contains(teaser), "\(teaser) belongs to another story")
        }
    }

    @Test func aListOfDealsKeepsEachDealAndDropsTheLinkList() throws {
        let article = try Self.read("deal-list.html")
        #expect(article.paragraphs.map(\.text) == [
            "Spring sales have started early this year, and several of the tools we tested last season are cheaper than they have been since we began tracking prices.",
            "We checked every price below on Friday morning; deals like these tend to end without warning.",
            "Fernhollow bypass pruner for 14.99 pounds, down from 24.99, the lowest price we have seen",
            "Tallow 30-metre hose reel for 39 pounds, a saving of 16 pounds on last month",
            "Brackwood leather gloves, two pairs for 12 pounds this weekend only",
            "Mirel stainless border spade at 31.50 pounds, 30 percent off its usual price",
            "Our favourite is still the Fernhollow pruner, which cut cleanly through every branch we gave it and survived a winter left out in the rain.",
        ])
        #expect(!article.blocks.contains { $0.text.contains("The best pruners we tested") })
    }

    @Test func questionsAndAnswersKeepEveryQuestionWithItsAnswer() throws {
        let article = try Self.read("questions-and-answers.html")
        let texts = article.paragraphs.map(\.text)
        #expect(texts.count == 11)
        for question in ["When do the first buses run?", "Is the night service staying?", "Will fares go up?",
                         "Can I still pay with cash?", "Who do I ask about a route that is not listed?"] {
            let at = try #require(texts.firstIndex(of: question), "\(question)")
            #expect(at + 1 < texts.count && texts[at + 1].count > 60, "the answer follows \(question)")
        }
        #expect(!article.blocks.contains { $0.text.contains("Most read") || $0.text.contains("Bridge closure") })
    }
}
