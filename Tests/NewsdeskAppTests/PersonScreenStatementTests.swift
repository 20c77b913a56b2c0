import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The Person screen shows each statement in its sentence, with its date and outlet; the article
/// count in its header follows the outlet filter like the statement count.
@Suite struct PersonScreenStatementTests {
    init() { ScreenCheck.useUTF8() }

    static let library: CorpusQuery = {
        let bridge = """
        ---
        title: Bridge Tolls Rise in Vellby
        source: Vellby Post
        date: 2025-06-02
        ---
        Transport officer Sofia Landqvist defended the new bridge tolls on Monday, calling them "a fair price" for a crossing that saves drivers forty minutes.
        """
        let ferry = """
        ---
        title: Ferry Fares Frozen
        source: Coast Ledger
        date: 2025-06-09
        ---
        "The fares will stay where they are until the spring," Sofia Landqvist said at the quay.
        """
        let mention = """
        ---
        title: Harbour Festival Draws Crowds
        source: Coast Ledger
        date: 2025-06-10
        ---
        Sofia Landqvist opened the harbour festival on Saturday with a short speech and a brass band.
        """
        let articles = [(bridge, "bridge.txt"), (ferry, "ferry.txt"), (mention, "festival.txt")]
            .map { Analyzed.text($0.0, path: $0.1) }
        return CorpusQuery(corpus: Corpus(articles: articles))
    }()

    static func personScreen(width: Int = 100, height: Int = 24, filter: OutletFilter = OutletFilter()) -> Frame {
        var library = Self.library
        library.outletFilter = filter
        let person = library.people.first { $0.person.name == "Sofia Landqvist" }!.person
        var frame = Frame(width: width, height: height)
        PersonScreen(person: person.id).render(into: &frame, area: Rect(x: 0, y: 0, width: width, height: height), library: library, theme: Theme(colorMode: .palette256))
        return frame
    }

    @Test func aPartialQuoteIsShownInItsSentenceWithDateAndOutlet() throws {
        let frame = Self.personScreen(width: 160)
        let text = frame.lines.joined(separator: "\n")
        #expect(text.contains("2025-06-02 · Vellby Post · Bridge Tolls Rise in Vellby"))
        #expect(text.contains("Transport officer Sofia Landqvist defended the new bridge tolls on Monday, calling them \"a fair price\""))
        #expect(text.contains("2025-06-09 · Coast Ledger · Ferry Fares Frozen"))
        // The quote is marked inside the sentence, the words around it are not.
        let (x, y) = try #require(Frame.find("\"a fair price\"", in: frame))
        let quoteStyle = frame[x + 1, y].style
        #expect(quoteStyle == Theme(colorMode: .palette256).quote(speaker: Self.library.people.first { $0.person.name == "Sofia Landqvist" }!.person.id))
        #expect(frame[x - 3, y].style != quoteStyle)
    }

    @Test func aLongSentenceIsWrappedToTheWidth() {
        let frame = Self.personScreen(width: 50)
        let lines = frame.lines
        let first = lines.firstIndex { $0.contains("Transport officer Sofia") }
        #expect(first != nil)
        if let first { #expect(lines[first + 1].contains("defended") || lines[first + 1].contains("tolls")) }
        for line in lines { #expect(CellWidth.of(line) <= 50) }
    }

    @Test func theCountsFollowTheOutletFilter() {
        #expect(Self.personScreen().lines[0].contains("Sofia Landqvist  2 statements · 3 articles"))
        var filter = OutletFilter()
        filter.toggle(outlet: "Coast Ledger")
        let filtered = Self.personScreen(filter: filter)
        #expect(filtered.lines[0].contains("Sofia Landqvist  1 statement · 1 article"))
        #expect(!filtered.lines.joined().contains("Ferry Fares Frozen"))
    }
}
