import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// A name in the Reader opens the person it names, by the ID the analysis gave the mention, not by
/// matching its text: of two people who share a surname, a bare "Holt" opens the Holt it refers to.
@Suite struct ReaderPivotTests {
    init() { ScreenCheck.useUTF8() }

    @Test func aSurnameSharedByTwoPeopleOpensTheOneItNames() throws {
        let analyzed = Analyzed.files(["quotes/same-surname-two-people.txt"])
        let library = CorpusQuery(corpus: Corpus(articles: analyzed))
        let app = ReaderApp(library: library, terminal: InMemoryTerminal(width: 100, height: 30))
        app.handle(.key(.enter))
        // Each person's name in the article, in reading order, and whom Enter on it opens.
        var opened: [(name: String, person: String)] = []
        // Tab steps through the statements and names, once each.
        let items = analyzed[0].quotes.filter(\.isStatement).count + analyzed[0].mentions.count
        for _ in 0..<items {
            app.handle(.key(.tab))
            let status = app.render(width: 100, height: 30).lines.last ?? ""
            // "… · Holt · person · Enter pivot": the name stands before its kind.
            let parts = status.components(separatedBy: " · ")
            guard let kind = parts.firstIndex(of: "person"), kind > 0 else { continue }
            app.handle(.key(.enter))
            let person = app.breadcrumb.components(separatedBy: " › ").last ?? ""
            opened.append((parts[kind - 1], person))
            app.handle(.key(.escape))
        }
        // What the analysis says each mention refers to, in the same order.
        let corpus = library.corpus
        let expected = corpus.articles[0].mentions.filter { $0.kind == .person }.map { corpus.person(of: $0, inArticle: 0)?.name ?? "" }
        #expect(opened.map(\.person) == expected, "\(opened)")
        #expect(opened.contains { $0.name == "Holt" && $0.person == "Marcus Holt" }, "\(opened)")
        #expect(opened.contains { $0.name == "Holt" && $0.person == "Anna Holt" }, "\(opened)")
    }
}
