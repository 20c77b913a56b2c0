import Foundation
import Testing
@testable import NewsKit

/// An answer worked out once and kept: at once, in the background, for the key asked last only.
@Suite struct KeptAnswerTests {
    static let queue = DispatchQueue(label: "newsdesk.kept-answer-tests")

    /// Waits (at most two seconds) until `done` holds.
    static func wait(until done: () -> Bool) {
        let deadline = ContinuousClock.now + .seconds(2)
        while !done(), ContinuousClock.now < deadline { usleep(5_000) }
    }

    @Test func anAnswerIsMadeOnceAndKept() {
        let answer = KeptAnswer<WholeCorpus, Int>(queue: Self.queue)
        var made = 0
        #expect(answer.ready == nil)
        #expect(answer.value { made += 1; return 7 } == 7)
        #expect(answer.value { made += 1; return 8 } == 7)
        #expect(made == 1 && answer.ready == 7)
    }

    @Test func aBuildInTheBackgroundIsKeptAndNotStartedTwice() {
        let answer = KeptAnswer<WholeCorpus, Int>(queue: Self.queue)
        answer.buildInBackground { _ in 3 }
        answer.buildInBackground { _ in 4 }
        Self.wait { answer.ready != nil }
        #expect(answer.ready == 3 && !answer.isBuilding)
    }

    @Test func onlyTheKeyAskedLastIsKept() {
        let answer = KeptAnswer<String, String>(queue: Self.queue)
        let held = DispatchSemaphore(value: 0)
        Self.queue.async { held.wait() }
        answer.buildInBackground(for: "a") { _ in "for a" }
        // Asked for another key before the first build began: that one is skipped.
        #expect(answer.value(for: "b") { "for b" } == "for b")
        #expect(!answer.isBuilding)
        held.signal()
        Self.queue.sync {}
        #expect(answer.ready(for: "a") == nil && answer.ready(for: "b") == "for b")
    }

    @Test func aBuildStopsWhenTheAnswerIsDropped() {
        let stopped = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        var answer: KeptAnswer<WholeCorpus, Int>? = KeptAnswer(queue: Self.queue)
        answer?.buildInBackground { isCancelled in
            started.signal()
            while !isCancelled() { usleep(1_000) }
            stopped.signal()
            return nil
        }
        started.wait()
        answer = nil
        #expect(stopped.wait(timeout: .now() + 2) == .success)
    }
}
