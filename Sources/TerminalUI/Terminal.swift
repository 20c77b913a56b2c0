import Foundation

/// What the app needs of a terminal: its size, a way to show a frame, and the next event.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Whether colours may be used (false with `NO_COLOR` or on a terminal without them).
    var colorMode: ColorMode { get }
    func draw(_ frame: Frame)
    /// The next event, waiting at most `timeout` milliseconds (nil: no event in time).
    func nextEvent(timeout: Int) -> Event?
    /// Puts text on the terminal's clipboard (OSC 52) where the terminal is known to take it; false
    /// when it is not.
    func copyToClipboard(_ text: String) -> Bool
    /// Hands the screen to another program for the time of `body` (a text browser), then takes it back.
    func suspend(_ body: () -> Void)
}

extension Terminal {
    public func copyToClipboard(_ text: String) -> Bool { false }
    public func suspend(_ body: () -> Void) { body() }
}

/// How much colour a terminal shows.
public enum ColorMode: Sendable {
    /// Attributes only (bold, underline, reverse): `NO_COLOR`, or a terminal without colours.
    case none
    case basic
    case palette256

    /// Whether the user asked for no colour: `NO_COLOR` set and not empty (no-color.org).
    public static var isColorRefused: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }
}

/// A terminal in memory, for tests: events are queued by the test, frames are kept.
public final class InMemoryTerminal: Terminal {
    public private(set) var width: Int
    public private(set) var height: Int
    public let colorMode: ColorMode
    public private(set) var frames: [Frame] = []
    private var events: [Event]

    public init(width: Int, height: Int, colorMode: ColorMode = .palette256, events: [Event] = []) {
        self.width = width
        self.height = height
        self.colorMode = colorMode
        self.events = events
    }

    public var lastFrame: Frame? { frames.last }

    /// What was put on the clipboard, when `takesClipboard`.
    public var takesClipboard = false
    public private(set) var clipboard: String?

    public func copyToClipboard(_ text: String) -> Bool {
        guard takesClipboard else { return false }
        clipboard = text
        return true
    }

    public func send(_ event: Event) {
        events.append(event)
    }

    public func draw(_ frame: Frame) {
        frames.append(frame)
    }

    public func nextEvent(timeout: Int) -> Event? {
        guard !events.isEmpty else { return nil }
        let event = events.removeFirst()
        if case .resize(let w, let h) = event {
            width = w
            height = h
        }
        return event
    }
}
