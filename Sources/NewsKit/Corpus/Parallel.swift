import Dispatch

/// Maps a collection on every core, keeping the order: the result is the same whatever the order the
/// work ran in.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer {
        // The slots still hold every result (the array returned has its own copies).
        _ = results.deinitialize()
        results.deallocate()
    }
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        // Each index is written by one iteration only.
        slots[index] = transform(items[index])
    }
    return results.map { $0! }
}
