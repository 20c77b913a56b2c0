import Testing
@testable import NewsKit

/// The discourse's references in reading order: the same answers as a sorted array, and no insertion
/// that moves more than a chunk however long the block.
@Suite struct EventLogTests {
    typealias Event = Discourse.Event
    typealias Position = Discourse.Position

    /// A small deterministic generator, so that the test is the same every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11 &* 0x9E37_79B9_7F4A_7C15
        }
    }

    @Test func answersAsASortedArrayDoes() {
        var random = Generator(state: 42)
        var log = EventLog()
        var model: [Event] = []
        for order in 0..<3_000 {
            let event = Event(position: Position(block: Int.random(in: 0..<4, using: &random), token: Int.random(in: 0..<50, using: &random)),
                              person: Int.random(in: 0..<20, using: &random), isSubject: Bool.random(using: &random), order: order)
            log.insert(event)
            model.insert(event, at: model.partitioningIndex { $0 > event })
            if order % 7 == 0, let victim = model.randomElement(using: &random) {
                log.remove(victim)
                model.removeAll { $0.order == victim.order }
            }
            if order % 5 == 0 {
                let a = Position(block: Int.random(in: -1..<5, using: &random), token: Int.random(in: 0..<50, using: &random))
                let b = Position(block: Int.random(in: -1..<5, using: &random), token: Int.random(in: 0..<50, using: &random))
                let inRange = model.filter { $0.position >= a && $0.position < b }
                #expect(log.last(from: a, to: b)?.order == inRange.last?.order)
                #expect(log.first(from: a, to: b)?.order == inRange.first?.order)
                #expect(log.last(from: a, to: b, where: \.isSubject)?.order == inRange.last(where: \.isSubject)?.order)
                #expect(log.first(from: a, to: b, where: { $0.person == 3 })?.order == inRange.first(where: { $0.person == 3 })?.order)
            }
        }
        #expect(log.all.map(\.order) == model.map(\.order))
    }

    /// A long paragraph is noted in several passes, each in reading order: later passes insert in the
    /// middle, and each insertion moves at most one chunk.
    @Test func insertingInTheMiddleMovesOneChunk() {
        var log = EventLog()
        var order = 0
        for pass in 0..<4 {
            for token in stride(from: pass, to: 40_000, by: 4) {
                log.insert(Event(position: Position(block: 0, token: token), person: 0, isSubject: false, order: order))
                order += 1
            }
        }
        #expect(log.largestChunk <= 256)
        #expect(log.all.map(\.position.token) == Array(0..<40_000))
    }
}
