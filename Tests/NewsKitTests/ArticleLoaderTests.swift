import Foundation
import Testing
@testable import NewsKit

@Suite struct ArticleLoaderTests {
    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ relativePath: String, _ bytes: [UInt8]) throws -> String {
            let file = url.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
            return file.path
        }

        func write(_ relativePath: String, _ text: String) throws {
            try write(relativePath, Array(text.utf8))
        }
    }

    @Test func badFilesAreReportedAndTheRestLoads() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "The harbour was quiet on Tuesday.")
        try scratch.write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF])
        try scratch.write("empty.txt", [])
        try scratch.write("blank.txt", "  \n\n \t\n")
        try scratch.write("latin1.txt", Array("The caf".utf8) + [0xE9] + Array(" was quiet.\n".utf8))
        try scratch.write("notes.md", "not an article")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["good.txt", "latin1.txt"])
        #expect(result.articles.last?.paragraphs.first?.text == "The café was quiet.")
        let problems = Dictionary(uniqueKeysWithValues: result.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
        #expect(problems.keys.sorted() == ["binary.txt", "blank.txt", "empty.txt", "latin1.txt"])
        #expect(problems["binary.txt"]?.reason.contains("binary") == true)
        #expect(problems["empty.txt"]?.reason.contains("empty") == true)
        #expect(problems["latin1.txt"]?.isWarning == true)
        #expect(problems["latin1.txt"]?.reason.contains("line 1") == true)
    }

    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let scratch = try Scratch()
        let units: [UInt8] = "Quiet harbour.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16: [UInt8] = [0xFF, 0xFE] + units
        try scratch.write("utf16.txt", utf16)
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.first?.paragraphs.map(\.text) == ["Quiet harbour."])
        #expect(result.problems.isEmpty)
    }

    @Test func theFolderBelowTheRootNamesTheOutlet() throws {
        let scratch = try Scratch()
        try scratch.write("top.txt", "Quiet harbour.")
        try scratch.write("Baltic Wire/2025/09/a.txt", "Quiet harbour.")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.map(\.source) == ["Baltic Wire", nil])
    }

    @Test func aFileNamedDirectlyIsReadWhateverItsExtension() throws {
        let scratch = try Scratch()
        try scratch.write("story.md", "Quiet harbour.")
        let result = try ArticleLoader().load([scratch.url.appendingPathComponent("story.md").path])
        #expect(result.articles.count == 1)
    }

    @Test func aMissingPathStopsTheLoad() {
        #expect(throws: ArticleLoader.MissingPath.self) {
            try ArticleLoader().load(["/nonexistent/newsdesk"])
        }
    }

    @Test func symlinkLoopsAreVisitedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("a/story.txt", "Quiet harbour.")
        try FileManager.default.createSymbolicLink(atPath: scratch.url.appendingPathComponent("a/loop").path,
                                                   withDestinationPath: scratch.url.appendingPathComponent("a").path)
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.articles.count == 1)
    }

    /// The one escaping rule for what is printed for a person: controls and bidi formatting characters.
    // MARK: Names that are not UTF-8

    /// `caf\xE9.txt`, as a Latin-1 system names it.
    static let cafe: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
    /// `r\xE9sum\xE9s`.
    static let resumes: [UInt8] = [0x72, 0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x73]

    @Test func aFileWhoseNameIsNotUTF8IsLoadedAndShownEscaped() throws {
        let scratch = try Scratch()
        try scratch.write("good.txt", "Quiet harbour.")
        try RawName.write(RawName.path(scratch.url.path, Self.cafe), "The café was quiet on Tuesday.")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.articles.map(\.path) == [scratch.url.path + "/caf\\xE9.txt", scratch.url.path + "/good.txt"])
        #expect(result.articles.first?.blocks.map(\.text).joined() == "The café was quiet on Tuesday.")
    }

    @Test func aFolderWhoseNameIsNotUTF8IsWalkedAndNamesTheOutlet() throws {
        let scratch = try Scratch()
        let folder = RawName.path(scratch.url.path, Self.resumes)
        try RawName.makeFolder(folder)
        try RawName.write(folder + Array("/a.txt".utf8), "The harbour was quiet on Tuesday.")
        try RawName.write(folder + [UInt8(ascii: "/")] + Self.cafe, "The café was quiet on Tuesday.")
        let result = try ArticleLoader().load([scratch.url.path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.articles.map(\.path) == ["a.txt", "caf\\xE9.txt"].map { scratch.url.path + "/r\\xE9sum\\xE9s/" + $0 })
        #expect(result.articles.map(\.source) == ["r\\xE9sum\\xE9s", "r\\xE9sum\\xE9s"])
    }

    @Test func aFileOrFolderWhoseNameIsNotUTF8CanBeNamedDirectly() throws {
        let scratch = try Scratch()
        let folder = RawName.path(scratch.url.path, Self.resumes)
        try RawName.makeFolder(folder)
        let file = folder + [UInt8(ascii: "/")] + Self.cafe
        try RawName.write(file, "The café was quiet on Tuesday.")
        let shown = scratch.url.path + "/r\\xE9sum\\xE9s/caf\\xE9.txt"
        #expect(try ArticleLoader().load([FileLocation(bytes: file)]).articles.map(\.path) == [shown])
        #expect(try ArticleLoader().load([FileLocation(bytes: folder)]).articles.map(\.path) == [shown])
        let (entries, _) = try ArticleLoader.entries(under: [FileLocation(bytes: file)])
        #expect(entries.map(\.location) == [FileLocation(bytes: file)])
        // The text the name repairs to is another name, which does not exist.
        #expect(throws: ArticleLoader.MissingPath.self) { try ArticleLoader().load([String(decoding: file, as: UTF8.self)]) }
    }

    /// A stray byte and a real backslash show alike; they are still two files, each read as itself.
    @Test func twoNamesThatShowAlikeAreTwoArticles() throws {
        let scratch = try Scratch()
        try RawName.write(RawName.path(scratch.url.path, Self.cafe), "The stray byte.")
        try scratch.write("caf\\xE9.txt", "The backslash.")
        let result = try ArticleLoader().load([scratch.url.path, scratch.url.path + "/"])
        #expect(Set(result.articles.map { $0.blocks.map(\.text).joined() }) == ["The stray byte.", "The backslash."])
    }

    @Test func printableEscapesControlsAndBidiControls() {
        #expect(ArticleLoader.printable("plain Zürich 東京") == "plain Zürich 東京")
        #expect(ArticleLoader.printable("a\u{1B}[2Jb\nc\td\u{7}") == #"a\u{1B}[2Jb\nc\td\u{7}"#)
        for bidi: UInt32 in [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let text = "x" + String(Unicode.Scalar(bidi)!) + "y"
            #expect(ArticleLoader.printable(text) == "x\\u{\(String(bidi, radix: 16, uppercase: true))}y")
        }
        #expect(ArticleLoader.printableLines("Error: a\u{202E}b\r\nUsage: c\n") == "Error: a\\u{202E}b\\r\nUsage: c\n")
    }
}
