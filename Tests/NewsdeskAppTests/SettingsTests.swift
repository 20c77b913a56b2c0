import Foundation
import Testing
import TerminalUI
@testable import NewsdeskApp

/// The settings file: bindings, colours, text width; a bad line named and left out.
@Suite struct SettingsTests {
    @Test func bindingsColoursAndWidthApply() {
        let (settings, problems) = Settings.parse("""
            # comment
            bind x people
            bind ^N next-unread   # trailing comment
            unbind q
            color header white blue bold
            color match default color214 underline
            text-width 72
            """)
        #expect(problems.isEmpty)
        #expect(settings.keyMap.command(for: .character("x")) == .people)
        #expect(settings.keyMap.command(for: .control("n")) == .nextUnread)
        #expect(settings.keyMap.command(for: .character("q")) == nil)
        #expect(settings.colors[.header] == Style(foreground: .white, background: .blue, bold: true))
        #expect(settings.colors[.match] == Style(foreground: nil, background: Style.Color(214), underline: true))
        #expect(settings.textWidth == 72)
        let theme = Theme(colorMode: .palette256, overrides: settings.colors)
        #expect(theme.header.background == .blue)
        #expect(Theme(colorMode: .none, overrides: settings.colors).header.background == nil) // NO_COLOR: attributes only
    }

    @Test func aBadLineIsNamedAndTheRestApplies() {
        let (settings, problems) = Settings.parse("bind j nowhere\ncolor header plaid blue\nfrobnicate\ntext-width wide\nbind k down", path: "/c/config")
        #expect(problems.map(\.line) == [1, 2, 3, 4])
        #expect(problems[0].description.hasPrefix("/c/config:1: unknown command “nowhere”"))
        #expect(settings.keyMap.command(for: .character("j")) == .down) // the default kept
        #expect(settings.textWidth == 100)
    }

    @Test func aKeyDoesWhatItsScreenMeans() {
        let keys = KeyMap.standard
        #expect(keys.command(for: .character("o"), answering: ArticlesScreen().keyHelp.map(\.command)) == .sort)
        #expect(keys.command(for: .character("o"), answering: SourcesScreen().keyHelp.map(\.command)) == .onlyThis)
        #expect(keys.command(for: .character("j"), answering: []) == .down)
    }

    @Test func theBrowserCommandQuotesTheAddress() {
        let desktop = Desktop(environment: ["BROWSER": "lynx:firefox", "XDG_CACHE_HOME": "/tmp/x"])
        #expect(desktop.command(opening: "https://a.example/it's") == "lynx 'https://a.example/it'\\''s'")
        #expect(Desktop(environment: ["BROWSER": "open %s --new"]).command(opening: "u") == "open 'u' --new")
        #expect(Desktop(environment: [:]).command(opening: "u") == nil)
        #expect(desktop.clipboardFile == "/tmp/x/newsdesk/copied.txt")
    }

    @Test func aFilterStartsTypesKeepsAndDrops() {
        var filter = ListFilter()
        #expect(filter.handle(.down) == (false, false))
        #expect(filter.handle(.filter) == (true, false))
        _ = filter.handle(.type("a"))
        #expect(filter.status == "filter: a▏ · Enter keep · Esc clear")
        _ = filter.handle(.open)
        #expect(!filter.editing && filter.text == "a")
        #expect(filter.handle(.down) == (false, false)) // keys move the list again
        #expect(filter.handle(.back) == (true, true))
        #expect(!filter.isActive)
    }

    /// The README's Settings section and the man page (generated from `newsdesk help read` by
    /// Scripts/man.sh) name every command a key can be bound to and every element a colour can be set for.
    @Test func everyCommandAndElementIsDocumented() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let settings = try #require(readme.components(separatedBy: "### Settings").dropFirst().first?.components(separatedBy: "\n### ").first)
        let manual = try String(contentsOf: repository.appendingPathComponent("docs/newsdesk.1"), encoding: .utf8)
        #expect(manual.contains("newsdesk/config") && manual.contains("bind KEY COMMAND"))
        for name in Command.named.map(\.name) + Theme.Element.allCases.map(\.rawValue) {
            // The name as a word of its own (`down`, not the end of `page-down`).
            let word = "(^|[\\s`,(])\(name)([\\s`,.;:)]|$)"
            #expect(settings.range(of: word, options: .regularExpression) != nil, "README, Settings: \(name)")
            #expect(manual.range(of: word, options: .regularExpression) != nil, "docs/newsdesk.1: \(name)")
        }
    }
}
