/// A movement in a list, the same on every list: one item, a page, half a page, to an end, or to the
/// item under a click.
public enum ListMove: Hashable, Sendable {
    case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    /// A click on a row of the list's area (0 is its first row).
    case click(row: Int)
}

/// A vertical list in an area of the window: items of a fixed number of rows, scrolled and selected
/// through a `ListState`. It knows nothing of what the items are: `render` asks for each item shown.
public struct ListView: Sendable {
    public var area: Rect
    public var rowsPerItem: Int

    public init(area: Rect, rowsPerItem: Int = 1) {
        self.area = area
        self.rowsPerItem = max(1, rowsPerItem)
    }

    /// How many items fit (at least one).
    public var visibleItems: Int { max(1, area.height / rowsPerItem) }

    /// Applies a movement to a list of `count` items.
    public func apply(_ move: ListMove, to state: inout ListState, count: Int) {
        let page = visibleItems, half = max(1, visibleItems / 2)
        switch move {
        case .down: state.move(by: 1, count: count, visible: page)
        case .up: state.move(by: -1, count: count, visible: page)
        case .pageDown: state.move(by: page, count: count, visible: page)
        case .pageUp: state.move(by: -page, count: count, visible: page)
        case .halfPageDown: state.move(by: half, count: count, visible: page)
        case .halfPageUp: state.move(by: -half, count: count, visible: page)
        case .top: state.select(0, count: count, visible: page)
        case .bottom: state.select(count - 1, count: count, visible: page)
        case .click(let row):
            guard row >= 0, row < area.height else { return }
            let index = state.top + row / rowsPerItem
            if index < count { state.select(index, count: count, visible: page) }
        }
    }

    /// Applies a movement to a scrolling text of `count` rows with nothing selected: the first row
    /// shown moves (a click does nothing).
    public func scroll(_ move: ListMove, top: inout Int, count: Int) {
        let page = visibleItems, half = max(1, visibleItems / 2)
        switch move {
        case .down: top += 1
        case .up: top -= 1
        case .pageDown: top += page
        case .pageUp: top -= page
        case .halfPageDown: top += half
        case .halfPageUp: top -= half
        case .top: top = 0
        case .bottom: top = count
        case .click: return
        }
        top = min(max(0, top), max(0, count - page))
    }

    /// Draws the items shown: the selected one's first row filled with `selection` (when given), then
    /// `item(frame, index, rect, isSelected)` for each, with the rectangle of its rows.
    public func render(into frame: inout Frame, state: ListState, count: Int, selection: Style? = nil,
                       item: (inout Frame, Int, Rect, Bool) -> Void) {
        let shown = state.top..<min(count, state.top + visibleItems)
        for index in shown {
            let rect = Rect(x: area.x, y: area.y + (index - state.top) * rowsPerItem, width: area.width, height: rowsPerItem)
            let selected = index == state.selected
            if selected, let selection { frame.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: selection) }
            item(&frame, index, rect, selected)
        }
    }
}
