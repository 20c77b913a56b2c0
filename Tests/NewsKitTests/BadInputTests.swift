import Foundation
import Testing
@testable import NewsKit

/// Files a user may have lying among their articles that are not articles, or not what they seem:
/// each is reported once with its path and a reason, nothing blocks or hangs, and the rest loads.
/// (Binary, empty and blank files, Windows-1252, UTF-16 little-endian and symbolic-link loops between
/// folders are in ArticleLoaderTests; huge paragraphs and unbalanced marks in HugeInputTests.)
@Suite(.timeLimit(.minutes(5))) struct BadInputTests {
    typealias Scratch = ArticleLoaderTests.Scratch

    /// The problems of a load by file name, failing when one is reported twice.
    private func problemsByName(_ result: ArticleLoader.Result) -> [String: ArticleLoader.Problem] {
        let names = result.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent }
        #expect(Set(names).count == names.count, "a problem reported twice: \(names)")
        return Dictionary(zip(names, result.problems), uniquingKeysWith: { a, _ in a })
    }

    private func articleNames(_ result: ArticleLoader.Result) -> [String] {
        result.articles.map { URL(fileURLWithPath: $0.path).lastPathComponent }
    }

    // MARK: Encodings

    @Test func utf16BigEndianWithAByteOrderMarkIsRead() throws {
        let scratch = try Scratch()
        let units: [UInt8] = "Kyiv’s harbour was “quiet”.\nIt rained.".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try scratch.write("utf16be.txt", [0xFE, 0xFF] + units)
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.first?.paragraphs.map(\.text) == ["Kyiv’s harbour was “quiet”.", "It rained."])
        #expect(result.problems.isEmpty)
    }

    @Test func damagedUTF16IsReadWithAWarningNamingItsLine() throws {
        let scratch = try Scratch()
        func littleEndian(_ units: [UInt16]) -> [UInt8] { units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        // A lone high surrogate on line 2, and a last byte cut off.
        let units = Array("Quiet.\nThe pier ".utf16) + [0xD83D] + Array(" reopened.".utf16)
        try scratch.write("damaged.txt", [0xFF, 0xFE] + littleEndian(units) + [0x41])
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.first?.paragraphs.map(\.text) == ["Quiet.", "The pier \u{FFFD} reopened.\u{FFFD}"])
        let problem = try #require(problemsByName(result)["damaged.txt"])
        #expect(problem.isWarning)
        #expect(problem.reason.contains("line 2"))
    }

    @Test func invalidUTF8FurtherDownIsConvertedWithAWarningNamingItsLine() throws {
        let scratch = try Scratch()
        let bytes = Array("Harbour Reopens\n\nThe pier was quiet.\n".utf8) + Array("Na".utf8) + [0xEF] + Array("ve visitors \u{201C}came\u{201D}.\n".utf8)
        try scratch.write("mixed.txt", bytes)
        let result = try ArticleLoader().load([scratch.url.path])
        let problem = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(problem.isWarning)
        #expect(problem.reason.contains("line 4"))
        // Read as Windows-1252 throughout: the ï is kept, the UTF-8 quotation marks turn into three characters each.
        #expect(result.articles.first?.paragraphs.last?.text.hasPrefix("Naïve visitors") == true)
    }

    // MARK: Size

    /// A 50 MB text file is no article (a long one is under 1 MB): it is refused at once with a message
    /// saying why and what to do, and the other files load. Reading it would take the time and memory
    /// of thousands of articles to make one article nobody can read.
    @Test func aFiftyMegabyteFileIsRefusedQuicklyWithAClearMessage() throws {
        let scratch = try Scratch()
        let paragraph = String(repeating: "The harbour authority said the work on the pier would go on all winter. ", count: 20) + "\n\n"
        let chunk = Data(String(repeating: paragraph, count: 1_000).utf8)
        let huge = scratch.url.appendingPathComponent("archive.txt")
        try Data().write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        while try handle.offset() < 50_000_000 { handle.write(chunk) }
        try handle.close()
        try scratch.write("good.txt", "Quiet harbour.")

        let start = ContinuousClock.now
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(articleNames(result) == ["good.txt"])
        let problem = try #require(problemsByName(result)["archive.txt"])
        #expect(!problem.isWarning)
        #expect(problem.reason.contains("too large for an article"))
        #expect(problem.reason.contains("MB"))
        // Named directly, and read directly (the file could have grown since it was listed): the same.
        let named = try ArticleLoader().load([huge.path])
        #expect(named.problems.first?.reason == problem.reason)
        guard case .failure(let direct) = ArticleLoader.contents(of: huge.path) else {
            Issue.record("a 50 MB file was read")
            return
        }
        #expect(direct.reason.contains("too large for an article"))
    }

    // MARK: Control characters and escape sequences

    @Test func controlCharactersAndEscapeSequencesNeverReachTheText() throws {
        let esc = "\u{1B}"
        let text = """
        ---
        title: Harbour \(esc)[31mReopens\(esc)[0m\u{07}
        author: Anna\u{08} Holt
        source: \(esc)]0;pwned\u{07}Baltic Wire
        ---
        Harbour\(esc)[2J Reopens After Storm

        The \(esc)[1mpier\(esc)[0m was \u{01}quiet\u{7F} on \u{9B}Tuesday.\u{0C}
        "We will \(esc)]8;;http://x\(esc)\\rebuild\(esc)]8;;\(esc)\\ it," Anna Holt said.\(esc)[
        """
        let data = Data(text.utf8)
        let entry = ArticleLoader.Entry(path: "escapes.txt", folderOutlet: nil)
        let article = try ArticleLoader().parse(data, entry: entry).get().0
        let strings = [article.title, article.author, article.source, article.url, article.dateline].compactMap { $0 }
            + article.blocks.map(\.text)
        for string in strings {
            let clean = !string.unicodeScalars.contains { $0.isControl }
            #expect(clean, "control character in \(string.debugDescription)")
        }
        #expect(article.title == "Harbour Reopens")
        #expect(article.author == "Anna Holt")
        #expect(article.source == "Baltic Wire")
        #expect(article.paragraphs.map(\.text) == ["The pier was quiet on Tuesday.", "\"We will rebuild it,\" Anna Holt said."])
        // Every character left still maps back to itself in the file.
        let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        for paragraph in article.paragraphs {
            for (offset, scalar) in paragraph.text.unicodeScalars.enumerated() where scalar != " " {
                #expect(scalars[paragraph.fileOffset(ofTextOffset: offset)] == scalar)
            }
        }
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(analyzed.quotes.first.flatMap(analyzed.speaker(of:))?.name == "Anna Holt")
    }

    // MARK: Unbalanced quotation marks

    /// Runs of marks that once cost quadratic time: a mismatched closer looking for a proper one
    /// further on (`"a'` with no closing `"`), runs of marks walked back over for every quote
    /// (`"'"'`), a bracket looked for back to the start of the block for every cue (`x) said`). They
    /// are read whole; their time against their size is measured by `Scripts/scaling.sh`, not here.
    @Test(arguments: [("\"a' ", 2_000), ("\"'\"' ", 2_000), ("' \" ", 2_000), ("'the ministers' decision ", 2_000), ("x) said ", 1_000)])
    func unbalancedMarksAreReadWhole(_ unit: String, _ count: Int) {
        let analyzed = Analyzed.text(String(repeating: unit, count: count), path: "marks.txt")
        #expect(analyzed.quotes.count <= count)
        #expect(analyzed.quotes.allSatisfy { $0.range.end <= count * unit.unicodeScalars.count })
    }

    // MARK: Things that are not files

    #if os(Linux)
    /// `/proc/self/mem` cannot be read at its start, not even by root: a real unreadable file.
    @Test func aFileThatCannotBeReadIsReportedAndTheRestLoads() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "Quiet harbour.")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("memory.txt").path,
                                                   withDestinationPath: "/proc/self/mem")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(articleNames(result) == ["good.txt"])
        #expect(problemsByName(result)["memory.txt"]?.reason == String(cString: strerror(EIO)))
    }
    #endif

    @Test func aFolderThatCannotBeListedSaysWhy() {
        #expect(throws: POSIXError(.ENOTDIR)) { try ArticleLoader.FileAccess.listFolder("/dev/null") }
        #expect(throws: POSIXError(.ENOENT)) { try ArticleLoader.FileAccess.listFolder("/nonexistent/newsdesk") }
        #expect(ArticleLoader.reason(POSIXError(.EACCES)) == "Permission denied")
    }

    #if os(Linux)
    /// Files under /proc say they are empty; they are read to their end all the same.
    @Test func aFileIsReadToItsEndWhateverItsSizeSays() throws {
        let status = try ArticleLoader.contents(of: "/proc/self/status").get()
        #expect(String(decoding: status, as: UTF8.self).contains("VmRSS"))
    }
    #endif

    /// Permissions do not stop root, so the failures are injected where the loader lists and reads.
    @Test func unreadableFilesAndFoldersAreReportedOnceAndTheRestLoads() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "Quiet harbour.")
        try scratch.write("locked.txt", "Quiet harbour.")
        try scratch.write("Locked Wire/a.txt", "Quiet harbour.")
        try scratch.write("Open Wire/b.txt", "Quiet harbour.")
        var loader = ArticleLoader()
        loader.access = ArticleLoader.FileAccess(
            list: { location in
                let path = location.displayName
                if path.hasSuffix("Locked Wire") { throw CocoaError(.fileReadNoPermission, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))]) }
                return try FileManager.default.contentsOfDirectory(atPath: path).map { ArticleLoader.FileAccess.Listed(name: $0) }
            },
            read: { location in
                location.displayName.hasSuffix("locked.txt")
                    ? .failure(ArticleLoader.Problem(path: location.displayName, reason: String(cString: strerror(EACCES)), isWarning: false))
                    : ArticleLoader.contents(of: location)
            }
        )
        // The folder named twice: still one problem per path.
        let result = try loader.load([scratch.url.path, scratch.url.path + "/"])
        #expect(articleNames(result) == ["b.txt", "good.txt"])
        let problems = problemsByName(result)
        #expect(problems.keys.sorted() == ["Locked Wire", "locked.txt"])
        #expect(problems["Locked Wire"]?.reason == "Permission denied")
        #expect(problems["locked.txt"]?.reason == "Permission denied")
    }

    @Test func brokenLinksAndLinkLoopsAreReportedWhenTheyLookLikeArticles() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "Quiet harbour.")
        let files = FileManager.default
        func link(_ name: String, to target: String) throws {
            try files.createSymbolicLink(atPath: scratch.url.appendingPathComponent(name).path, withDestinationPath: target)
        }
        try link("gone.txt", to: scratch.url.appendingPathComponent("nowhere.txt").path)
        try link("ping.txt", to: "pong.txt")
        try link("pong.txt", to: "ping.txt")
        try link("self.txt", to: "self.txt")
        try link("photo.jpg", to: "nowhere.jpg") // not an article: passed over in silence
        try link("gone-folder", to: "nowhere")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(articleNames(result) == ["good.txt"])
        let problems = problemsByName(result)
        #expect(problems.keys.sorted() == ["gone.txt", "ping.txt", "pong.txt", "self.txt"])
        #expect(problems["gone.txt"]?.reason.contains("broken symbolic link") == true)
        #expect(problems["ping.txt"]?.reason.contains("loop of symbolic links") == true)
        #expect(problems["self.txt"]?.reason.contains("loop of symbolic links") == true)
    }

    /// Opening a named pipe for reading waits for a writer, and a device may never end (/dev/zero):
    /// neither is ever opened, whether found in a folder or named directly.
    @Test func namedPipesSocketsAndDevicesAreSkippedWithoutBlocking() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "Quiet harbour.")
        let pipe = scratch.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let socketPath = scratch.url.appendingPathComponent("socket.txt").path
        let socket = try Self.bindUnixSocket(at: socketPath)
        defer { close(socket) }
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("null.txt").path, withDestinationPath: "/dev/null")

        let start = ContinuousClock.now
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(articleNames(result) == ["good.txt"])
        let problems = problemsByName(result)
        #expect(problems.keys.sorted() == ["null.txt", "pipe.txt", "socket.txt", "zero.txt"])
        #expect(problems["pipe.txt"]?.reason.contains("named pipe") == true)
        #expect(problems["socket.txt"]?.reason.contains("socket") == true)
        #expect(problems["zero.txt"]?.reason.contains("character device") == true)

        let named = try ArticleLoader().load([pipe, "/dev/zero", scratch.url.appendingPathComponent("good.txt").path])
        #expect(named.articles.count == 1)
        #expect(named.problems.map(\.path) == [pipe, "/dev/zero"])
        // Read directly (it might have become a pipe since it was listed): refused, not waited on.
        guard case .failure(let direct) = ArticleLoader.contents(of: pipe) else {
            Issue.record("a named pipe was read")
            return
        }
        #expect(direct.reason.contains("named pipe"))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    static func bindUnixSocket(at path: String) throws -> Int32 {
        let fd = Foundation.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: path.utf8.prefix(buffer.count - 1))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard fd >= 0, bound == 0 else { throw CocoaError(.fileWriteUnknown) }
        return fd
    }

    // MARK: Names

    @Test func namesWithSpacesNewlinesAndOtherScriptsLoad() throws {
        let scratch = try Scratch()
        let names = ["with spaces.txt", "new\nline.txt", "Zürich – Nachrichten.txt", "東京.txt", "tab\there.txt", "\u{1B}[31mred.txt"]
        for name in names { try scratch.write("Wire Ünïcode/" + name, "Quiet harbour.") }
        try scratch.write("Wire Ünïcode/bad\nname.txt", [0x00, 0x01])
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(Set(articleNames(result)) == Set(names))
        #expect(result.articles.allSatisfy { $0.source == "Wire Ünïcode" })
        let problem = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(problem.path.hasSuffix("bad\nname.txt"))
        // The message is one line: the newline in the name is shown escaped, and so is an escape.
        #expect(problem.description.hasSuffix("/Wire Ünïcode/bad\\nname.txt: binary file (contains NUL bytes), skipped"))
        #expect(ArticleLoader.Problem(path: "\u{1B}[31mred.txt", reason: "x", isWarning: false).description == "\\u{1B}[31mred.txt: x")
    }
}

@Suite struct FolderOutletNameTests {
    @Test func aFolderNameGivesAnOutletWithoutControlCharacters() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-outlet-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Baltic\u{1B}[31m Wire")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Quiet harbour.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let (entries, problems) = try ArticleLoader.entries(under: [root.path])
        #expect(problems.isEmpty)
        #expect(entries.map(\.folderOutlet) == ["Baltic[31m Wire"])
    }
}
