import NewsKit
import TerminalUI

/// The reader's looks. With colour, quotes take a stable colour per speaker and names a colour per
/// type; without (`NO_COLOR`), attributes alone tell them apart.
public struct Theme: Sendable {
    public let colorMode: ColorMode
    /// Styles set in the settings (`color ELEMENT FG BG ATTR...`), in place of the defaults.
    public var overrides: [Element: Style] = [:]

    /// What the settings can colour.
    public enum Element: String, CaseIterable, Sendable {
        case header, status, selection, dim, title, caption, subheading, warning, match, unread
    }

    public init(colorMode: ColorMode, overrides: [Element: Style] = [:]) {
        self.colorMode = colorMode
        self.overrides = overrides
    }

    private var colored: Bool { colorMode != .none }

    /// A setting's style, its colours dropped when there is no colour (`NO_COLOR`).
    private func style(_ element: Element, _ standard: Style) -> Style {
        guard var style = overrides[element] else { return standard }
        if !colored { (style.foreground, style.background) = (nil, nil) }
        return style
    }

    public var header: Style { style(.header, Style(bold: true, reverse: true)) }
    public var status: Style { style(.status, Style(reverse: true)) }
    public var selection: Style { style(.selection, Style(reverse: true)) }
    public var dim: Style { style(.dim, Style(dim: true)) }
    public var title: Style { style(.title, Style(bold: true)) }
    public var caption: Style { style(.caption, colored ? Style(foreground: .init(245), italic: true) : Style(dim: true, italic: true)) }
    public var subheading: Style { style(.subheading, Style(bold: true, underline: true)) }
    public var warning: Style { style(.warning, colored ? Style(foreground: .red, bold: true) : Style(bold: true)) }
    /// Words a search found.
    public var match: Style { style(.match, colored ? Style(foreground: .black, background: .yellow, bold: true) : Style(bold: true, reverse: true)) }
    /// An unread article's headline and mark.
    public var unread: Style { style(.unread, Style(bold: true)) }

    /// Distinct, readable colours for speakers (256-colour indices; `Style.Color.basic` maps them down).
    private static let speakerColors: [UInt8] = [39, 208, 170, 76, 220, 45, 203, 141, 114, 214, 81, 177]

    /// The style of a quote by this speaker (nil: no speaker known), in the speaker's own colour.
    public func quote(speaker: PersonID?) -> Style {
        guard colored else { return Style(bold: speaker != nil, italic: true) }
        guard let speaker else { return Style(foreground: .init(250), italic: true) }
        return Style(foreground: .init(Self.speakerColors[Self.preferredColor(of: speaker)]))
    }

    /// The quote styles of the speakers of one article, in the order they first speak: each takes its
    /// own colour if no earlier speaker has it, else the next free one, so no two share a colour while
    /// the palette lasts; after that, colours are reused with an underline as a second mark.
    public func quoteStyles(speakers: [PersonID]) -> [PersonID: Style] {
        guard colored else { return Dictionary(speakers.map { ($0, quote(speaker: $0)) }, uniquingKeysWith: { a, _ in a }) }
        var taken = Set<Int>()
        var styles: [PersonID: Style] = [:]
        for speaker in speakers where styles[speaker] == nil {
            let preferred = Self.preferredColor(of: speaker)
            let free = (0..<Self.speakerColors.count).lazy.map { (preferred + $0) % Self.speakerColors.count }.first { !taken.contains($0) }
            let color = free ?? preferred
            taken.insert(color)
            styles[speaker] = Style(foreground: .init(Self.speakerColors[color]), underline: free == nil)
        }
        return styles
    }

    /// The palette index a person's quotes take when nothing else claims it: the same in every run.
    private static func preferredColor(of speaker: PersonID) -> Int {
        Int(StableHash(speaker.rawValue).value % UInt64(speakerColors.count))
    }

    public func mention(_ kind: Mention.Kind) -> Style {
        switch kind {
        case .person: return colored ? Style(bold: true, underline: true) : Style(bold: true, underline: true)
        case .organization: return colored ? Style(foreground: .init(109), underline: true) : Style(underline: true)
        case .place: return colored ? Style(foreground: .init(143), underline: true) : Style(underline: true)
        case .misc: return colored ? Style(foreground: .init(180)) : Style()
        }
    }
}
