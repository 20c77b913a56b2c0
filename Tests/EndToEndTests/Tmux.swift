import Foundation
import Glibc
import Testing

/// A private tmux server running one command in a window of a given size, for end-to-end tests that
/// drive the reader like a person would.
final class Tmux {
    let server = "newsdesk-test-\(UUID().uuidString.prefix(8))"

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `command` in a `width`×`height` window (TERM=tmux-256color, a UTF-8 locale).
    init(_ command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                         "-e", "TERM=tmux-256color", "-e", "LANG=C.UTF-8"]
        // The test runner's own NO_COLOR must not leak into the reader (empty means unset).
        // Nor may its settings and library: each run has the tests' own (a test may give its own).
        let own = ["NO_COLOR": "", "XDG_CACHE_HOME": NewsdeskBinary.cacheFolder, "BROWSER": ""].merging(NewsdeskBinary.homeFolders) { $1 }
        for (key, value) in own.merging(environment, uniquingKeysWith: { $1 }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        // The command's exit status is printed when it ends, and the pane stays for the test to read it.
        arguments.append("\(command); echo \"[exited $?]\"; sleep 600")
        try tmux(arguments)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux command against the private server and returns what it printed. Spawned with
    /// `posix_spawn` and reaped with `waitpid`: Foundation's `Process` did not notice the exit of the
    /// client that starts the server (the server, its child, lives on).
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Self.spawn(["tmux", "-L", server] + arguments)
    }

    static func spawn(_ arguments: [String]) throws -> String {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        // The test runner blocks signals in its threads, and a spawned process inherits the mask: tmux
        // and the reader would then never see SIGHUP, SIGTERM or SIGWINCH. Start with none blocked.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(pipe[1])
        guard status == 0 else {
            close(pipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        // The client exits at once; read until it has, then drain what is left. (A server started by
        // new-session inherits the pipe, so reading to end-of-file could wait for ever.)
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var exitStatus: Int32 = 0
        var exited = false
        let flags = fcntl(pipe[0], F_GETFL)
        _ = fcntl(pipe[0], F_SETFL, flags | O_NONBLOCK)
        while true {
            let n = read(pipe[0], &buffer, buffer.count)
            if n > 0 { output += buffer[0..<n]; continue }
            if exited { break }
            if waitpid(pid, &exitStatus, WNOHANG) == pid { exited = true; continue }
            usleep(2000)
        }
        close(pipe[0])
        return String(decoding: output, as: UTF8.self)
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The screen as text (`escapes`: with colour and attribute escapes).
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// Waits (up to `seconds`) until the screen satisfies `condition` and returns that screen; throws
    /// `Timeout`, with the last screen, when it never does, so that the test fails there.
    ///
    /// The screen returned is a settled one: it satisfied `condition` and was the same when captured
    /// again a moment later. A capture can fall in the middle of a redraw (the header of the new screen
    /// drawn, its body not yet), and a test reading such a screen fails now and then for nothing.
    @discardableResult
    func waitFor(_ seconds: Double = 5, escapes: Bool = false, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen(escapes: escapes)
            if condition(last) {
                Thread.sleep(forTimeInterval: 0.04)
                let again = try screen(escapes: escapes)
                if again == last { return last }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        last = try screen(escapes: escapes)
        if condition(last) { return last }
        throw Timeout(seconds: seconds, screen: last, sourceLocation: sourceLocation)
    }

    /// The screen a `waitFor` gave up on.
    struct Timeout: Error, CustomStringConvertible {
        var seconds: Double
        var screen: String
        var sourceLocation: SourceLocation
        var description: String {
            "the screen did not show what was waited for within \(seconds) s (\(sourceLocation.fileName):\(sourceLocation.line)); it showed:\n\(screen)"
        }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The exit status of the command once it has ended, or nil while it runs.
    func exitStatus() throws -> Int? {
        let screen = try screen()
        guard let range = screen.range(of: "[exited ", options: .backwards) else { return nil }
        let digits = screen[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}
