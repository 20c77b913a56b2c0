import Testing
@testable import NewsKit

@Suite struct MetadataReaderTests {
    static func read(_ head: String, body: String = "", url: String? = nil) throws -> MetadataReader.Metadata {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        let document = try #require(HTMLDocument(utf8: Array(html.utf8), url: url))
        return MetadataReader.read(document, url: url)
    }

    @Test func jsonLDArticleInAGraphWithAuthorsAsObjectsAndStrings() throws {
        let metadata = try Self.read("""
        <script type="application/ld+json">{"@graph": [{"@type": "Organization", "name": "Org Name"},
          {"@type": ["NewsArticle"], "headline": "  A   headline ", "author": [{"name": "A One"}, "B Two"],
           "datePublished": "2024-02-29T10:00:00Z", "articleBody": "Body."}]}</script>
        """)
        #expect(metadata.title == "A headline")
        #expect(metadata.authors == ["A One", "B Two"])
        #expect(metadata.date?.description == "2024-02-29")
        #expect(metadata.source == "Org Name")
        #expect(metadata.declaresArticle == true)
        #expect(metadata.articleBody == "Body.")
        #expect(metadata.evidence[.source] == .jsonLD)
    }

    @Test func brokenJSONLDIsPassedOver() throws {
        let metadata = try Self.read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script><meta property=\"og:title\" content=\"OG\">")
        #expect(metadata.title == "OG")
        #expect(metadata.evidence[.title] == .openGraph)
    }

    @Test func theURLGivesTheDateAndTheOutletLast() throws {
        let metadata = try Self.read("<title>T</title>", url: "https://www.paper.example/news/2023/07/04/story.html")
        #expect(metadata.date?.description == "2023-07-04")
        #expect(metadata.source == "paper.example")
        #expect(metadata.evidence[.date] == .url)
        #expect(metadata.evidence[.title] == .documentTitle)
    }

    @Test func aTimeElementGivesTheDate() throws {
        let metadata = try Self.read("", body: "<p>Posted <time datetime=\"2022-12-31T23:00:00-05:00\">last night</time></p>")
        #expect(metadata.date?.description == "2022-12-31")
        #expect(metadata.evidence[.date] == .time)
    }
}
