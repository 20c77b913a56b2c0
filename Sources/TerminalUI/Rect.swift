/// A rectangle of the window, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The rectangle without its first `rows` rows.
    public func droppingTop(_ rows: Int) -> Rect {
        let dropped = min(max(0, rows), height)
        return Rect(x: x, y: y + dropped, width: width, height: height - dropped)
    }
}
