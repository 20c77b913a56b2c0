import Foundation

/// Where a file or folder is, as the bytes the system knows it by.
///
/// A name on Linux is any bytes but `/` and NUL, not necessarily UTF-8 (`caf\xE9.txt` written by a
/// Latin-1 system, an archive unpacked as it was). A Swift `String` cannot hold such bytes: turned into
/// one they become U+FFFD and name another file, which then "does not exist". So the walk and every
/// read go by the bytes, kept here, and a string is made only to show the path (`displayName`) or to
/// store it (`encoded`):
/// - `displayName` is what `Article.path`, problems and listings carry: the path as it is when it is
///   valid UTF-8, else with each byte that is not part of a character written `\xE9`. Readable, but
///   not a way back to the file (a name may hold a real backslash, `x`, `E`, `9`).
/// - `encoded` holds the bytes exactly and `init(encoded:)` gives them back: the path as it is when it
///   is valid UTF-8 with no backslash (nearly every path), else each backslash doubled (`\\`) and
///   each stray byte `\xE9`. The cache keys its records of files by it.
public struct FileLocation: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The path's bytes (no NUL).
    public var bytes: [UInt8]

    public init(bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes)
    }

    /// The location of a path given as text (its UTF-8).
    public init(_ path: String) {
        bytes = Array(path.utf8)
    }

    public init(stringLiteral path: String) {
        self.init(path)
    }

    /// The path as shown to a person: the path itself when it is UTF-8, else with every stray byte
    /// written `\xE9` (two upper-case hex digits). Control characters are left to `ArticleLoader.printable`.
    public var displayName: String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return Self.decode(bytes) { "\\x" + Self.hex($0) }
    }

    /// The bytes as a string that gives them back (`init(encoded:)`): the path itself when it is UTF-8
    /// with no backslash, else with each backslash doubled and each stray byte written `\xE9`.
    public var encoded: String {
        if !bytes.contains(UInt8(ascii: "\\")), let text = String(validating: bytes, as: UTF8.self) { return text }
        return Self.decode(bytes, backslash: "\\\\") { "\\x" + Self.hex($0) }
    }

    /// The location an `encoded` string stands for; nil for a string `encoded` never makes (a lone
    /// backslash, `\x` without two hex digits).
    public init?(encoded: String) {
        var bytes: [UInt8] = []
        var utf8 = encoded.utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "\\") else { bytes.append(byte); continue }
            switch utf8.popFirst() {
            case UInt8(ascii: "\\"): bytes.append(byte)
            case UInt8(ascii: "x"):
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            default: return nil
            }
        }
        self.bytes = bytes
    }

    public var description: String { displayName }

    /// Whether the bytes are UTF-8 throughout.
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// The location of `name` inside this folder.
    public func appending(_ name: [UInt8]) -> FileLocation {
        FileLocation(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// This path, made absolute against the working directory (read as bytes, too) when relative.
    public var absolute: FileLocation {
        guard bytes.first != UInt8(ascii: "/") else { return self }
        return Self.currentDirectory.appending(bytes)
    }

    /// Whether something is there, links followed (`stat(2)` succeeds).
    public var exists: Bool {
        var info = stat()
        return withCString { stat($0, &info) } == 0
    }

    /// Calls `body` with the path as a C string, for the system calls.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The working directory's bytes (`getcwd(3)`); `.` when it cannot be found.
    static var currentDirectory: FileLocation {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return FileLocation(bytes: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
    }

    /// The bytes as text, each stray byte (one that starts no valid UTF-8 character or breaks one off)
    /// written by `stray`, and each backslash as `backslash`.
    private static func decode(_ bytes: [UInt8], backslash: String = "\\", stray: (UInt8) -> String) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\\" { text += backslash } else { text.unicodeScalars.append(scalar) }
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] { text += stray(byte) }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
