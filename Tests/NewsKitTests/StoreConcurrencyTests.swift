import Foundation
import Testing
@testable import NewsKit

/// Several processes starting at once on a cache that does not exist yet: one creates it, the others
/// wait for it and use it; nothing is set aside and no one goes without.
@Suite struct StoreConcurrencyTests {
    @Test(arguments: 0..<10)
    func eightFirstOpensAtOnceAllGetTheSameWorkingCache(round: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-race-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        let analyzed = Analyzed.text("\"The pier stays open,\" Anna Holt said.")
        let opens = 8
        let outcomes = Outcomes(count: opens)
        // Threads of their own (more than the cores), all let go at once.
        let start = DispatchSemaphore(value: 0), done = DispatchGroup()
        for n in 0..<opens {
            done.enter()
            Thread {
                start.wait()
                do {
                    let (store, notice) = try Store.open(at: path)
                    try store.save([("writer-\(n)|\(round)", analyzed)])
                    outcomes.set(n, notice.map { "notice: \($0)" } ?? "ok")
                } catch {
                    outcomes.set(n, "error: \(error)")
                }
                done.leave()
            }.start()
        }
        for _ in 0..<opens { start.signal() }
        done.wait()
        #expect(outcomes.all == Array(repeating: "ok", count: opens))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".unusable-") }, "\(names)")
        let (store, notice) = try Store.open(at: path)
        #expect(notice == nil)
        #expect(try store.count() == opens)
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String]
        init(count: Int) { values = Array(repeating: "", count: count) }
        func set(_ n: Int, _ value: String) { lock.withLock { values[n] = value } }
        var all: [String] { lock.withLock { values } }
    }
}
