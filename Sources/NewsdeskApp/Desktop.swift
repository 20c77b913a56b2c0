import Foundation
import NewsKit
import TerminalUI

/// What the reader asks of the world outside the terminal: opening an address with the user's browser
/// (`$BROWSER`), and keeping copied text in a file when the terminal cannot take it.
public struct Desktop: Sendable {
    /// `BROWSER`, the place for copied text.
    public var browser: String?
    public var clipboardFile: String
    /// Where evidence packs are written (`$XDG_DATA_HOME/newsdesk/evidence`).
    public var evidenceFolder: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        browser = environment["BROWSER"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        clipboardFile = UserFolder.cache.path("copied.txt", environment: environment)
        evidenceFolder = UserFolder.data.path("evidence", environment: environment)
    }

    /// The shell command that opens `address`: `$BROWSER`'s first entry (entries are separated by
    /// colons), with `%s` replaced by the address, else the address added at the end.
    public func command(opening address: String) -> String? {
        guard let browser, let first = browser.split(separator: ":").first.map(String.init) else { return nil }
        let quoted = "'" + address.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return first.contains("%s") ? first.replacingOccurrences(of: "%s", with: quoted) : first + " " + quoted
    }

    /// Opens `address` with the browser, the terminal handed over meanwhile; what to say about it.
    public func open(_ address: String, terminal: Terminal) -> String {
        guard let command = command(opening: address) else { return "BROWSER is not set: the article is at \(address)" }
        var status: Int32 = -1
        terminal.suspend {
            var pid: pid_t = 0
            let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
            defer { argv.forEach { free($0) } }
            if posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 {
                var result: Int32 = 0
                while waitpid(pid, &result, 0) == -1 && errno == EINTR {}
                status = result
            }
        }
        return status == 0 ? "opened \(address) with \(browser ?? "")" : "\(browser ?? "BROWSER") could not open \(address)"
    }

    /// Copies text: to the terminal's clipboard where it takes it, and always to the file; what to say.
    public func copy(_ text: String, terminal: Terminal) -> String {
        let sent = terminal.copyToClipboard(text)
        do {
            try FileManager.default.createDirectory(atPath: (clipboardFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: clipboardFile))
            let shown = UserFolder.displayPath(clipboardFile)
            return sent ? "copied to the clipboard (OSC 52) and to \(shown)" : "copied to \(shown) (this terminal takes no OSC 52)"
        } catch {
            let shown = UserFolder.displayPath(clipboardFile)
            return sent ? "copied to the clipboard (OSC 52); \(shown) could not be written" : "could not copy: \(shown) could not be written"
        }
    }
}
