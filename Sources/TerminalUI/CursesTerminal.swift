import CNcursesw
import Glibc

/// The one place that talks to ncurses: shows frames and turns input into events. Create it, use it
/// and close it on one thread.
///
/// Start-up follows the checked recipe (ENGINEERING.md): a UTF-8 locale before ncurses, `newterm` so an
/// unknown `TERM` is an error rather than an exit, cbreak/noecho/keypad, no cursor, a short escape
/// delay, the mouse, colours with the terminal's default background. A crash signal restores the
/// terminal before the process dies.
public final class CursesTerminal: Terminal {
    public enum Failure: Error, CustomStringConvertible {
        /// `TERM` is unset or empty.
        case noTerminalType
        /// No terminfo entry for this `TERM`.
        case unknownTerminal(String)
        /// A terminal type that cannot move the cursor (`dumb`, a printing terminal).
        case cannotAddressCursor(String)
        public var description: String {
            switch self {
            case .noTerminalType:
                return "TERM is not set, so the reader cannot tell what the terminal can do; try TERM=xterm-256color (or your terminal's own type)"
            case .unknownTerminal(let name):
                return "the terminal type '\(name)' is not known here (no terminfo entry); try TERM=xterm-256color"
            case .cannotAddressCursor(let name):
                return "the terminal type '\(name)' cannot move the cursor, which the reader needs; try TERM=xterm-256color"
            }
        }
    }

    public let colorMode: ColorMode
    private var pairs: [Int: Int16] = [:]
    private var closed = false
    /// Set by a resize: the terminal may have cleared or reflowed what was on it, so the next frame is
    /// drawn in full rather than as a difference.
    private var repaintAll = false

    public var width: Int { Int(getmaxx(newsdesk_stdscr())) }
    public var height: Int { Int(getmaxy(newsdesk_stdscr())) }

    /// - Parameter useColor: false for `NO_COLOR`: attributes only.
    public init(useColor: Bool) throws {
        setlocale(LC_ALL, "")
        if newsdesk_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        // A parent may have blocked or ignored SIGWINCH (and children inherit both): ncurses needs it
        // to learn of a resize.
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        sigprocmask(SIG_UNBLOCK, &winch, nil)
        signal(SIGWINCH, SIG_DFL)
        guard let name = getenv("TERM").map({ String(cString: $0) }), !name.isEmpty else { throw Failure.noTerminalType }
        // Before newterm: ncurses then leaves SIGINT and SIGTERM to the guard.
        CrashGuard.install()
        guard newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) != nil else { throw Failure.unknownTerminal(name) }
        guard newsdesk_can_address_cursor() != 0 else {
            endwin()
            throw Failure.cannotAddressCursor(name)
        }
        cbreak()
        noecho()
        nonl()
        keypad(newsdesk_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mousemask(newsdesk_all_mouse_events(), nil)
        mouseinterval(0)
        if useColor, has_colors() {
            start_color()
            use_default_colors()
            colorMode = newsdesk_colors() >= 256 ? .palette256 : .basic
        } else {
            colorMode = .none
        }
    }

    deinit { close() }

    /// Terminals known to take OSC 52 (set the clipboard): xterm and its kin, tmux and screen pass it on.
    static func takesClipboard(term: String) -> Bool {
        ["xterm", "tmux", "screen", "alacritty", "foot", "kitty", "wezterm", "rxvt", "st-"].contains { term.hasPrefix($0) }
    }

