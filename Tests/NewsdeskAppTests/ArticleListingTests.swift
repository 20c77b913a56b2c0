import NewsKit
import Testing
@testable import NewsdeskApp

@Suite struct ArticleListingTests {
    // Frames measure text by the locale, as in the terminal: set here, not by whichever suite runs first.
    init() { ScreenCheck.useUTF8() }

    @Test func aLineShowsDateOutletHeadlineAndPath() {
        let article = ArticleParser().parse("""
            Harbour Chief Quits
            By Jane Doe, Northfield Courier
            2025-09-24

            The harbour chief resigned on Tuesday.
            """, path: "news/a.txt")
        let line = ArticleListing.line(for: article)
        #expect(line.hasPrefix("2025-09-24  Northfield Courier"))
        #expect(line.contains("Harbour Chief Quits"))
        #expect(line.hasSuffix("(1 paragraph)  news/a.txt"))
    }

    @Test func anArticleWithoutHeadlineShowsItsOpeningWords() {
        let article = ArticleParser().parse("One two three four five six seven eight nine ten eleven twelve.", path: "a.txt")
        let line = ArticleListing.line(for: article)
        #expect(line.hasPrefix("----------  (unknown outlet)"))
        #expect(line.contains("[no headline] One two three four five six seven eight nine ten …"))
    }

    @Test func aPathWithControlCharactersStaysOnOneLineAndNeverEscapesToTheTerminal() {
        let article = ArticleParser().parse("The harbour chief resigned.", path: "news/two\nlines\u{1B}[31mred.txt")
        let line = ArticleListing.line(for: article)
        #expect(!line.contains("\n"))
        #expect(!line.unicodeScalars.contains("\u{1B}"))
        #expect(line.hasSuffix(#"news/two\nlines\u{1B}[31mred.txt"#))
    }

    @Test func bidiControlsInAPathOutletOrTitleAreEscaped() {
        let article = ArticleParser().parse("Harbour \u{202E}Reopens\n\nBy Anna Holt, Baltic \u{2067}Wire\n\nThe pier was quiet.",
                                            path: "news/evil\u{202E}gpj.txt")
        let line = ArticleListing.line(for: article)
        #expect(!line.unicodeScalars.contains { [0x202E, 0x2067].contains($0.value) })
        #expect(line.contains(#"Harbour \u{202E}Reopens"#))
        #expect(line.hasSuffix(#"news/evil\u{202E}gpj.txt"#))
    }
}
