import Foundation
import Testing

/// The listing commands on a folder where every kind of bad file sits among good articles: each bad
/// file is reported once on stderr with its path and reason, every good article is listed, nothing
/// blocks (a named pipe is never opened, not even when named on the command line), and the exit status
/// is 0 because something was read.
@Suite(.timeLimit(.minutes(2))) struct BadFilesCommandTests {
    /// A folder of good and bad files, removed when the test ends.
    final class MixedFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-bad-files-\(UUID().uuidString)")
        /// File names that must be listed, and the file names that must be reported, with a word of the reason.
        var good: [String] = []
        var bad: [String: String] = [:]
        var warned: [String: String] = [:]

        init() throws {
            let files = FileManager.default
            try files.createDirectory(at: url, withIntermediateDirectories: true)
            let article = "Harbour Reopens\n\nAnna Holt – Baltic Wire\n\n\"We will rebuild the pier,\" Mayor Jonas Berg said on Tuesday.\n"
            for name in ["good.txt", "with spaces.txt", "Zürich – Nachrichten.txt", "東京.txt", "new\nline.txt"] {
                try write(name, Data(article.utf8))
                good.append(name)
            }
            try write("utf16.txt", Data([0xFE, 0xFF] + article.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
            good.append("utf16.txt")
            try write("escapes.txt", Data("---\ntitle: Harbour \u{1B}[2J\u{1B}[31mReopens\u{07}\n---\nThe \u{1B}]0;owned\u{07}pier was quiet\u{1B}[0m.\n".utf8))
            good.append("escapes.txt")
            try write("latin1.txt", Data(Array("The caf".utf8) + [0xE9] + Array(" was quiet.\n".utf8)))
            good.append("latin1.txt")
            warned["latin1.txt"] = "Windows-1252"

            try write("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))
            bad["binary.txt"] = "binary"
            try write("bad\nname.txt", Data([0x00, 0x01]))
            bad["bad\nname.txt"] = "binary"
            try write("empty.txt", Data())
            bad["empty.txt"] = "empty"
            // 50 MB of text: refused at once, not read.
            let archive = url.appendingPathComponent("archive.txt")
            try Data().write(to: archive)
            let handle = try FileHandle(forWritingTo: archive)
            let chunk = Data(String(repeating: article, count: 10_000).utf8)
            while try handle.offset() < 50_000_000 { handle.write(chunk) }
            try handle.close()
            bad["archive.txt"] = "too large"
            #expect(mkfifo(url.appendingPathComponent("pipe.txt").path, 0o644) == 0)
            bad["pipe.txt"] = "named pipe"
            try link("gone.txt", to: "nowhere.txt")
            bad["gone.txt"] = "broken symbolic link"
            try link("loop.txt", to: "loop.txt")
            bad["loop.txt"] = "loop of symbolic links"
            try link("zero.txt", to: "/dev/zero")
            bad["zero.txt"] = "character device"
            #if os(Linux)
            // Unreadable even for root: reading /proc/self/mem at its start fails.
            try link("memory.txt", to: "/proc/self/mem")
            bad["memory.txt"] = String(cString: strerror(EIO))
            #endif
            // Unreadable files and folders: permissions stop everyone but root (the tests may run as root).
            try write("locked.txt", Data(article.utf8))
            try write("Locked Wire/story.txt", Data(article.utf8))
            chmod(url.appendingPathComponent("locked.txt").path, 0)
            chmod(url.appendingPathComponent("Locked Wire").path, 0)
            if getuid() == 0 {
                good += ["locked.txt", "story.txt"]
            } else {
                bad["locked.txt"] = "Permission denied"
                bad["Locked Wire"] = "Permission denied"
            }
            // Not articles by their names: passed over in silence.
            try write("photo.jpg", Data([0xFF, 0xD8, 0x00]))
            try link("gone.jpg", to: "nowhere.jpg")
        }

        deinit {
            chmod(url.appendingPathComponent("Locked Wire").path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        private func write(_ name: String, _ data: Data) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        }

        private func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
        }
    }

    /// Runs newsdesk, killing it and failing the test if it has not finished within `seconds`.
    static func run(_ arguments: [String], seconds: Double = 60) throws -> NewsdeskBinary.Output {
        let process = Process()
        process.executableURL = NewsdeskBinary.url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": NewsdeskBinary.cacheFolder]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        nonisolated(unsafe) var stdout = Data(), stderr = Data()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: reading) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            Issue.record("newsdesk \(arguments.joined(separator: " ")) did not finish within \(seconds) s")
            finished.wait()
        }
        reading.wait()
        return NewsdeskBinary.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The path as newsdesk prints it in a message: control characters escaped.
    static func printed(_ path: String) -> String {
        path.replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Each bad file once, with its reason; each warning once; no other line.
    private func expectReported(_ stderr: String, in folder: MixedFolder) {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let expected = folder.bad.merging(folder.warned, uniquingKeysWith: { a, _ in a })
        for (name, reason) in expected {
            let prefix = "newsdesk: \(Self.printed(folder.path(name))): "
            let matching = lines.filter { $0.hasPrefix(prefix) }
            #expect(matching.count == 1, "\(name.debugDescription) reported \(matching.count) times in:\n\(stderr)")
            #expect(matching.first?.contains(reason) == true, "\(name.debugDescription): \(matching.first ?? "")")
        }
        let prefixes = expected.keys.map { "newsdesk: \(Self.printed(folder.path($0))): " }
        for line in lines where !prefixes.contains(where: { line.hasPrefix($0) }) {
            Issue.record("unexpected message: \(line)")
        }
    }

    @Test func articlesListsTheGoodAndReportsEachBadFileOnce() throws {
        let folder = try MixedFolder()
        let start = ContinuousClock.now
        let output = try Self.run(["articles", "--json", folder.url.path])
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(output.status == 0)
        let listed = try NewsdeskBinary.jsonLines(output.stdout).compactMap { $0["path"] as? String }
        #expect(Set(listed.map { URL(fileURLWithPath: $0).lastPathComponent }) == Set(folder.good))
        #expect(listed.count == folder.good.count)
        expectReported(output.stderr, in: folder)
        // Escape sequences in the files never reach the terminal.
        let plain = try Self.run(["articles", folder.url.path])
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("\u{1B}") && !plain.stdout.contains("\u{07}"))
        #expect(!plain.stderr.contains("\u{1B}"))
        #expect(plain.stdout.contains("Harbour Reopens"))
    }

    @Test func analysisCommandsReportEachBadFileOnceToo() throws {
        let folder = try MixedFolder()
        for command in ["quotes", "people", "entities"] {
            let output = try Self.run([command, "--json", "--no-cache", folder.url.path])
            #expect(output.status == 0, "\(command): \(output.stderr)")
            expectReported(output.stderr, in: folder)
        }
        // Through the cache, twice: the second run takes the good files from it, warnings and all.
        for _ in 0..<2 {
            let output = try Self.run(["quotes", "--json", folder.url.path])
            #expect(output.status == 0)
            #expect(try NewsdeskBinary.jsonLines(output.stdout).contains { $0["speaker"] as? String == "Jonas Berg" })
            expectReported(output.stderr, in: folder)
        }
    }

    @Test func aNamedPipeOrADeviceNamedOnTheCommandLineIsReportedNotWaitedOn() throws {
        let folder = try MixedFolder()
        let alone = try Self.run(["articles", folder.path("pipe.txt")], seconds: 20)
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("pipe.txt: a named pipe, not a file: skipped"))
        let device = try Self.run(["quotes", "--no-cache", "/dev/zero"], seconds: 20)
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/zero: a character device, not a file: skipped"))
        let mixed = try Self.run(["articles", "--json", folder.path("pipe.txt"), folder.path("good.txt"), folder.path("archive.txt")], seconds: 20)
        #expect(mixed.status == 0)
        #expect(try NewsdeskBinary.jsonLines(mixed.stdout).count == 1)
        #expect(mixed.stderr.split(separator: "\n").count == 2)
        #expect(mixed.stderr.contains("archive.txt: too large for an article (50."))
    }
}
