/// Which outlets are shown: the one rule for the reader's Sources screen and the commands' `--source`.
/// Outlets are compared ignoring case (`Reuters` and `REUTERS` are one outlet); an article that names
/// no outlet counts as `OutletFilter.unknownOutlet`.
public struct OutletFilter: Hashable, Sendable {
    /// The outlet name shown for articles that name none.
    public static let unknownOutlet = "(unknown outlet)"

    /// Folded names of the outlets switched off.
    private var hidden: Set<String> = []
    /// When set, only these outlets (folded) are shown.
    private var only: Set<String>?

    /// Every outlet shown.
    public init() {}

    /// Only the outlets named.
    public static func only(_ names: some Sequence<String>) -> OutletFilter {
        var filter = OutletFilter()
        filter.only = Set(names.map(key))
        return filter
    }

    /// The outlet an article is listed under.
    public static func outlet(of article: Article) -> String { article.source ?? unknownOutlet }

    private static func key(_ name: String) -> String { name.lowercased() }

    public func shows(outlet name: String) -> Bool {
        if showsAll { return true } // without folding the name: asked for every article of a search
        let key = Self.key(name)
        return only?.contains(key) ?? !hidden.contains(key)
    }

    public func shows(_ article: Article) -> Bool { shows(outlet: Self.outlet(of: article)) }

    /// True when every outlet is shown.
    public var showsAll: Bool { hidden.isEmpty && only == nil }

    /// How many outlets are switched off (for "2 outlets off").
    public var hiddenCount: Int { hidden.count }

    /// Switches one outlet off, or back on.
    public mutating func toggle(outlet name: String) {
        let key = Self.key(name)
        if hidden.remove(key) == nil { hidden.insert(key) }
    }

    /// Only this outlet of `all`: every other one switched off.
    public mutating func showOnly(outlet name: String, among all: [String]) {
        only = nil
        hidden = Set(all.map(Self.key)).subtracting([Self.key(name)])
    }

    /// Every outlet on again.
    public mutating func showAll() {
        only = nil
        hidden = []
    }
}
