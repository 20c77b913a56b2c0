import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The screens of the reader, each with the keys that lead there from the start, and what a frame of
/// the app must always be: shared by the tiny-window and key-storm tests.
enum ScreenCheck {
    enum Kind: String, CaseIterable, CustomStringConvertible, Sendable {
        case articles, reader, person, people, sources, search, help, coverage
        var description: String { rawValue }

        /// Keys that open this screen from the Articles screen.
        var keys: [Key] {
            switch self {
            case .articles: return []
            case .reader: return [.enter]
            case .person: return [.character("p"), .enter]
            case .people: return [.character("p")]
            case .sources: return [.character("s")]
            case .search: return [.character("/")]
            case .help: return [.character("?")]
            case .coverage: return [.character("C")]
            }
        }

        /// The screen a breadcrumb ends in.
        init(breadcrumb: String) {
            let last = breadcrumb.components(separatedBy: " › ").last ?? ""
            switch last {
            case "Articles": self = .articles
            case "Reader": self = .reader
            case "People": self = .people
            case "Sources": self = .sources
            case "Help": self = .help
            case "Coverage": self = .coverage
            case _ where last.hasPrefix("Search"): self = .search
            // Correct speaker has a text field open as Search has, and Esc leaves it the same way.
            case "Correct speaker": self = .search
            default: self = .person // a person's name
            }
        }
    }

    /// Width and cell maths follow the locale (`wcwidth`), as in the terminal.
    static func useUTF8() {
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// An app on the in-memory terminal, opened at `kind`.
    static func app(at kind: Kind, width: Int = 80, height: Int = 24, colorMode: ColorMode = .palette256) -> (ReaderApp, InMemoryTerminal) {
        let terminal = InMemoryTerminal(width: width, height: height, colorMode: colorMode)
        let app = ReaderApp(library: ReaderAppTests.library, terminal: terminal)
        for key in kind.keys { app.handle(.key(key)) }
        return (app, terminal)
    }

    /// Delivers an event the way `ReaderApp.run` does (the terminal takes a resize first) and returns
    /// the frame drawn after it.
    @discardableResult
    static func step(_ app: ReaderApp, _ terminal: InMemoryTerminal, _ event: Event) -> Frame {
        terminal.send(event)
        if let event = terminal.nextEvent(timeout: 0) { app.handle(event) }
        return app.render(width: terminal.width, height: terminal.height)
    }

    /// What every frame must be: the window's size; no control character and no half of a wide
    /// character; at a usable size a header and a status bar nothing else drew over; below it, a
    /// message saying the window is too small. `cells: false` skips the cell-by-cell part.
    static func problems(_ frame: Frame, width: Int, height: Int, theme: Theme, cells: Bool = true) -> [String] {
        var problems: [String] = []
        if frame.width != max(0, width) || frame.height != max(0, height) {
            problems.append("frame \(frame.width)×\(frame.height) in a \(width)×\(height) window")
        }
        if frame.cells.count != frame.width * frame.height { problems.append("\(frame.cells.count) cells") }
        for y in 0..<frame.height where cells {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.isContinuation {
                    if !(x > 0 && CellWidth.of(frame[x - 1, y].text) == 2) {
                        problems.append("a continuation cell at \(x),\(y) without a wide character before it")
                    }
                    continue
                }
                if !cell.text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) {
                    problems.append("a control character at \(x),\(y)")
                }
                switch CellWidth.of(cell.text) {
                case 1: break
                case 2 where x + 1 < frame.width && frame[x + 1, y].isContinuation: break
                case 2: problems.append("a wide character cut at \(x),\(y)")
                default: problems.append("a cell of width \(CellWidth.of(cell.text)) at \(x),\(y)")
                }
            }
        }
        guard frame.width > 0, frame.height > 0, frame.width == width, frame.height == height else { return problems }
        if width >= ReaderApp.minimumSize.width, height >= ReaderApp.minimumSize.height {
            if !(0..<width).allSatisfy({ frame[$0, 0].style == theme.header }) { problems.append("the header bar was drawn over") }
            if !(0..<width).allSatisfy({ frame[$0, height - 1].style == theme.status }) { problems.append("the status bar was drawn over") }
            if !(frame.text(row: 0).contains("Newsdesk") || frame.text(row: 0).hasPrefix(" …")) { problems.append("no breadcrumb") }
        } else {
            let text = frame.lines.joined(separator: "\n")
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("nothing says the \(width)×\(height) window is too small")
            } else if width >= 9, !text.contains("small") {
                problems.append("“too small” is not said at \(width)×\(height): \(frame.lines)")
            }
        }
        return problems
    }

    static func expectSound(_ frame: Frame, width: Int, height: Int, theme: Theme, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(frame, width: width, height: height, theme: theme)
        #expect(found.isEmpty, "\(found.prefix(5))", sourceLocation: sourceLocation)
    }
}
