import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

@Suite struct ArticleRendererTests {
    // Frames measure text by the locale, as in the terminal: set here, not by whichever suite runs first.
    init() { ScreenCheck.useUTF8() }

    static let renderer = ArticleRenderer(theme: Theme(colorMode: .palette256))

    @Test(arguments: [0, 1])
    func noTwoSpeakersOfASampleArticleShareAColour(article: Int) {
        let library = ReaderAppTests.library
        let styles = Self.renderer.speakerStyles(ofArticle: article, in: library)
        #expect(styles.count >= 2, "the sample should have several speakers")
        let colors = styles.values.map(\.foreground)
        #expect(Set(colors).count == colors.count, "speakers sharing a colour: \(styles)")
        // And the quotes drawn in the article carry them.
        let blocks = Self.renderer.blocks(ofArticle: article, in: library)
        let drawn = Set(blocks.flatMap { $0.text.runs.map(\.style) }.filter { style in colors.contains(style.foreground) }.map(\.foreground))
        #expect(drawn == Set(colors))
    }

    @Test func pastThePaletteASecondMarkTellsSpeakersApart() {
        let theme = Theme(colorMode: .palette256)
        let speakers = (0..<20).map { PersonID(rawValue: "p\($0)") }
        let styles = theme.quoteStyles(speakers: speakers)
        let first = speakers.prefix(12).map { styles[$0]! }
        #expect(Set(first.map(\.foreground)).count == 12)
        #expect(first.allSatisfy { !$0.underline })
        let rest = speakers.dropFirst(12).map { styles[$0]! }
        #expect(rest.allSatisfy { $0.underline })
    }

    @Test func withoutColourEverySpeakerIsBoldItalic() {
        let styles = Theme(colorMode: .none).quoteStyles(speakers: [PersonID(rawValue: "a"), PersonID(rawValue: "b")])
        #expect(styles.values.allSatisfy { $0.bold && $0.italic && $0.foreground == nil })
    }
}
