import Foundation
import NewsKit
import Testing
import TerminalUI
@testable import NewsdeskApp

/// A seeded storm of random events (keys above all, with resizes, mouse reports and ticks)
/// from every screen, delivered as `ReaderApp.run` delivers them: nothing crashes or hangs, every
/// frame is sound and the size of the window, every screen is reached, and afterwards the reader
/// still answers to its keys.
@Suite struct KeyStormTests {
    init() { ScreenCheck.useUTF8() }

    /// 10,000 events in all, spread over the storms from the seven screens, so that the suite takes
    /// seconds in a debug build; `NEWSDESK_STORM_EVENTS=10000` gives each storm its own 10,000.
    static let eventsPerStorm = ProcessInfo.processInfo.environment["NEWSDESK_STORM_EVENTS"].flatMap { Int($0) }
        ?? (10_000 + ScreenCheck.Kind.allCases.count - 1) / ScreenCheck.Kind.allCases.count

    /// Every key the terminal can report, and characters a field must cope with: wide, combining,
    /// control and format characters.
    static let keys: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { .character(Character(Unicode.Scalar($0)!)) }
        keys += ["東", "é", "e\u{301}", "👩‍🔬", "\u{7}", "\u{1B}", "\u{200B}", "\u{202E}", "\u{2028}"].map { .character(Character($0)) }
        keys += (UInt8(ascii: "a")...UInt8(ascii: "z")).map { .control(Character(Unicode.Scalar($0))) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete]
        keys += (1...12).map { .function($0) }
        // Moving keys again, so that storms go deep into lists and articles and not only from screen to screen.
        keys += [Key](repeating: .down, count: 10) + [Key](repeating: .tab, count: 10) + [Key](repeating: .enter, count: 8)
        return keys
    }()

    static func randomEvent(_ generator: inout SeededGenerator, width: Int, height: Int) -> Event {
        let roll = Int.random(in: 0..<1000, using: &generator)
        switch roll {
        case 0..<930:
            return .key(keys.randomElement(using: &generator)!)
        case 930..<950:
            // Mostly usable sizes, some too small, now and then the extremes.
            if Bool.random(using: &generator) {
                return .resize(width: Int.random(in: 30...120, using: &generator), height: Int.random(in: 8...40, using: &generator))
            }
            return .resize(width: Int.random(in: 1...200, using: &generator), height: Int.random(in: 1...60, using: &generator))
        case 950..<985:
            let action = [Event.Mouse.Action.click, .wheelUp, .wheelDown].randomElement(using: &generator)!
            return .mouse(.init(action: action, x: Int.random(in: -2...(width + 2), using: &generator),
                                y: Int.random(in: -2...(height + 2), using: &generator)))
        case 985..<999:
            return .tick
        default:
            return .hangup
        }
    }

    @Test(arguments: ScreenCheck.Kind.allCases)
    func stormFromEveryScreen(_ kind: ScreenCheck.Kind) throws {
        var generator = SeededGenerator(seed: 0x4E65_7773 &+ UInt64(ScreenCheck.Kind.allCases.firstIndex(of: kind)!))
        var (app, terminal) = ScreenCheck.app(at: kind)
        let theme = Theme(colorMode: terminal.colorMode)
        var reached: Set<ScreenCheck.Kind> = [kind]
        var quits = 0
        let clock = ContinuousClock()
        let start = clock.now
        var slowest = Duration.zero
        for n in 0..<Self.eventsPerStorm {
            let event = Self.randomEvent(&generator, width: terminal.width, height: terminal.height)
            let before = clock.now
            let frame = ScreenCheck.step(app, terminal, event)
            slowest = max(slowest, clock.now - before)
            // Cell by cell now and then and after every resize; the cheap checks always.
            var fullCheck = n % 50 == 0
            if case .resize = event { fullCheck = true }
            let problems = ScreenCheck.problems(frame, width: terminal.width, height: terminal.height, theme: theme, cells: fullCheck)
            try #require(problems.isEmpty, "after event \(n) (\(event)) on \(app.breadcrumb): \(problems.prefix(5))")
            if app.isDone {
                // q from the top, Ctrl-C or a hang-up: a new reader in the same window carries on.
                quits += 1
                (app, terminal) = ScreenCheck.app(at: .articles, width: terminal.width, height: terminal.height)
            }
            reached.insert(ScreenCheck.Kind(breadcrumb: app.breadcrumb))
        }
        let elapsed = clock.now - start
        #expect(reached == Set(ScreenCheck.Kind.allCases), "not reached: \(Set(ScreenCheck.Kind.allCases).subtracting(reached))")
        #expect(slowest < .seconds(1), "one event took \(slowest)")
        #expect(elapsed < .seconds(60), "the storm took \(elapsed)")

        // The reader still answers: out of any text field, `a` goes to the articles, `p` opens People
        // and Esc, q leave.
        _ = ScreenCheck.step(app, terminal, .resize(width: 80, height: 24))
        var escapes = 0
        while [.people, .search].contains(ScreenCheck.Kind(breadcrumb: app.breadcrumb)), escapes < 100_000 {
            ScreenCheck.step(app, terminal, .key(.escape))
            escapes += 1
        }
        var frame = ScreenCheck.step(app, terminal, .key(.character("a")))
        #expect(app.breadcrumb == "Newsdesk › Articles")
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles"))
        frame = ScreenCheck.step(app, terminal, .key(.character("p")))
        #expect(frame.lines[0].hasPrefix(" Newsdesk › Articles › People"))
        // The most quoted person first (the storm may have switched outlets off).
        #expect(frame.lines[1].contains(app.library.people.first?.person.name ?? "Nobody"))
        ScreenCheck.step(app, terminal, .key(.escape))
        ScreenCheck.step(app, terminal, .key(.character("q")))
        #expect(app.isDone)
    }
}
