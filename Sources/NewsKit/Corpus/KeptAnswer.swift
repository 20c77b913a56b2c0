import Foundation

/// An answer worked out from a corpus and kept, for one key at a time (the coverage of an outlet
/// filter; `WholeCorpus` for the stories and the statement groups): at once for a caller who needs it,
/// or in the background for the reader, whose frames never wait for it. Shared by the copies of a
/// `CorpusQuery`, which all have the same corpus.
///
/// The key asked last is the one wanted. A build in the background is skipped, or stops the next time
/// it asks whether it is cancelled, and keeps nothing, once its answer is no longer wanted: another key
/// was asked for since, or nobody holds this answer any more (a fuller corpus, or corrections, replaced
/// it). A caller who needs the answer now waits for a build of it under way rather than making it twice.
final class KeptAnswer<Key: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    /// Where builds in the background run, one at a time (the queue is shared by every corpus's
    /// answer of a kind), and how long each waits before it starts.
    private let queue: DispatchQueue
    private let settle: DispatchTimeInterval?

    /// Guards `kept` and `wanted`.
    private let lock = NSLock()
    /// Held while an answer is built, so that a caller who needs it waits for a build under way.
    private let building = NSLock()
    private var kept: (key: Key, value: Value)?
    /// The key being built in the background (or waiting its turn), if any.
    private var wanted: Key?

    /// `settle`: a build in the background starts that much later, so that the corpora a load hands
    /// the reader every moment, each replaced by a fuller one meanwhile, are never built.
    init(queue: DispatchQueue, settle: DispatchTimeInterval? = nil) {
        self.queue = queue
        self.settle = settle
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// The answer for `key` if it is there, never building it.
    func ready(for key: Key) -> Value? {
        locked { kept?.key == key ? kept?.value : nil }
    }

    /// Whether a build is under way (or waits its turn) in the background.
    var isBuilding: Bool { locked { wanted != nil } }

    /// The answer for `key`, made now by `make` (or taken from a build of it under way) if it is not
    /// there; it replaces the answer kept for another key.
    func value(for key: Key, make: () -> Value) -> Value {
        if let ready = ready(for: key) { return ready }
        // A build in the background for another key is no longer wanted: it stops rather than make
        // this caller wait for it.
        locked { if wanted != nil, wanted != key { wanted = nil } }
        building.lock()
        defer { building.unlock() }
        if let ready = ready(for: key) { return ready }
        let made = make()
        locked {
            kept = (key, made)
            if wanted == key { wanted = nil }
        }
        return made
    }

    /// Starts building the answer for `key` in the background, unless it is there or being built:
    /// `make` is asked to stop (its argument returns true) when the answer is no longer wanted, and
    /// returns nil when it stopped.
    func buildInBackground(for key: Key, make: @escaping @Sendable (_ isCancelled: () -> Bool) -> Value?) {
        let start = locked { () -> Bool in
            guard kept?.key != key, wanted != key else { return false }
            wanted = key
            return true
        }
        guard start else { return }
        let building = building
        let work: @Sendable () -> Void = { [weak self] in
            building.lock()
            defer { building.unlock() }
            // Not held while building: dropping the answer cancels the build.
            let isWanted = { [weak self] () -> Bool in
                guard let self else { return false }
                return self.locked { self.wanted == key }
            }
            guard isWanted(), let made = make({ !isWanted() }), let self else { return }
            // Kept only if still wanted: another key may have been asked for since.
            self.locked {
                guard self.wanted == key else { return }
                self.kept = (key, made)
                self.wanted = nil
            }
        }
        if let settle {
            queue.asyncAfter(deadline: .now() + settle, execute: work)
        } else {
            queue.async(execute: work)
        }
    }
}

/// The key of an answer a corpus has one of (its stories, its statement groups).
struct WholeCorpus: Equatable, Sendable {}

extension KeptAnswer where Key == WholeCorpus {
    /// The answer if it is there, never building it.
    var ready: Value? { ready(for: WholeCorpus()) }

    /// The answer, made now by `make` (or taken from the build under way) if it is not there.
    func value(make: () -> Value) -> Value { value(for: WholeCorpus(), make: make) }

    /// Starts building the answer in the background, once (see `buildInBackground(for:make:)`).
    func buildInBackground(make: @escaping @Sendable (_ isCancelled: () -> Bool) -> Value?) {
        buildInBackground(for: WholeCorpus(), make: make)
    }
}
