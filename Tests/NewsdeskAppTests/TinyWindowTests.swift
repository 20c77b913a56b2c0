import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// Every screen in windows from 1×1 upward: nothing crashes, every frame is the window's size, a
/// window too small says so, keys pressed in it do no harm, and growing the window again shows the
/// screen whole.
@Suite struct TinyWindowTests {
    init() { ScreenCheck.useUTF8() }

    static let sizes: [(Int, Int)] = [
        (1, 1), (2, 2), (1, 60), (200, 1), (5, 2), (9, 2), (10, 3), (16, 4), (17, 5), (29, 7), (29, 8),
        (30, 7), (30, 8), (31, 9), (40, 10), (0, 0),
    ]

    /// Keys that move within a screen without leaving it.
    static let movingKeys: [Key] = [.down, .up, .pageDown, .pageUp, .end, .home, .control("d"), .control("u"), .tab, .backTab]

    @Test(arguments: ScreenCheck.Kind.allCases)
    func everySizeOnEveryScreen(_ kind: ScreenCheck.Kind) {
        let (app, terminal) = ScreenCheck.app(at: kind, width: 80, height: 24)
        let theme = Theme(colorMode: terminal.colorMode)
        let crumb = app.breadcrumb
        #expect(ScreenCheck.Kind(breadcrumb: crumb) == kind)
        for (width, height) in Self.sizes {
            var frame = ScreenCheck.step(app, terminal, .resize(width: width, height: height))
            ScreenCheck.expectSound(frame, width: width, height: height, theme: theme)
            for key in Self.movingKeys {
                frame = ScreenCheck.step(app, terminal, .key(key))
                ScreenCheck.expectSound(frame, width: width, height: height, theme: theme)
            }
            // Clicks and the wheel anywhere, inside the window or not.
            for (x, y) in [(0, 0), (width - 1, height - 1), (width, height), (-1, -1), (0, 1)] {
                for action in [Event.Mouse.Action.click, .wheelDown, .wheelUp] {
                    frame = ScreenCheck.step(app, terminal, .mouse(.init(action: action, x: x, y: y)))
                    ScreenCheck.expectSound(frame, width: width, height: height, theme: theme)
                }
            }
            #expect(!app.isDone)
            #expect(ScreenCheck.Kind(breadcrumb: app.breadcrumb) == kind, "\(kind) left at \(width)×\(height): \(app.breadcrumb)")
        }
        // Back to a usable size: the same screen, whole.
        let frame = ScreenCheck.step(app, terminal, .resize(width: 80, height: 24))
        ScreenCheck.expectSound(frame, width: 80, height: 24, theme: theme)
        #expect(frame.lines[0].contains(crumb.components(separatedBy: " › ").last!))
    }

    /// At the smallest size the reader draws in, each screen shows its content, not only its bars.
    @Test(arguments: ScreenCheck.Kind.allCases)
    func smallestUsableWindowShowsTheScreen(_ kind: ScreenCheck.Kind) {
        let (width, height) = ReaderApp.minimumSize
        let (app, terminal) = ScreenCheck.app(at: kind, width: width, height: height)
        let frame = app.render(width: width, height: height)
        ScreenCheck.expectSound(frame, width: width, height: height, theme: Theme(colorMode: terminal.colorMode))
        let content = frame.lines[1..<(height - 1)].joined()
        #expect(!content.trimmingCharacters(in: .whitespaces).isEmpty, "\(kind) shows nothing at \(width)×\(height)")
    }

    /// Too small for the reader: the clearest message that fits, in whole words.
    @Test(arguments: [(1, 1), (2, 2), (4, 1), (5, 1), (8, 2), (9, 1), (10, 3), (16, 2), (17, 1), (17, 2), (29, 7), (30, 7), (29, 8)])
    func tooSmallSaysSoInWhatFits(_ width: Int, _ height: Int) {
        let (app, _) = ScreenCheck.app(at: .articles, width: width, height: height)
        let frame = app.render(width: width, height: height)
        let words = frame.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!words.isEmpty)
        let text = words.joined(separator: " ")
        if width >= 17, height >= 2 {
            #expect(text.contains("Window too small"))
            #expect(text.contains("\(width)×\(height)"))
        } else if width >= 9 {
            #expect(text.contains("Too small") || text.contains("too small"))
        } else if width >= 5 {
            #expect(text.lowercased().contains("small"))
        }
    }
}
