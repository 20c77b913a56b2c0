import Foundation
import Testing
@testable import NewsKit

@Suite struct ArticleParserTests {
    /// Each fixture parses exactly as its `.expected.json` says. Files are read through the loader with
    /// the fixture's top folder (`Fixtures` or `Fixtures/layouts`) as the root, so only a subfolder below
    /// it can name an outlet.
    @Test(arguments: FixtureFiles.withExpectedParse)
    func parsesFixtureAsExpected(_ fixture: String) throws {
        let top = fixture.split(separator: "/").count > 1 ? String(fixture.split(separator: "/")[0]) : ""
        let root = FixtureFiles.folder.appendingPathComponent(top).path
        let path = FixtureFiles.folder.appendingPathComponent(fixture).path
        let entry = try #require(try ArticleLoader.entries(under: [root]).0.first { $0.path == path })
        let article = try ArticleLoader().read(entry).get().0
        let expected = try ExpectedParse(contentsOf: FixtureFiles.folder
            .appendingPathComponent(String(fixture.dropLast(4)) + ".expected.json"))
        let parsed = ExpectedParse(article)
        #expect(parsed.title == expected.title)
        #expect(parsed.source == expected.source)
        #expect(parsed.author == expected.author)
        #expect(parsed.date == expected.date)
        #expect(parsed.captions == expected.captions)
        #expect(parsed.subheadings == expected.subheadings)
        #expect(parsed.related == expected.related)
        #expect(parsed.paragraphs.count == expected.paragraphs.count)
        for (got, want) in zip(parsed.paragraphs, expected.paragraphs) {
            #expect(got == want)
        }
    }

    /// Every scalar of every block's text comes from the file at the offset the block maps it to
    /// (joining spaces aside), so highlights can point back into the file.
    @Test(arguments: FixtureFiles.withExpectedParse)
    func blocksMapBackIntoTheFile(_ fixture: String) throws {
        let text = try FixtureFiles.text(fixture)
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let article = ArticleParser().parse(text, path: fixture)
        for block in article.blocks {
            #expect(block.range.end <= scalars.count)
            for (offset, scalar) in block.text.unicodeScalars.enumerated() where scalar != " " {
                #expect(scalars[block.fileOffset(ofTextOffset: offset)] == scalar, "\(fixture) \(block.role) at \(offset)")
            }
        }
    }

    @Test func frontMatterFieldsFillTheMetadata() {
        let article = ArticleParser().parse("""
            ---
            title: "A Quiet Harbour"
            source: Northfield Courier
            date: 2025-09-24
            author: Jane Doe
            url: https://example.org/a
            ---
            The harbour was quiet on Tuesday.
            """, path: "a.txt")
        #expect(article.title == "A Quiet Harbour")
        #expect(article.source == "Northfield Courier")
        #expect(article.sourceEvidence == .frontMatter)
        #expect(article.author == "Jane Doe")
        #expect(article.date?.description == "2025-09-24")
        #expect(article.url == "https://example.org/a")
        #expect(article.paragraphs.map(\.text) == ["The harbour was quiet on Tuesday."])
    }

    @Test func bylineOutletWinsOverFrontMatterAndFolder() {
        let article = ArticleParser().parse("""
            ---
            source: Front Matter Times
            ---
            Jane Doe | Byline Herald

            The harbour was quiet on Tuesday.
            """, path: "a.txt", folderOutlet: "Folder News")
        #expect(article.source == "Byline Herald")
        #expect(article.sourceEvidence == .byline)
    }

    @Test func folderNamesTheOutletWhenNothingElseDoes() {
        let article = ArticleParser().parse("The harbour was quiet on Tuesday.", path: "a.txt", folderOutlet: "Folder News")
        #expect(article.source == "Folder News")
        #expect(article.sourceEvidence == .folder)
        #expect(ArticleParser().parse("The harbour was quiet.", path: "a.txt").source == nil)
    }

    @Test func hardWrappedFirstParagraphIsNotAHeadline() {
        let article = ArticleParser().parse("""
            The harbour authority said on Tuesday that it would close the old
            dredging channel for the winter.

            Ships will use the northern approach instead.
            """, path: "a.txt")
        #expect(article.title == nil)
        #expect(article.paragraphs.count == 2)
    }

    /// With a title in the front matter, a short first sentence standing alone is the body's start.
    @Test func aFrontMatterTitleLeavesTheFirstSentenceInTheBody() {
        let article = ArticleParser().parse("""
            ---
            title: Harbour Wall to Be Rebuilt
            ---
            The council voted on Tuesday to rebuild the harbour wall.

            Work starts in May.
            """, path: "a.txt")
        #expect(article.title == "Harbour Wall to Be Rebuilt")
        #expect(article.paragraphs.map(\.text) == ["The council voted on Tuesday to rebuild the harbour wall.", "Work starts in May."])
    }

    @Test func controlCharactersAndEscapeSequencesAreDropped() {
        let article = ArticleParser().parse("The \u{1B}[31mharbour\u{1B}[0m was\u{07} quiet.", path: "a.txt")
        #expect(article.paragraphs.map(\.text) == ["The harbour was quiet."])
    }

    @Test func emptyTextHasNoBlocks() {
        #expect(ArticleParser().parse("", path: "a.txt").blocks.isEmpty)
        #expect(ArticleParser().parse("\n\n  \n", path: "a.txt").blocks.isEmpty)
    }
}
