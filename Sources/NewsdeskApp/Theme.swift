import NewsKit
import TerminalUI

/// The reader's looks. With colour, quotes take a stable colour per speaker and names a colour per
/// type; without (`NO_COLOR`), attributes alone tell them apart.
public struct Theme: Sendable {
    public let colorMode: ColorMode

    public init(colorMode: ColorMode) {
        self.colorMode = colorMode
    }

    private var colored: Bool { colorMode != .none }

    public var header: Style { Style(bold: true, reverse: true) }
    public var status: Style { Style(reverse: true) }
    public var selection: Style { Style(reverse: true) }
    public var dim: Style { Style(dim: true) }
    public var title: Style { Style(bold: true) }
    public var caption: Style { colored ? Style(foreground: .init(245), italic: true) : Style(dim: true, italic: true) }
    public var subheading: Style { Style(bold: true, underline: true) }
    public var warning: Style { colored ? Style(foreground: .red, bold: true) : Style(bold: true) }

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
