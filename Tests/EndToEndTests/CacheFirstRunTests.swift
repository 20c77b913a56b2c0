import Foundation
import Testing
import NewsKit

/// Several newsdesk processes started together on a cache that does not exist yet all use it: none
/// sets it aside, none goes without.
@Suite struct CacheFirstRunTests {
    @Test func sixFirstRunsAtOnceShareOneNewCache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-firstrun-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles"), cacheHome = folder.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for n in 0..<40 {
            try Data("\"Pier \(n) stays open,\" Anna Holt said on Monday.".utf8).write(to: articles.appendingPathComponent("\(n).txt"))
        }
        let processes = try (0..<6).map { _ in
            let process = Process()
            process.executableURL = NewsdeskBinary.url
            process.arguments = ["people", articles.path]
            process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome.path]) { $1 }
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            return (process, err)
        }
        for (process, err) in processes {
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(stderr.isEmpty)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheHome.appendingPathComponent("newsdesk").path)
        #expect(!names.contains { $0.contains(".unusable-") }, "\(names)")
        let (store, notice) = try Store.open(at: cacheHome.appendingPathComponent("newsdesk/cache.sqlite").path)
        #expect(notice == nil)
        #expect(try store.count() == 40)
    }
}
