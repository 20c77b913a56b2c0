import Foundation
import Testing
@testable import NewsKit

/// The feeds in `Fixtures/feeds`, one per format and failure, with what each must give.
@Suite struct FeedTests {
    static func feed(_ name: String, url: String? = nil) throws -> Feed {
        try Feed.parse(Data(contentsOf: FixtureFiles.folder.appendingPathComponent("feeds/" + name)), url: url)
    }

    @Test func rss2WithContentEncodedCDATAAndEntities() throws {
        let feed = try Self.feed("rss-2.0-content-encoded.xml", url: "https://ledger.example/feed.xml")
        #expect(feed.title == "The Coastal Ledger & Gazette")
        #expect(feed.link == "https://ledger.example/")
        #expect(feed.problems.isEmpty)
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.id == "ledger-2025-0314-ferry")
        #expect(first.title == "Ferry \u{2018}saved\u{2019} by 53 votes")
        #expect(first.link == "https://ledger.example/2025/03/14/ferry-saved")
        #expect(first.authors == ["Mira Castell"])
        #expect(first.published?.description == "2025-03-14")
        #expect(first.summaryHTML == "Residents voted to keep the ferry\u{2026}")
        #expect(first.contentHTML?.contains("1,204 to 1,151 &amp; turnout") == true)
        #expect(first.hasFullContent)
        let article = first.article(path: "f.xml#1", feedTitle: feed.title)
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs[1].text.contains("1,204 to 1,151 & turnout"))
        #expect(article.source == "The Coastal Ledger & Gazette")
        #expect(article.sourceEvidence == .feed)
        #expect(article.evidence[.date] == .feed)
        let second = feed.items[1]
        #expect(second.authors == ["Tomas Reyne"])
        #expect(second.published?.description == "2025-03-15")
        #expect(second.article(path: "f.xml#2", feedTitle: nil).paragraphs.first?.text.hasPrefix("The coast road was closed") == true)
    }

    @Test func rss091InLatin1() throws {
        let feed = try Self.feed("rss-0.91.xml")
        #expect(feed.title == "Valley Notes")
        #expect(feed.items.map(\.title) == ["Café reopens on the square"])
        // No guid: the link is the id.
        #expect(feed.items[0].id == "http://valley.example/notes/cafe.html")
        #expect(feed.items[0].summaryHTML?.hasPrefix("The café on the square") == true)
    }

    @Test func rss1RDFWithDublinCore() throws {
        let feed = try Self.feed("rss-1.0-rdf.rdf")
        #expect(feed.title == "Science Desk")
        #expect(feed.items.count == 1)
        let item = feed.items[0]
        #expect(item.id == "https://science.example/comet")
        #expect(item.authors == ["Lena Sorrel"])
        #expect(item.published?.description == "2025-05-02")
        #expect(item.article(path: "r#1", feedTitle: nil).paragraphs.map(\.text) == [
            "A retired teacher found the comet from her garden using a telescope she built herself.",
            "\"I checked it three nights running before I dared tell anyone,\" she said.",
        ])
    }

    @Test func atomWithRelativeLinksAndXMLBase() throws {
        let feed = try Self.feed("atom-relative-links.atom", url: "https://notes.example/blog/feed.atom")
        #expect(feed.title == "Field Notes")
        #expect(feed.link == "https://notes.example/blog/")
        #expect(feed.items.map(\.link) == ["https://notes.example/blog/2025/06/swifts.html", "https://notes.example/other/moths"])
        #expect(feed.items.map(\.id) == ["tag:notes.example,2025:swifts", "tag:notes.example,2025:moths"])
        #expect(feed.items[0].authors == ["Ada Quill"], "the feed's author stands for an entry with none")
        #expect(feed.items[1].authors == ["Ben Harrow"])
        #expect(feed.items[0].published?.description == "2025-06-01")
        #expect(feed.items[1].published?.description == "2025-05-20", "updated when there is no published")
        #expect(feed.items[1].title == "Moth night & results")
        #expect(feed.items[0].article(path: "a#1", feedTitle: nil).paragraphs.map(\.text) == [
            "We counted forty swifts over the church tower on Saturday evening, ten more than last year.",
            "The survey continues every weekend in June.",
        ])
        #expect(feed.items[1].contentHTML == nil)
        #expect(feed.items[1].summaryHTML == "<p>Twenty-two species came to the lamp.</p>")
    }

    @Test func jsonFeed11() throws {
        let feed = try Self.feed("json-feed-1.1.json")
        #expect(feed.title == "Mountain Post")
        #expect(feed.items.map(\.id) == ["mp-101", "102"])
        #expect(feed.items.map(\.link) == ["https://mountain.example/pass-open", "https://mountain.example/hut-warden"])
        #expect(feed.items[0].authors == ["Jon Brask"])
        #expect(feed.items[1].authors == ["Mountain Post staff"])
        #expect(feed.items[0].published?.description == "2025-05-09")
        #expect(feed.items[1].article(path: "j#2", feedTitle: nil).paragraphs.map(\.text) == [
            "The mountain hut has a new warden this summer.", "She has climbed in the range for twenty years.",
        ])
    }

    @Test func duplicateIDsKeepTheFirstAndSaySo() throws {
        let feed = try Self.feed("duplicate-guids.xml")
        #expect(feed.items.map(\.title) == ["First version", "Second item"])
        #expect(feed.problems == ["item 3: the same id as item 1 (echo-1); the first kept"])
    }

    @Test func malformedXMLKeepsWhatCouldBeRead() throws {
        let feed = try Self.feed("malformed.xml")
        #expect(feed.title == "Broken Gazette")
        #expect(Array(feed.items.map(\.title).prefix(2)) == ["Kept item one", "Kept item two"])
        #expect(feed.problems.count == 1)
        #expect(feed.problems.first?.hasPrefix("malformed XML at line") == true)
    }

    @Test func aFeedOfSummariesOnlyAsksForThePages() throws {
        let feed = try Self.feed("summaries-only.xml")
        #expect(feed.items.count == 2)
        #expect(feed.items.allSatisfy { !$0.hasFullContent })
        #expect(feed.items[1].article(path: "s#2", feedTitle: nil).paragraphs.map(\.text) == ["New timetables start on Sunday."])
    }

    @Test(arguments: [
        ("", "empty document"),
        ("<html><body><p>A page</p></body></html>", "a web page, not a feed"),
        ("<?xml version=\"1.0\"?><urlset><url/></urlset>", "the root element is <urlset>"),
        ("{\"name\": \"settings\"}", "not a JSON Feed"),
        ("\u{0}\u{1}\u{2}binary", "not a feed"),
    ])
    func nothingThatIsAFeedIsAnError(_ text: String, _ says: String) {
        #expect {
            try Feed.parse(Data(text.utf8), url: nil)
        } throws: { error in
            "\(error)".contains(says)
        }
    }

    @Test func aFeedIsRecognisedByItsFirstBytes() {
        #expect(Feed.looksLikeFeed(Data("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".utf8)))
        #expect(Feed.looksLikeFeed(Data("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)))
        #expect(Feed.looksLikeFeed(Data("{\"version\": \"https://jsonfeed.org/version/1\"}".utf8)))
        #expect(!Feed.looksLikeFeed(Data("<html><body>feed the cat</body></html>".utf8)))
        #expect(!Feed.looksLikeFeed(Data("{\"version\": 2}".utf8)))
    }

    @Test func htmlNamedReferencesInRSSAreReadAsHTMLReadsThem() throws {
        let feed = try Self.feed("rss-2.0-html-entities.xml")
        #expect(feed.problems.isEmpty)
        #expect(feed.title == "Le Caf\u{E9} du Port \u{2014} Notes")
        let first = try #require(feed.items.first)
        #expect(first.title == "Caf\u{E9} terrace reopens\u{2026} at last")
        #expect(first.authors == ["Ren\u{E9}e Marchal"])
        // XML's own references are XML's (the text holds & and <); no-break space and the euro sign arrive as characters.
        #expect(first.summaryHTML == "The terrace\u{A0}reopened on Thursday\u{2014}with 40 seats & a view <of the quay>. Price: 3\u{20AC}.")
        // Inside CDATA the ampersand is text: the HTML there keeps its own references for the HTML reader.
        #expect(first.contentHTML == "<p>Keep &eacute; as HTML says &amp;eacute; in CDATA.</p>")
        #expect(first.article(path: "f.xml#1", feedTitle: nil).paragraphs.last?.text == "Keep \u{E9} as HTML says &eacute; in CDATA.")
        #expect(feed.items[1].title == "\u{201C}Numeric\u{201D} and \u{2019}hex\u{2019} stay")
    }

    @Test func htmlNamedReferencesInAtomAreReadAsHTMLReadsThem() throws {
        let feed = try Self.feed("atom-html-entities.atom")
        #expect(feed.problems.isEmpty)
        #expect(feed.title == "Nordlys \u{2013} Fjord Letters")
        #expect(feed.items.first?.title == "The pier at S\u{F8}ndre Bay \u{A9} reopens")
        #expect(feed.items.first?.authors == ["Ing\u{E5} Fj\u{E6}ren"])
        #expect(feed.items.first?.contentHTML == "<p>The pier reopened \u{2014} a year late.</p>")
    }

    @Test func xmlOwnReferencesAndDeclaredEntitiesAreLeftToTheXMLParser() {
        let plain = Array("<a>&amp;eacute; &lt;b&gt; &#233;</a>".utf8)
        #expect(HTMLEntityReferences.numeric(in: plain) == plain)
        let declared = Array("<!DOCTYPE a [<!ENTITY eacute \"E\">]><a>&eacute;</a>".utf8)
        #expect(HTMLEntityReferences.numeric(in: declared) == declared)
        #expect(String(decoding: HTMLEntityReferences.numeric(in: Array("<a t=\"&nbsp;\">&eacute;<!--&eacute;--></a>".utf8)), as: UTF8.self)
                == "<a t=\"&#160;\">&#233;<!--&eacute;--></a>")
    }
}
