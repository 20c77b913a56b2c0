import Foundation
import NewsKit
import TerminalUI

/// The reader's settings, read from `$XDG_CONFIG_HOME/newsdesk/config` (else `~/.config/newsdesk/config`),
/// one per line in the spirit of newsboat's config; `#` starts a comment:
///
///     bind KEY COMMAND                  # KEY does COMMAND (and nothing else); unbind KEY
///     color ELEMENT FG BG [ATTR...]     # FG, BG: default, black, red, … white, color0–color255
///     text-width N                      # the reader's widest line of text (0: the window's width)
///
/// A line that cannot be read is reported with its number and left out: the rest still apply.
public struct Settings: Sendable {
    public var keyMap = KeyMap.standard
    public var colors: [Theme.Element: Style] = [:]
    /// The widest the Reader lays out text, in columns; 0 for the window's width.
    public var textWidth = 100

    public init() {}

    /// A line of the settings that was left out, and why.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var line: Int
        public var reason: String
        public var description: String { "\(UserFolder.displayPath(path)):\(line): \(reason); the line was left out" }
    }

    /// The default place of the settings file.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserFolder.config.path("config", environment: environment)
    }

    /// The settings in the file at `path`: the defaults when there is none.
    public static func load(from path: String) -> (settings: Settings, problems: [Problem]) {
        guard FileManager.default.fileExists(atPath: path) else { return (Settings(), []) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (Settings(), [Problem(path: path, line: 0, reason: "cannot be read as UTF-8 text")])
        }
        return parse(text, path: path)
    }

    /// The settings a text gives, and the lines left out.
    public static func parse(_ text: String, path: String = "config") -> (settings: Settings, problems: [Problem]) {
        var settings = Settings()
        var problems: [Problem] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            do {
                try settings.apply(words)
            } catch let reason as Reason {
                problems.append(Problem(path: path, line: n + 1, reason: reason.text))
            } catch {}
        }
        return (settings, problems)
    }

    private struct Reason: Error { var text: String }

    private mutating func apply(_ words: [String]) throws {
        switch words[0] {
        case "bind", "bind-key":
            guard words.count == 3 else { throw Reason(text: "bind takes a key and a command: bind j down") }
            let key = try Self.key(words[1])
            guard let command = Command(name: words[2]) else {
                throw Reason(text: "unknown command “\(words[2])” (one of: \(Command.named.map(\.name).joined(separator: ", ")))")
            }
            keyMap.bind(key, to: command)
        case "unbind", "unbind-key":
            guard words.count == 2 else { throw Reason(text: "unbind takes a key: unbind q") }
            keyMap.unbind(try Self.key(words[1]))
        case "color":
            guard words.count >= 4 else { throw Reason(text: "color takes an element, a foreground and a background: color header white blue bold") }
            guard let element = Theme.Element(rawValue: words[1]) else {
                throw Reason(text: "unknown element “\(words[1])” (one of: \(Theme.Element.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var style = Style(foreground: try Self.color(words[2]), background: try Self.color(words[3]))
            for attribute in words.dropFirst(4) {
                switch attribute {
                case "bold": style.bold = true
                case "dim": style.dim = true
                case "italic": style.italic = true
                case "underline": style.underline = true
                case "reverse", "standout": style.reverse = true
                default: throw Reason(text: "unknown attribute “\(attribute)” (bold, dim, italic, underline, reverse)")
                }
            }
            colors[element] = style
        case "text-width":
            guard words.count == 2, let width = Int(words[1]), width >= 0 else {
                throw Reason(text: "text-width takes a number of columns (0 for the window's width): text-width 100")
            }
            textWidth = width == 0 ? 0 : max(20, width)
        default:
            throw Reason(text: "unknown setting “\(words[0])” (bind, unbind, color, text-width)")
        }
    }

    private static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default` (nil), a colour name, or `colorN`.
    static func color(_ word: String) throws -> Style.Color? {
        if word == "default" { return nil }
        if let n = colorNames.firstIndex(of: word) { return Style.Color(UInt8(n)) }
        if word.hasPrefix("color"), let n = UInt8(word.dropFirst(5)) { return Style.Color(n) }
        throw Reason(text: "unknown colour “\(word)” (default, \(colorNames.joined(separator: ", ")), color0 to color255)")
    }

    /// A key as the settings name it: `j`, `^D`, `ENTER`, `ESC`, `TAB`, `BACKTAB`, `SPACE`, `UP`, `DOWN`,
    /// `LEFT`, `RIGHT`, `PPAGE`, `NPAGE`, `HOME`, `END`, `BACKSPACE`, `F1`…
    static func key(_ word: String) throws -> Key {
        let named: [String: Key] = [
            "ENTER": .enter, "ESC": .escape, "TAB": .tab, "BACKTAB": .backTab, "SPACE": .character(" "),
            "UP": .up, "DOWN": .down, "LEFT": .left, "RIGHT": .right, "PPAGE": .pageUp, "NPAGE": .pageDown,
            "PGUP": .pageUp, "PGDN": .pageDown, "HOME": .home, "END": .end, "BACKSPACE": .backspace, "DEL": .delete,
        ]
        if let key = named[word.uppercased()], word.count > 1 { return key }
        if word.count == 1 { return .character(word.first!) }
        if word.count == 2, word.first == "^", let c = word.last, c.isLetter { return .control(Character(c.lowercased())) }
        if word.uppercased().hasPrefix("F"), let n = Int(word.dropFirst()), (1...12).contains(n) { return .function(n) }
        throw Reason(text: "unknown key “\(word)” (a character, ^D, ENTER, ESC, TAB, SPACE, UP, NPAGE, F1 …)")
    }
}
