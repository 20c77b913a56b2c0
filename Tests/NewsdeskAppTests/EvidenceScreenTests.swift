import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The Evidence screen (`w` on a quote), `]` and `[` through quotes only, and the whole quote on the
/// status line, drawn on the in-memory terminal from the original articles of `Fixtures/evidence`.
@Suite struct EvidenceScreenTests {
    init() { ScreenCheck.useUTF8() }

    static func library(_ names: String...) -> CorpusQuery {
        CorpusQuery(corpus: Corpus(articles: Analyzed.files(names.map { "evidence/\($0).txt" })))
    }

    /// An app opened on the first article of `library`, in the Reader, after `keys`.
    static func reader(_ library: CorpusQuery, width: Int = 100, height: Int = 30, colorMode: ColorMode = .palette256,
                       keys: [Key] = []) -> (ReaderApp, InMemoryTerminal) {
        let terminal = InMemoryTerminal(width: width, height: height, colorMode: colorMode)
        let app = ReaderApp(library: library, terminal: terminal)
        for key in [.enter] + keys { app.handle(.key(key)) }
        return (app, terminal)
    }

    static func text(_ frame: Frame) -> String { frame.lines.joined(separator: "\n") }

    @Test func aPronounShowsItsChainBackToTheNameWithThatSentence() throws {
        let (app, terminal) = Self.reader(Self.library("cue-with-pronoun"), keys: [.character("]"), .character("w")])
        let frame = app.render(width: terminal.width, height: terminal.height)
        let screen = Self.text(frame)
        #expect(frame.lines[0].contains("Reader › Evidence"))
        #expect(screen.contains("“Nobody should have to breathe that dust while…” — Tobias Reinholt"))
        #expect(screen.contains("\"Nobody should have to breathe that dust while the council argues about the cost,\" he said."))
        #expect(screen.contains("“he” beside “said” refers back to Tobias Reinholt"))
        #expect(screen.contains("“he” → “Tobias Reinholt”, 2 paragraphs up:"))
        #expect(screen.contains("Councillor Tobias Reinholt has opposed the new tram depot"))
        #expect(screen.contains("93%, high"))
        // The cue and the naming words are marked in the quote's sentence, the name in the chain's.
        let theme = Theme(colorMode: .palette256)
        let (sx, sy) = try #require(Frame.find("said.", in: frame))
        #expect(frame[sx, sy].style == theme.cue)
        #expect(frame[sx - 3, sy].style == theme.naming) // “he”
        let (nx, ny) = try #require(Frame.find("Tobias Reinholt has opposed", in: frame))
        #expect(frame[nx, ny].style == theme.naming)
        #expect(frame[nx - 2, ny].style != theme.naming) // “Councillor” is not the name
        ScreenCheck.expectSound(frame, width: terminal.width, height: terminal.height, theme: theme)
    }

    @Test func escapeReturnsToTheReaderAtTheSameQuote() {
        let (app, terminal) = Self.reader(Self.library("cue-with-pronoun"), width: 140, keys: [.character("]")])
        let before = app.render(width: terminal.width, height: terminal.height)
        app.handle(.key(.character("w")))
        app.handle(.key(.escape))
        let after = app.render(width: terminal.width, height: terminal.height)
        #expect(after.lines[0].hasSuffix("Reader") || after.lines[0].contains("› Reader "))
        #expect(after == before)
    }

