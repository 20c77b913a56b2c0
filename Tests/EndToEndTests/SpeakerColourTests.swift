import Foundation
import Testing

/// A speaker's quotes have the same colour in `newsdesk show` and in the reader: both draw the article
/// through one renderer.
@Suite(.serialized, .enabled(if: Tmux.isAvailable)) struct SpeakerColourTests {
    /// The 256-colour foreground set by the last SGR escape before `words` in terminal output.
    static func colour(before words: String, in output: String) -> Int? {
        guard let end = output.range(of: words)?.lowerBound else { return nil }
        let before = output[..<end]
        guard let escape = before.range(of: "38;5;", options: .backwards) else { return nil }
        return Int(before[escape.upperBound...].prefix { $0.isNumber })
    }

    @Test func aSpeakerHasTheSameColourInShowAndInTheReader() throws {
        let file = "Fixtures/000_74dc95e94b69c806.txt"
        let shown = try NewsdeskBinary.run(["show", "--color", "always", file])
        #expect(shown.status == 0)
        let inShow = try #require(Self.colour(before: "Because international", in: shown.stdout))

        let tmux = try Tmux("cd \(NewsdeskBinary.repository.path) && env -u LINES -u COLUMNS \(NewsdeskBinary.url.path) \(file)")
        _ = try tmux.waitFor { $0.contains("Rubio Urges") }
        try tmux.send("Enter")
        var screen = try tmux.waitFor { $0.contains("Newsdesk › Articles › Reader") }
        for _ in 0..<10 where !screen.contains("Because international") {
            let before = screen
            try tmux.send("PageDown")
            screen = try tmux.waitFor { $0 != before }
        }
        let inReader = try #require(Self.colour(before: "Because international", in: try tmux.screen(escapes: true)))
        #expect(inShow == inReader)
    }
}
