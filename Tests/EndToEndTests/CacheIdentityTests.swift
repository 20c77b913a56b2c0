import Foundation
import Testing
import NewsKit

/// The cache knows analyses by the analyser that made them, not by the binary: another build (or an
/// identical copy) of newsdesk loading the same folder leaves an open reader's search working.
@Suite struct CacheIdentityTests {
    @Test func anotherCopyOfTheProgramLeavesAnOpenReadersSearchAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-identity-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles"), cacheHome = folder.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (n, name) in ["Anna Holt", "Marcus Brenner", "Jonas Lindqvist"].enumerated() {
            try Data("\"The pier stays open,\" \(name) said on Monday.".utf8).write(to: articles.appendingPathComponent("\(n).txt"))
        }
        // A reader, open on the folder through the cache.
        let (store, _) = try Store.open(at: cacheHome.appendingPathComponent("newsdesk/cache.sqlite").path)
        let loaded = try CorpusLoader(store: store).load([articles.path])
        let index = TextIndex(store: store, rows: loaded.indexRows)
        #expect(index.articles(matching: "pier") == [true, true, true])
        // The same program from another place (another file stamp), then the original, twice each.
        let copy = folder.appendingPathComponent("newsdesk")
        // Copied by cp, not in this process: a file this process holds open for writing is inherited by
        // any program another test starts at that moment, and running the copy then fails with
        // "Text file busy" (ETXTBSY).
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [NewsdeskBinary.url.path, copy.path]
        try cp.run()
        cp.waitUntilExit()
        try #require(cp.terminationStatus == 0)
        for binary in [copy, NewsdeskBinary.url, copy, NewsdeskBinary.url] {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["people", articles.path]
            process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome.path]) { $1 }
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(stderr.isEmpty)
            #expect(index.articles(matching: "pier") == [true, true, true], "after \(binary.path)")
            #expect(try store.count() == 3)
        }
    }
}
