import Foundation
import Glibc
import Testing

/// The reader in a tmux window, run between two `stty -g`: when it ends the pane says `STTY-OK` (the
/// terminal settings are what they were before) or `STTY-CHANGED`, then `[exited N]`.
final class ReaderSession {
    let tmux: Tmux

    /// - Parameters:
    ///   - environment: `env` arguments before the binary: `TERM=vt100`, `-u TERM`.
    ///   - arguments: the reader's own arguments.
    ///   - shell: what the pane's shell does first (by default it traps SIGINT, to report after Ctrl-C).
    init(environment: String = "", arguments: String = "", width: Int = 80, height: Int = 24, shell: String = "trap : INT") throws {
        let reader = "env -u LINES -u COLUMNS \(environment) '\(NewsdeskBinary.url.path)' \(arguments)"
        // No core file from SIGQUIT; and the shell carries on to report after Ctrl-C (which the reader
        // dies of, as it should; a shell without a trap would stop too).
        let command = "ulimit -c 0; \(shell); S=$(stty -g); cd '\(NewsdeskBinary.repository.path)' && \(reader); R=$?; "
            + "if [ \"$S\" = \"$(stty -g)\" ]; then echo STTY-OK; else echo STTY-CHANGED; fi; (exit $R)"
        tmux = try Tmux(command, width: width, height: height)
    }

    func send(_ keys: String...) throws {
        try tmux.tmux(["send-keys"] + keys)
    }

    func send(keys: [String]) throws {
        try tmux.tmux(["send-keys"] + keys)
    }

    func screen(escapes: Bool = false) throws -> String {
        try tmux.screen(escapes: escapes)
    }

    @discardableResult
    func waitFor(_ seconds: Double = 10, escapes: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        try tmux.waitFor(seconds, escapes: escapes, sourceLocation: sourceLocation, condition)
    }

    /// Waits until the screen has not changed for `quiet` seconds: the reader has caught up with the
    /// keys sent (a slow build, a sanitizer, may take seconds for a storm of them). Returns the screen.
    @discardableResult
    func waitUntilStill(quiet: Double = 0.7, within seconds: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try screen(), since = Date()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let now = try screen()
            if now != last { last = now; since = Date() } else if Date().timeIntervalSince(since) >= quiet { break }
        }
        return last
    }

    /// Waits until the reader shows its articles (the samples have loaded).
    func waitUntilReady() throws {
        let ready = { (screen: String) in screen.contains("Rubio Urges") && screen.contains(" 1/2 articles") && !screen.contains("loading") }
        try waitFor { ready($0) }
    }

    /// The reader's process id once it runs (the pane's shell has it as a child).
    func readerPID(within seconds: Double = 10) throws -> pid_t? {
        let pane = try tmux.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let found = try Tmux.spawn(["pgrep", "-P", pane, "-x", "newsdesk"]).split(separator: "\n").first
            if let found, let pid = pid_t(found) { return pid }
            usleep(2000)
        }
        return nil
    }

    /// Whether the reader is still running.
    func isRunning() throws -> Bool {
        try tmux.exitStatus() == nil
    }

    /// Waits for the reader to end (throws when it does not in time): its exit status and whether the
    /// terminal settings were restored.
    func waitForEnd(within seconds: Double = 10) throws -> (status: Int?, restored: Bool, screen: String) {
        let screen = try waitFor(seconds) { $0.contains("[exited ") }
        return (try tmux.exitStatus(), screen.contains("STTY-OK"), screen)
    }
}
