import TerminalUI

/// The filter of a list screen (People, Sources, Articles): `/` or `f` starts it, typed characters
/// narrow the list, Enter keeps it (the list's keys work again), Esc drops it. A kept filter is
/// dropped by the next Esc, before Esc goes back.
struct ListFilter: Sendable {
    var text = ""
    var editing = false

    /// Whether the filter has a say: being typed, or kept.
    var isActive: Bool { editing || !text.isEmpty }

    /// Takes the commands that are the filter's; `consumed` false leaves the command to the list,
    /// `changed` says the filter's text changed (the list starts at its top again).
    mutating func handle(_ command: Command, starts: Set<Command> = [.filter]) -> (consumed: Bool, changed: Bool) {
        if editing {
            switch command {
            case .type(let c):
                text.append(c)
                return (true, true)
            case .deleteBackward:
                if text.isEmpty { editing = false } else { text.removeLast() }
                return (true, true)
            case .open:
                editing = false
                return (true, false)
            case .back:
                editing = false
                text = ""
                return (true, true)
            default:
                return (false, false)
            }
        }
        if starts.contains(command) {
            editing = true
            return (true, false)
        }
        if command == .back, !text.isEmpty {
            text = ""
            return (true, true)
        }
        return (false, false)
    }

    /// Takes the command if it is the filter's, as above, and brings `list` back to its top when the
    /// text changed: true when the list's screen has nothing more to do with the command.
    mutating func handle(_ command: Command, starts: Set<Command> = [.filter], list: inout ListState) -> Bool {
        let (consumed, changed) = handle(command, starts: starts)
        if changed { list = ListState() }
        return consumed
    }

    /// Whether the screen wants Esc (and typing) before the app.
    func claims(_ command: Command) -> Bool {
        editing || (command == .back && !text.isEmpty)
    }

    /// The filter as the status line shows it, nil when there is none.
    var status: String? {
        if editing { return "filter: \(text)▏ · Enter keep · Esc clear" }
        return text.isEmpty ? nil : "filter “\(text)” · Esc clears"
    }

    /// Whether `candidate` has the filter's text, ignoring case.
    func admits(_ candidate: String) -> Bool {
        text.isEmpty || candidate.localizedLowercase.contains(text.localizedLowercase)
    }
}
