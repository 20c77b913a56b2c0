/// A key the user pressed, as the app sees it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
}

/// Something the terminal reports.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// The window changed to this many columns and rows.
    case resize(width: Int, height: Int)
    case mouse(Mouse)
    /// Nothing happened for a while; background work may want to redraw.
    case tick
    /// The terminal went away (its window closed, the connection dropped): time to quit.
    case hangup

    public struct Mouse: Hashable, Sendable {
        public enum Action: Hashable, Sendable { case click, wheelUp, wheelDown }
        public var action: Action
        public var x: Int
        public var y: Int
        public init(action: Action, x: Int, y: Int) {
            self.action = action
            self.x = x
            self.y = y
        }
    }
}
