import Foundation
import NewsKit

/// What a background job (a load, a fetch) tells the reader: a state with, now and then, a fuller
/// library in it.
protocol HandoverState: Sendable {
    init()
    /// A library not yet handed over; nil when there is nothing new.
    var library: CorpusQuery? { get set }
}

/// The state a background job shares with the reader: the job changes it under a lock, the reader
/// takes it between frames, and each library in it is handed over once.
final class Handover<State: HandoverState>: @unchecked Sendable {
    private let lock = NSLock()
    private var state = State()

    /// Runs `change` on the state under the lock (with whatever else of the job it touches).
    @discardableResult
    func update<T>(_ change: (inout State) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return change(&state)
    }

    /// The state now; its library only if it is new since the last call.
    func take() -> State {
        update { state in
            let now = state
            state.library = nil
            return now
        }
    }
}