    public func copyToClipboard(_ text: String) -> Bool {
        guard let term = getenv("TERM").map({ String(cString: $0) }), Self.takesClipboard(term: term) else { return false }
        let sequence = "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{7}"
        // ncurses has flushed its frame: the sequence goes straight after it.
        let bytes = Array(sequence.utf8)
        return bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) } == bytes.count
    }

    public func suspend(_ body: () -> Void) {
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        repaintAll = true
        refresh()
    }

    private func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = (UInt32(bytes[i]) << 16) | (i + 1 < bytes.count ? UInt32(bytes[i + 1]) << 8 : 0) | (i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0)
            out.append(table[Int(n >> 18 & 63)])
            out.append(table[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? table[Int(n >> 6 & 63)] : "=")
            out.append(i + 2 < bytes.count ? table[Int(n & 63)] : "=")
            i += 3
        }
        return out
    }

    /// Restores the terminal; safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
    }

    public func draw(_ frame: Frame) {
        let screen = newsdesk_stdscr()
        if repaintAll {
            repaintAll = false
            werase(screen)
            clearok(screen, true)
        }
        for y in 0..<min(frame.height, height) {
            for x in 0..<min(frame.width, width) {
                let cell = frame[x, y]
                guard !cell.isContinuation else { continue }
                var wide = Array(cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }) + [0]
                var character = cchar_t()
                let (attributes, pair) = look(of: cell.style)
                setcchar(&character, &wide, attributes, pair, nil)
                mvwadd_wch(screen, Int32(y), Int32(x), &character)
            }
        }
        wnoutrefresh(screen)
        doupdate()
    }

    public func nextEvent(timeout milliseconds: Int) -> Event? {
        let screen = newsdesk_stdscr()
        wtimeout(screen, Int32(milliseconds))
        var input: wint_t = 0
        let status = wget_wch(screen, &input)
        if status == ERR { return inputClosed() ? .hangup : nil }
        if status == newsdesk_key_code_yes() { return keyEvent(Int32(input)) }
        return .key(Self.key(forCharacter: UInt32(input)))
    }

    /// Whether standard input has hung up or failed, so that no key can come any more.
    private func inputClosed() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// A typed character as a key: Enter, Escape, Backspace, Tab and Ctrl-letters by name.
    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        default: return Unicode.Scalar(value).map { .character(Character($0)) } ?? .escape
        }
    }

    private func keyEvent(_ code: Int32) -> Event? {
        switch code {
        case Int32(KEY_UP): return .key(.up)
        case Int32(KEY_DOWN): return .key(.down)
        case Int32(KEY_LEFT): return .key(.left)
        case Int32(KEY_RIGHT): return .key(.right)
        case Int32(KEY_NPAGE): return .key(.pageDown)
        case Int32(KEY_PPAGE): return .key(.pageUp)
        case Int32(KEY_HOME): return .key(.home)
        case Int32(KEY_END): return .key(.end)
        case Int32(KEY_ENTER): return .key(.enter)
        case Int32(KEY_BACKSPACE): return .key(.backspace)
        case Int32(KEY_BTAB): return .key(.backTab)
        case Int32(KEY_DC): return .key(.delete)
        case newsdesk_key_resize():
            repaintAll = true
            return .resize(width: width, height: height)
        case newsdesk_key_mouse(): return mouseEvent()
        case Int32(KEY_F0 + 1)...Int32(KEY_F0 + 12): return .key(.function(Int(code - Int32(KEY_F0))))
        default: return nil
        }
    }

    private func mouseEvent() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & newsdesk_wheel_up() != 0 { return .mouse(.init(action: .wheelUp, x: x, y: y)) }
        if event.bstate & newsdesk_wheel_down() != 0 { return .mouse(.init(action: .wheelDown, x: x, y: y)) }
        if event.bstate & (newsdesk_button1_clicked() | newsdesk_button1_pressed()) != 0 {
            return .mouse(.init(action: .click, x: x, y: y))
        }
        return nil
    }

    /// The ncurses attributes and colour pair of a style.
    private func look(of style: Style) -> (attr_t, Int16) {
        var attributes = newsdesk_a_normal()
        if style.bold { attributes |= newsdesk_a_bold() }
        if style.dim { attributes |= newsdesk_a_dim() }
        if style.italic { attributes |= newsdesk_a_italic() }
        if style.underline { attributes |= newsdesk_a_underline() }
        if style.reverse { attributes |= newsdesk_a_reverse() }
        guard colorMode != .none, style.foreground != nil || style.background != nil else { return (attributes, 0) }
        func index(_ color: Style.Color?) -> Int16 {
            guard let color else { return -1 }
            return Int16(colorMode == .palette256 ? color.index : color.basic.index)
        }
        let fg = index(style.foreground), bg = index(style.background)
        let key = Int(fg + 1) << 16 | Int(bg + 1)
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < newsdesk_color_pairs() else { return (attributes, 0) }
        init_pair(next, fg, bg)
        pairs[key] = next
        return (attributes, next)
    }
}

/// Restores the terminal when a signal ends the process (a crash: a Swift trap, a bad access; Ctrl-C,
/// Ctrl-\, SIGTERM, a hang-up), then lets the signal end it, so that the parent sees how it ended (in a
/// shell, exit status 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
/// Installed before ncurses starts, which then leaves SIGINT and SIGTERM alone: it takes only signals
/// at their default action, and its own handler exits with status 1. A signal the parent ignores (a
/// background job's SIGINT, SIGHUP under nohup) stays ignored.
enum CrashGuard {
    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            sigaction(signal, nil, &action)
            if unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            action.__sigaction_handler.sa_handler = crashHandler
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}

private func crashHandler(_ signal: Int32) {
    // The signal ends the process once the handler returns; errno is kept all the same, as a handler must.
    let saved = errno
    endwin()
    raise(signal)
    errno = saved
}
