/// The selection and scroll position of a list or a scrolling text.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` within `count` items and scrolls so it shows in `height` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected + delta), count - 1)
        reveal(height: height, count: count)
    }

    public mutating func select(_ index: Int, count: Int, height: Int) {
        move(by: index - selected, count: count, height: height)
    }

    /// Scrolls so the selection is inside the `height` rows shown.
    public mutating func reveal(height: Int, count: Int) {
        guard height > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
