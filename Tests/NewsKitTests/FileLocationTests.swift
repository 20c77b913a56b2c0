import Foundation
import Testing
@testable import NewsKit

@Suite struct FileLocationTests {
    /// `caf\xE9.txt` as Latin-1 writes it.
    static let cafe: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)

    @Test func aPathThatIsUTF8IsShownAndStoredAsItIs() {
        let location = FileLocation("news/Zürich – 東京.txt")
        #expect(location.displayName == "news/Zürich – 東京.txt")
        #expect(location.encoded == "news/Zürich – 東京.txt")
        #expect(location.isUTF8)
    }

    @Test func strayBytesAreShownEscaped() {
        #expect(FileLocation(bytes: Self.cafe).displayName == "caf\\xE9.txt")
        // A character cut short, a lone continuation byte, an over-long form, a byte never in UTF-8.
        #expect(FileLocation(bytes: [0x61, 0xC3, 0x62, 0x80, 0xC0, 0xAF, 0xFF]).displayName == "a\\xC3b\\x80\\xC0\\xAF\\xFF")
        #expect(!FileLocation(bytes: Self.cafe).isUTF8)
    }

    /// The encoded form gives the bytes back, and two paths that show alike (a stray byte, a real
    /// backslash) are told apart in it.
    @Test(arguments: [
        cafe, Array("caf\\xE9.txt".utf8), Array("a\\b".utf8), Array("\\".utf8), [0x5C, 0xE9, 0x5C],
        Array("plain/path.txt".utf8), [0xFF, 0xFE], Array("Zürich".utf8) + [0xC3],
    ])
    func theEncodedFormRoundTrips(bytes: [UInt8]) {
        let location = FileLocation(bytes: bytes)
        #expect(FileLocation(encoded: location.encoded) == location)
    }

    @Test func twoPathsThatShowAlikeAreStoredApart() {
        let stray = FileLocation(bytes: Self.cafe), backslash = FileLocation("caf\\xE9.txt")
        #expect(stray.displayName == backslash.displayName)
        #expect(stray.encoded != backslash.encoded)
        #expect(backslash.encoded == "caf\\\\xE9.txt")
        #expect(FileLocation(encoded: "a\\") == nil && FileLocation(encoded: "\\xZ9") == nil && FileLocation(encoded: "\\q") == nil)
    }

    @Test func aRelativePathIsMadeAbsoluteAgainstTheWorkingDirectory() {
        #expect(FileLocation("/a/b").absolute == FileLocation("/a/b"))
        #expect(FileLocation(bytes: Self.cafe).absolute == FileLocation(FileManager.default.currentDirectoryPath).appending(Self.cafe))
        #expect(FileLocation("a/").appending(Array("b".utf8)) == "a/b")
    }

    @Test func existsSeesANameThatIsNotUTF8() throws {
        let scratch = try ArticleLoaderTests.Scratch()
        let path = RawName.path(scratch.url.path, Self.cafe)
        #expect(!FileLocation(bytes: path).exists)
        try RawName.write(path, "Quiet harbour.")
        #expect(FileLocation(bytes: path).exists)
        // The text it repairs to names no file.
        #expect(!FileLocation(String(decoding: path, as: UTF8.self)).exists)
    }
}
