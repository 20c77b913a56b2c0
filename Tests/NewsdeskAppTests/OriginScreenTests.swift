import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// `i` in the Reader, drawn into the in-memory terminal: where the article came from.
@Suite struct OriginScreenTests {
    @Test func iInTheReaderShowsTheFileTheLayoutAndEachField() throws {
        let (app, terminal) = ScreenCheck.app(at: .reader, width: 120, height: 40)
        let frame = ScreenCheck.step(app, terminal, .key(.character("i")))
        #expect(app.breadcrumb.hasSuffix("› Reader › Where it came from"))
        let text = frame.lines.joined(separator: "\n")
        let shown = try #require(ReaderAppTests.library.corpus.articles.first { text.contains($0.article.path) })
        #expect(text.contains("File"))
        #expect(text.range(of: #"size +\d+"#, options: .regularExpression) != nil)
        #expect(text.contains("Layout found"))
        // What the header held: the byline and date line as found (“…”), or none.
        #expect(text.range(of: #"byline +none"#, options: .regularExpression) != nil, "the first sample has no byline")
        #expect(text.range(of: #"date line +.September 24, 2025."#, options: .regularExpression) != nil, "\(text)")
        #expect(text.range(of: #"front matter +none"#, options: .regularExpression) != nil)
        #expect(text.contains("Each field and what gave it"))
        if let title = shown.article.title { #expect(text.contains(String(title.prefix(40)))) }
        #expect(ScreenCheck.problems(frame, width: 120, height: 40, theme: Theme(colorMode: .palette256)).isEmpty)
        // Esc returns to the Reader.
        ScreenCheck.step(app, terminal, .key(.escape))
        #expect(app.breadcrumb.hasSuffix("› Reader"))
    }

    @Test func theScreenScrollsAndFitsATinyWindow() {
        let origin = ArticleOrigin(sections: [.init(title: "File", lines: (0..<50).map { .init(label: "line \($0)", value: "value \($0)") })])
        var screen = OriginScreen(article: 0, headline: "A headline", origin: origin)
        var library = ReaderAppTests.library
        let area = Rect(x: 0, y: 1, width: 40, height: 10)
        _ = screen.handle(.bottom, library: &library, area: area)
        var frame = Frame(width: 40, height: 12)
        screen.render(into: &frame, area: area, library: library, theme: Theme(colorMode: .none))
        #expect(frame.lines.contains { $0.contains("value 49") })
        #expect(!frame.lines.contains { $0.contains("value 0 ") })
        #expect(screen.status(in: library).contains("/51"))
    }
}
