import Foundation
import Glibc
import Testing

/// Signals at any moment, in tmux: at start-up before the first frame, on every screen, in the middle
/// of drawing. SIGINT, SIGTERM, SIGHUP and SIGQUIT end the reader as that signal (exit status
/// 128 + its number: 130, 143, 129, 131, so that a shell or script sees how it ended) and the terminal
/// is restored; SIGWINCH only redraws.
@Suite(.enabled(if: Tmux.isAvailable)) struct SignalTests {
    enum Signal: String, CaseIterable, CustomStringConvertible, Sendable {
        case INT, TERM, HUP, QUIT
        var number: Int32 {
            switch self {
            case .INT: return SIGINT
            case .TERM: return SIGTERM
            case .HUP: return SIGHUP
            case .QUIT: return SIGQUIT
            }
        }
        /// What the shell reports for a process this signal ended.
        var exitStatus: Int { 128 + Int(number) }
        var description: String { "SIG" + rawValue }
    }

    /// The screens, the keys that open each one from the articles, and what its header then shows.
    static let screens: [(name: String, keys: [String], header: String)] = [
        ("Articles", [], "Newsdesk › Articles"),
        ("Reader", ["Enter"], "› Reader"),
        ("Person", ["p", "Enter"], "› People › Volodymyr Zelensky"),
        ("People", ["p"], "› People"),
        ("Sources", ["s"], "› Sources"),
        ("Search", ["/"], "› Search"),
        ("Help", ["?"], "› Help"),
    ]

    private func expectEnded(_ reader: ReaderSession, by signal: Signal, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let end = try reader.waitForEnd()
        #expect(end.status == signal.exitStatus, "\(signal): \(end.screen)", sourceLocation: sourceLocation)
        #expect(end.restored, "\(signal) left the terminal changed: \(end.screen)", sourceLocation: sourceLocation)
    }

    /// As soon as the process exists, and a little later while the terminal is being set up.
    @Test(arguments: [Signal.INT, .TERM, .HUP], [0, 30, 100])
    func atStartUp(_ signal: Signal, afterMilliseconds delay: Int) throws {
        let reader = try ReaderSession()
        let pid = try #require(try reader.readerPID())
        if delay > 0 { usleep(useconds_t(delay * 1000)) }
        kill(pid, signal.number)
        try expectEnded(reader, by: signal)
    }

    /// On each screen, each signal in turn.
    @Test(arguments: zip(screens.indices, [Signal.INT, .TERM, .HUP, .QUIT, .INT, .TERM, .HUP]))
    func onEveryScreen(_ screen: Int, _ signal: Signal) throws {
        let (name, keys, header) = Self.screens[screen]
        let reader = try ReaderSession()
        try reader.waitUntilReady()
        for key in keys {
            try reader.send(key)
            Thread.sleep(forTimeInterval: 0.05)
        }
        let shown = try reader.waitFor { ($0.split(separator: "\n").first ?? "").contains(header) }
        try #require(shown.split(separator: "\n").first?.contains(header) == true, "\(name) did not open: \(shown)")
        let pid = try #require(try reader.readerPID())
        kill(pid, signal.number)
        try expectEnded(reader, by: signal)
    }

    /// Ctrl-C typed in the reader, on the articles and in an article: SIGINT to the foreground group.
    @Test(arguments: [[], ["Enter"]])
    func controlC(_ keys: [String]) throws {
        let reader = try ReaderSession()
        try reader.waitUntilReady()
        if !keys.isEmpty {
            try reader.send(keys: keys)
            try reader.waitFor { $0.contains("› Reader") }
        }
        try reader.send("C-c")
        try expectEnded(reader, by: .INT)
    }

    /// A reader started with SIGINT ignored (as a parent may want) leaves it ignored: Ctrl-C does
    /// nothing, q still quits.
    @Test func anIgnoredInterruptStaysIgnored() throws {
        let reader = try ReaderSession(shell: "trap '' INT")
        try reader.waitUntilReady()
        try reader.send("C-c")
        try reader.send("j")
        try reader.waitFor { $0.contains(" 2/2 articles") }
        #expect(try reader.isRunning())
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored, "\(end.screen)")
    }

    /// In the middle of redrawing for a burst of resizes and keys.
    @Test(arguments: [Signal.INT, .TERM, .HUP])
    func whileDrawing(_ signal: Signal) throws {
        let reader = try ReaderSession(width: 120, height: 40)
        try reader.waitUntilReady()
        try reader.send("Enter")
        try reader.waitFor { $0.contains("› Reader") }
        let pid = try #require(try reader.readerPID())
        for n in 0..<20 {
            try reader.tmux.resize(width: 60 + n * 7, height: 15 + n)
            try reader.send("j", "PageDown", "Tab")
            if n == 10 { kill(pid, signal.number) }
        }
        try expectEnded(reader, by: signal)
    }

    /// SIGWINCH at start-up and on every screen: the reader keeps running and answering keys.
    @Test func windowChangeSignalKeepsTheReaderRunning() throws {
        let reader = try ReaderSession()
        let pid = try #require(try reader.readerPID())
        // A shower of them while the reader starts.
        for _ in 0..<60 {
            kill(pid, SIGWINCH)
            usleep(5000)
        }
        try reader.waitUntilReady()
        for (name, keys, header) in Self.screens {
            try reader.send("Escape", "Escape", "Escape", "a")
            try reader.waitFor { $0.hasPrefix(" Newsdesk › Articles ") || $0.hasPrefix(" Newsdesk › Articles\n") }
            for key in keys {
                try reader.send(key)
                Thread.sleep(forTimeInterval: 0.05)
            }
            try reader.waitFor { ($0.split(separator: "\n").first ?? "").contains(header) }
            for _ in 0..<20 { kill(pid, SIGWINCH) }
            // Still there, and still answering: Escape leaves the screen (Articles has nowhere to go).
            let shown = try reader.waitFor { ($0.split(separator: "\n").first ?? "").contains(header) }
            #expect(shown.split(separator: "\n").first?.contains(header) == true, "\(name) after SIGWINCH: \(shown)")
            #expect(try reader.isRunning())
            try reader.send("Escape")
            if name != "Articles" {
                let back = try reader.waitFor { !($0.split(separator: "\n").first ?? "").contains(header) }
                #expect(!(back.split(separator: "\n").first ?? "").contains(header), "\(name) does not answer after SIGWINCH")
            }
        }
        try reader.send("a")
        try reader.send("q")
        let end = try reader.waitForEnd()
        #expect(end.status == 0 && end.restored, "\(end.screen)")
    }
}
