import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The reader while a corpus loads behind it: libraries handed over as they grow, progress and
/// unreadable files in the status line, the selection kept as the list fills in.
@Suite struct BackgroundLoadTests {
    // Frames measure text by the locale, as in the terminal: set here, not by whichever suite runs first.
    init() { ScreenCheck.useUTF8() }

    /// A folder of `count` small articles, newest last, and one binary file.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-background-\(UUID().uuidString)")
        init(count: Int) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for n in 0..<count {
                let day = String(format: "2025-%02d-%02d", 1 + n / 28 % 12, 1 + n % 28)
                try Data("Harbour story \(n)\n\n\(day)\n\n\"Pier \(n) is open,\" Anna Holt said.".utf8)
                    .write(to: url.appendingPathComponent(String(format: "%05d.txt", n)))
            }
            try Data([0x00, 0x01]).write(to: url.appendingPathComponent("zz-binary.txt"))
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func librariesGrowUntilTheWholeCorpusIsIn() throws {
        let folder = try Folder(count: 1_600)
        let load = BackgroundLoad(loader: CorpusLoader(store: try Store.inMemory()), paths: [folder.url.path])
        load.run()
        let state = load.take()
        #expect(state.isFinished)
        #expect((state.filesDone, state.filesTotal, state.articles) == (1_601, 1_601, 1_600))
        #expect(state.library?.corpus.articles.count == 1_600)
        #expect(state.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["zz-binary.txt"])
        // A library is handed over once.
        #expect(load.take().library == nil)
        // The cache's index answers searches.
        #expect(Set(state.library?.search("pier 1599").map(\.article) ?? []).count == 1)
    }

    @Test func theStatusLineShowsProgressThenWhatCouldNotBeRead() throws {
        let folder = try Folder(count: 3)
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [])), terminal: InMemoryTerminal(width: 100, height: 10))
        var loading = BackgroundLoad.State()
        app.receive(loading)
        #expect(app.render(width: 100, height: 10).lines[9].hasSuffix("finding files…"))
        #expect(app.render(width: 100, height: 10).lines[1].contains("No articles yet."))
        loading.filesDone = 1_500
        loading.filesTotal = 12_000
        app.receive(loading)
        #expect(app.render(width: 100, height: 10).lines[9].hasSuffix("loading 1,500/12,000 files"))

        let load = BackgroundLoad(loader: CorpusLoader(store: nil), paths: [folder.url.path])
        load.run()
        app.receive(load.take())
        let frame = app.render(width: 100, height: 10)
        #expect(frame.lines[9].hasPrefix(" 1/3 articles"))
        #expect(frame.lines[9].hasSuffix("1 file unreadable (! lists)"))
    }

    @Test func theSelectedArticleStaysSelectedAsTheListFillsIn() throws {
        let folder = try Folder(count: 40)
        let articles = try CorpusLoader(store: nil).load([folder.url.path]).articles
        func state(_ count: Int) -> BackgroundLoad.State {
            var state = BackgroundLoad.State()
            state.library = CorpusQuery(corpus: Corpus(articles: Array(articles.prefix(count))))
            return state
        }
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: [])), terminal: InMemoryTerminal(width: 100, height: 12))
        app.receive(state(10))
        // Untouched, the list stays at its top: the newest first.
        app.receive(state(20))
        #expect(app.render(width: 100, height: 12).lines[1].hasPrefix("• 2025-01-20"))
        for _ in 0..<3 { app.handle(.key(.down)) }
        let chosen = app.render(width: 100, height: 12).lines[4]
        app.receive(state(40))
        let frame = app.render(width: 100, height: 12)
        #expect(frame.lines[4] == chosen)
        #expect(frame[0, 4].style.reverse)
        #expect(frame.lines[11].hasPrefix(" 24/40 articles"))
    }

    @Test func anOutletSwitchedOffStaysOffAsTheListFillsIn() throws {
        let folder = try Folder(count: 4)
        let articles = try CorpusLoader(store: nil).load([folder.url.path]).articles
        let app = ReaderApp(library: CorpusQuery(corpus: Corpus(articles: Array(articles.prefix(2)))), terminal: InMemoryTerminal(width: 100, height: 12))
        app.handle(.key(.character("s")))
        app.handle(.key(.enter))
        #expect(!app.library.outletFilter.shows(outlet: OutletFilter.unknownOutlet))
        var state = BackgroundLoad.State()
        state.library = CorpusQuery(corpus: Corpus(articles: articles))
        app.receive(state)
        #expect(!app.library.outletFilter.shows(outlet: OutletFilter.unknownOutlet))
        #expect(app.library.visibleArticles.isEmpty)
    }
}
