import Foundation

/// Files and folders whose names are bytes, not necessarily UTF-8 (`caf\xE9.txt`), made through the
/// POSIX calls: Foundation cannot name them.
enum RawName {
    /// `folder` (a path as text) joined with `name`'s bytes.
    static func path(_ folder: String, _ name: [UInt8]) -> [UInt8] {
        Array(folder.utf8) + [UInt8(ascii: "/")] + name
    }

    static func makeFolder(_ path: [UInt8]) throws {
        guard withCString(path, { mkdir($0, 0o755) }) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    static func write(_ path: [UInt8], _ text: String) throws {
        let fd = withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// Sets the file's modification time to `seconds` since 1970, exactly.
    static func setModified(_ path: [UInt8], seconds: Int) throws {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        guard withCString(path, { utimensat(AT_FDCWD, $0, &times, 0) }) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    private static func withCString<R>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (path + [0]).map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
