/// The selection and scroll position of a list: which item is selected and which is the first shown.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` within `count` items and scrolls so it shows among `visible` items.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected + delta), count - 1)
        reveal(visible: visible, count: count)
    }

    public mutating func select(_ index: Int, count: Int, visible: Int) {
        move(by: index - selected, count: count, visible: visible)
    }

    /// Scrolls so the selection is among the `visible` items shown.
    public mutating func reveal(visible: Int, count: Int) {
        guard visible > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, min(top, max(0, count - visible)))
    }
}
