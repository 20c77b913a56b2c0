import Foundation
import GRDB
import Testing
@testable import NewsKit

@Suite struct LibraryStoreTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-library-\(UUID().uuidString)/library.sqlite").path
    }

    @Test func readStateIsKeptAcrossOpenings() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try LibraryStore.open(at: path).setRead(true, articles: ["a.txt", "https://example.org/b"])
        let again = try LibraryStore.open(at: path)
        #expect(try again.readArticles() == ["a.txt", "https://example.org/b"])
        try again.setRead(false, articles: ["a.txt"])
        #expect(try LibraryStore.open(at: path).readArticles() == ["https://example.org/b"])
    }

    @Test func manyFirstOpeningsAtOnceShareOneLibrary() throws {
        for _ in 0..<5 {
            let path = Self.temporaryPath()
            defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
            let failures = LockedCount()
            DispatchQueue.concurrentPerform(iterations: 8) { n in
                do { try LibraryStore.open(at: path).setRead(true, articles: ["\(n).txt"]) } catch { failures.add() }
            }
            #expect(failures.value == 0)
            #expect(try LibraryStore.open(at: path).readArticles().count == 8)
        }
    }

    @Test func aLibraryThatIsNotADatabaseIsLeftAlone() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let junk = Data(repeating: 0x41, count: 4096)
        try junk.write(to: URL(fileURLWithPath: path))
        #expect(throws: LibraryStore.Unusable.self) { try LibraryStore.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test func aLibraryFromANewerNewsdeskIsLeftAlone() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try LibraryStore.open(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from the future')") }
        try queue.close()
        let error = try #require(throws: LibraryStore.Unusable.self) { try LibraryStore.open(at: path) }
        #expect(error.description.contains("newer Newsdesk"))
    }
}

/// A counter several threads add to.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
