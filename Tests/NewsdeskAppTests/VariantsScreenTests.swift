import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

@Suite struct VariantsScreenTests {
    init() { ScreenCheck.useUTF8() }

    static let library = ReaderAppTests.library
    static let area = Rect(x: 0, y: 0, width: 120, height: 30)

    /// The samples' State Department statement, as the first sample words it.
    static func stateDepartment() throws -> CorpusQuery.Statement {
        let a = try #require(library.corpus.articles.firstIndex { $0.article.path.hasSuffix("000_74dc95e94b69c806.txt") })
        let q = try #require(library.corpus.articles[a].quotes.firstIndex { $0.text.hasPrefix("reiterated") })
        return CorpusQuery.Statement(article: a, quote: q)
    }

    static func render(_ screen: VariantsScreen) -> Frame {
        var frame = Frame(width: area.width, height: area.height)
        screen.render(into: &frame, area: area, library: library, theme: Theme(colorMode: .palette256))
        return frame
    }

    @Test func eachOutletsWordingWithItsSpeakerAndTheDifferenceMarked() throws {
        let screen = VariantsScreen(statement: try Self.stateDepartment(), library: Self.library, area: Self.area)
        let frame = Self.render(screen)
        let text = frame.lines.joined(separator: "\n")
        #expect(frame.lines[0].contains("Tommy Pigott — 2 wordings in 2 outlets"))
        #expect(text.contains("said by Tommy Pigott (cue “said”)"))
        #expect(text.contains("Tommy Pigott, inferred from (unknown outlet) (this article names no speaker)"))
        #expect(text.contains("Egypt Daily News"))
        // [Donald] is marked (the match style); Trump, which both have, is not.
        let row = try #require(frame.lines.firstIndex { $0.contains("[Donald]") })
        let column = try #require(frame.lines[row].range(of: "[Donald]")).lowerBound.utf16Offset(in: frame.lines[row])
        let trump = try #require(frame.lines[row].range(of: "Trump")).lowerBound.utf16Offset(in: frame.lines[row])
        let marked = Theme(colorMode: .palette256).match
        #expect(frame[column + 1, row].style == marked)
        #expect(trump > column && frame[trump, row].style != marked)
        #expect(screen.status(in: Self.library).hasPrefix("1/2 wordings · 2 outlets"))
    }

    @Test func enterOpensTheOtherArticleAtItsWording() throws {
        var screen = VariantsScreen(statement: try Self.stateDepartment(), library: Self.library, area: Self.area)
        var library = Self.library
        _ = screen.handle(.down, library: &library, area: Self.area)
        guard case .push(let next) = screen.handle(.open, library: &library, area: Self.area), let reader = next as? ReaderScreen else {
            Issue.record("Enter did not open the Reader")
            return
        }
        #expect(library.corpus.articles[reader.article].article.path.hasSuffix("001_87c611ee5f6a8da8.txt"))
        #expect(reader.quotation(library)?.hasPrefix("“reiterated President Trump’s call") == true)
    }

    @Test func aQuoteNoOtherArticleWordsShowsItAlone() throws {
        let a = try Self.stateDepartment().article
        let q = try #require(Self.library.corpus.articles[a].quotes.firstIndex { $0.text.hasPrefix("maybe even go further") })
        let frame = Self.render(VariantsScreen(statement: .init(article: a, quote: q), library: Self.library, area: Self.area))
        #expect(frame.lines[0].contains("Donald Trump — 1 wording in 1 outlet"))
        #expect(frame.lines[1].contains("no other article words this statement"))
    }

    @Test func eWritesThePersonsEvidencePackAndSaysWhere() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("variants-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let desktop = Desktop(environment: ["XDG_DATA_HOME": home.path, "XDG_CACHE_HOME": home.path])
        let app = ReaderApp(library: Self.library, terminal: InMemoryTerminal(width: 120, height: 30), desktop: desktop)
        // People, filtered to Pigott, his Person screen, then E.
        for key: Key in [.character("p"), .character("/")] { app.handle(.key(key)) }
        for c in "pigott" { app.handle(.key(.character(c))) }
        for key: Key in [.enter, .enter, .character("E")] { app.handle(.key(key)) }
        let file = home.appendingPathComponent("newsdesk/evidence/tommy-pigott.md")
        let status = app.render(width: 120, height: 30).lines.last ?? ""
        #expect(status.contains("evidence pack of Tommy Pigott (2 statements) written to"), "\(status)")
        let pack = try String(contentsOf: file, encoding: .utf8)
        #expect(pack.hasPrefix("# Tommy Pigott: statements"))
        #expect(pack.contains("(inferred from"))
    }

    /// One statement worded by 420 articles of seven outlets, in 42 distinct wordings (some undated).
    static let wide: CorpusQuery = {
        let articles = (0..<420).map { n in
            let date = n % 6 == 0 ? "" : "date: 2026-05-\(10 + n % 9)\n"
            let text = """
            ---
            title: Harbour works, part \(n)
            source: Outlet \(n % 7)
            \(date)---
            The council met on Monday.

            "We will rebuild the harbour wall before the winter storms arrive, and then pier \(n % 42) after that," said Anna Holt.
            """
            return Analyzed.text(text, path: "wide/\(n).txt")
        }
        return CorpusQuery(corpus: Corpus(articles: articles))
    }()

    @Test func aWidelyQuotedStatementComparesOnlyTheRowsDrawn() throws {
        let group = try #require(Self.wide.statementGroups.groups.first)
        #expect(group.statements.count == 420)
        let screen = VariantsScreen(statement: group.statements[0], library: Self.wide, area: Self.area)
        #expect(screen.comparedRows == 0, "opening the screen compares nothing")
        var frame = Frame(width: Self.area.width, height: Self.area.height)
        screen.render(into: &frame, area: Self.area, library: Self.wide, theme: Theme(colorMode: .palette256))
        #expect(frame.lines[0].contains("420 wordings in 7 outlets"))
        // Four wordings fit in 30 rows: their differences are worked out, not the 416 others.
        #expect(screen.comparedRows == 4)
        screen.render(into: &frame, area: Self.area, library: Self.wide, theme: Theme(colorMode: .palette256))
        #expect(screen.comparedRows == 4, "a row drawn again is not compared again")
        // Each row marks what comparing every wording at once marks.
        let variants = screen.variants(Self.wide)
        let all = WordDifference.differences(among: variants.map { Self.wide.corpus.articles[$0.article].quotes[$0.quote].text })
        for row in [0, 1, 2, 3, 200, 419] { #expect(screen.differences(ofRow: row, Self.wide) == all[row]) }
        #expect(all.contains { !$0.isEmpty })
    }

    @Test func theWordingsAreInDateThenOutletOrder() throws {
        let library = Self.wide
        let group = try #require(library.statementGroups.groups.first)
        let sorted = VariantsScreen.variants(of: group.statements[0], in: library)
        // The order as the screen has always given it, compared article by article.
        let expected = group.statements.sorted { a, b in
            let x = library.corpus.articles[a.article].article, y = library.corpus.articles[b.article].article
            switch (x.date, y.date) {
            case let (p?, q?) where p != q: return p < q
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (OutletFilter.outlet(of: x), x.path, a.quote) < (OutletFilter.outlet(of: y), y.path, b.quote)
            }
        }
        #expect(sorted == expected)
        #expect(library.corpus.articles[sorted.last!.article].article.date == nil)
    }
}