    /// One line per rule, in plain words, for each article of `Fixtures/evidence`.
    @Test(arguments: [
        ("cue-with-name", "named beside the speech verb “said”", nil),
        ("cue-with-description", "the description “the mayor” beside “told” refers to Agnes Pellworth", "“the mayor” → “Agnes Pellworth”, 2 paragraphs up:"),
        ("reporting-clause", "“Jonas Ekwall” is the subject of “adding”, the reporting clause the quote sits in", nil),
        ("same-paragraph", "the speaker of the quote before in this paragraph", nil),
        ("previous-speaker", "a paragraph that is only a quote goes on with the speaker of the paragraph before", "the paragraph before → “Pieter Van Loon”, 1 paragraph up:"),
        ("sentence-subject", "no speech verb: “Lindqvist” is who the sentence is about", nil),
    ] as [(String, String, String?)])
    func eachRuleIsSaidInPlainWords(_ fixture: String, _ why: String, _ chain: String?) {
        let (app, terminal) = Self.reader(Self.library(fixture), width: 160, height: 40, keys: [.end, .character("["), .character("w")])
        let screen = Self.text(app.render(width: terminal.width, height: terminal.height))
        #expect(screen.contains(why), "\(screen)")
        if let chain { #expect(screen.contains(chain), "\(screen)") } else { #expect(!screen.contains("Chain"), "\(screen)") }
    }

    @Test func aContinuationShowsWhereItsSpeakerWasNamed() {
        let (app, terminal) = Self.reader(Self.library("continuation"), width: 160, height: 40, keys: [.end, .character("["), .character("w")])
        let screen = Self.text(app.render(width: terminal.width, height: terminal.height))
        #expect(screen.contains("continues the quote from the previous paragraph"))
        #expect(screen.contains("Named       1 paragraph up:"))
        #expect(screen.contains("\"Three generations of this town blew glass in these halls,\" Mendoza-Hale said."))
    }

    @Test func aQuoteWithNoSpeakerSaysWhy() {
        let (app, terminal) = Self.reader(Self.library("no-speaker"), width: 160, height: 40, keys: [.character("]"), .character("w")])
        let screen = Self.text(app.render(width: terminal.width, height: terminal.height))
        #expect(screen.contains("— no speaker"))
        #expect(screen.contains("Speaker     none"))
        #expect(screen.contains("no speech verb beside it names a person"))
        #expect(!screen.contains("Sure"))
    }

    /// `]` skips names (Tab visits them) and goes round; `[` goes back.
    @Test func bracketsStepThroughQuotesOnly() {
        let (app, terminal) = Self.reader(Self.library("same-paragraph"), width: 200)
        func status() -> String { app.render(width: terminal.width, height: terminal.height).lines[terminal.height - 1] }
        app.handle(.key(.tab))
        #expect(status().contains("“The footbridge will open in May"))
        app.handle(.key(.tab))
        #expect(!status().contains("“"), "Tab goes on to a name: \(status())")
        app.handle(.key(.character("]")))
        #expect(status().contains("“The steel came in under budget"))
        app.handle(.key(.character("]")))
        #expect(status().contains("“The footbridge will open in May"))
        app.handle(.key(.character("[")))
        #expect(status().contains("“The steel came in under budget"))
    }

    /// The status line holds the whole quote and its speaker where they fit, else the opening words.
    @Test func theStatusLineShowsTheWholeQuoteWhereItFits() {
        let whole = "“The footbridge will open in May, weeks ahead of the summer fair,” — Hana Okafor"
        var (app, terminal) = Self.reader(Self.library("same-paragraph"), width: 200, keys: [.character("]")])
        var status = app.render(width: terminal.width, height: terminal.height).lines[terminal.height - 1]
        #expect(status.contains(whole + " · cue “said” · cueWithName · 97% · w why · Enter pivot"))
        (app, terminal) = Self.reader(Self.library("same-paragraph"), width: 110, keys: [.character("]")])
        status = app.render(width: terminal.width, height: terminal.height).lines[terminal.height - 1]
        #expect(status.contains(whole), "\(status)")
        (app, terminal) = Self.reader(Self.library("same-paragraph"), width: 60, keys: [.character("]")])
        status = app.render(width: terminal.width, height: terminal.height).lines[terminal.height - 1]
        #expect(status.contains("“The footbridge will open in…” — Hana Okaf"), "\(status)")
        #expect(status.hasSuffix("…"))
    }

    @Test func helpListsTheNewKeys() {
        let (app, terminal) = Self.reader(Self.library("same-paragraph"), width: 120, height: 40, keys: [.character("?")])
        let screen = Self.text(app.render(width: terminal.width, height: terminal.height))
        #expect(screen.contains("w                   why the selected quote was given to its speaker"))
        #expect(screen.contains("]                   next quote"))
        #expect(screen.contains("[                   previous quote"))
    }

    @Test(arguments: [(30, 8), (40, 12), (80, 24)])
    func theEvidenceScreenFitsSmallWindows(_ width: Int, _ height: Int) {
        let (app, terminal) = Self.reader(Self.library("cue-with-pronoun"), width: width, height: height, colorMode: .none,
                                          keys: [.character("]"), .character("w")])
        for key: Key in [.down, .down, .end, .pageUp] {
            app.handle(.key(key))
            let frame = app.render(width: terminal.width, height: terminal.height)
            ScreenCheck.expectSound(frame, width: width, height: height, theme: Theme(colorMode: .none))
            #expect(frame.lines[0].contains("Evidence"))
        }
    }
}
