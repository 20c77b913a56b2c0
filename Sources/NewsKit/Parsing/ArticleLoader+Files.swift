import Foundation

extension ArticleLoader {
    /// How the loader lists folders and reads files; tests replace them to make one fail as no
    /// permission bits can when the tests run as root.
    struct FileAccess: Sendable {
        var list: @Sendable (FileLocation) throws -> [Listed]
        var read: @Sendable (FileLocation) -> Swift.Result<Data, Problem>

        static let system = FileAccess(list: { try listFolder($0) }, read: { ArticleLoader.contents(of: $0) })

        /// A name in a folder, as its bytes (not necessarily UTF-8), with what the listing says it is
        /// (`DT_REG`, `DT_DIR`, … or `DT_UNKNOWN`), so that most names need no stat of their own.
        struct Listed: Sendable {
            var name: [UInt8]
            var type: UInt8 = UInt8(DT_UNKNOWN)

            init(name: [UInt8], type: UInt8 = UInt8(DT_UNKNOWN)) {
                self.name = name
                self.type = type
            }

            init(name: String, type: UInt8 = UInt8(DT_UNKNOWN)) {
                self.init(name: Array(name.utf8), type: type)
            }
        }

        /// The names in a folder, `.` and `..` left out; the error says what the system said
        /// (Foundation's does not always: "The operation could not be completed").
        static func listFolder(_ path: FileLocation) throws -> [Listed] {
            guard let folder = path.withCString({ opendir($0) }) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { closedir(folder) }
            var names: [Listed] = []
            while let entry = readdir(folder) {
                // Read in place up to its NUL: a record is only as long as its name, so copying the
                // whole 256-byte array reads past the end of the last record (AddressSanitizer). The
                // bytes as they are: a name need not be UTF-8.
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 1) { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
                }
                if name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                    names.append(Listed(name: name, type: entry.pointee.d_type))
                }
            }
            return names
        }
    }

    /// What a path names, links followed, found without opening it.
    enum FileKind: Equatable, Sendable {
        /// A regular file; its stamp when it was stat'ed (not when the listing said what it was).
        case file(Stamp?)
        case folder
        /// A named pipe, a socket or a device; the words say which.
        case other(String)
        /// Nothing there: missing, a broken symbolic link or a loop of them; the words say which.
        case unreachable(String)

        init(_ path: FileLocation) {
            self.init(name: path.bytes, in: AT_FDCWD)
        }

        /// What a listing's type says, without a stat; nil for a link or an unknown type.
        init?(listedType type: UInt8) {
            switch Int(type) {
            case Int(DT_REG): self = .file(nil)
            case Int(DT_DIR): self = .folder
            case Int(DT_FIFO): self = .other("a named pipe")
            case Int(DT_SOCK): self = .other("a socket")
            case Int(DT_CHR): self = .other("a character device")
            case Int(DT_BLK): self = .other("a block device")
            default: return nil
            }
        }

        /// The kind of `name` in the open folder `folder` (or a path, with `AT_FDCWD`): looked up from
        /// the folder, not from the root again, which matters over thousands of names.
        init(name: [UInt8], in folder: Int32) {
            let name = FileLocation(bytes: name)
            var info = stat()
            if name.withCString({ fstatat(folder, $0, &info, 0) }) == 0 {
                if let what = Self.special(info.st_mode) {
                    self = .other(what)
                } else if info.st_mode & S_IFMT == S_IFDIR {
                    self = .folder
                } else {
                    self = .file(Stamp(info))
                }
                return
            }
            let error = errno
            var link = stat()
            if name.withCString({ fstatat(folder, $0, &link, AT_SYMLINK_NOFOLLOW) }) == 0, link.st_mode & S_IFMT == S_IFLNK {
                self = .unreachable(error == ELOOP ? "a loop of symbolic links" : "a broken symbolic link (\(String(cString: strerror(error))))")
            } else {
                self = .unreachable(String(cString: strerror(error)))
            }
        }

        /// The kind of a file that is neither a regular file nor a folder, or nil.
        static func special(_ mode: mode_t) -> String? {
            switch mode & S_IFMT {
            case S_IFIFO: "a named pipe"
            case S_IFSOCK: "a socket"
            case S_IFCHR: "a character device"
            case S_IFBLK: "a block device"
            case S_IFREG, S_IFDIR: nil
            default: "not a regular file"
            }
        }

        static func notAFile(_ what: String) -> String { "\(what), not a file: skipped" }

        static func tooLarge(_ size: Int64?) -> String {
            let limit = ArticleLoader.maximumFileSize / 1_000_000
            let megabytes = size.map { String(format: "%.1f MB", Double($0) / 1_000_000) } ?? "more than \(limit) MB"
            return "too large for an article (\(megabytes); the limit is \(limit) MB), skipped: split it into one file per article"
        }
    }
}

extension ArticleLoader {
    /// The bytes of the file at `path` (a path given as text: its UTF-8).
    public static func contents(of path: String) -> Swift.Result<Data, Problem> {
        contents(of: FileLocation(path))
    }

    /// The bytes of the file at `location`, or the problem that stops it being read (its path shown
    /// as `location.displayName`): it cannot be opened or read, it is not a regular file (a named pipe
    /// or a device is never waited on or read), or it is larger than `maximumFileSize`.
    public static func contents(of location: FileLocation) -> Swift.Result<Data, Problem> {
        func failure(_ reason: String) -> Swift.Result<Data, Problem> {
            .failure(Problem(path: location.displayName, reason: reason, isWarning: false))
        }
        // Non-blocking, so that a file replaced by a named pipe since it was listed cannot stall the open.
        let fd = location.withCString { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else { return failure(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failure(String(cString: strerror(errno))) }
        if let what = FileKind.special(info.st_mode) { return failure(FileKind.notAFile(what)) }
        guard info.st_size <= maximumFileSize else { return failure(FileKind.tooLarge(Int64(info.st_size))) }
        // Read to the end whatever the size says (files under /proc say 0; a file may grow), up to the
        // limit: one read into a buffer of the file's size (and a byte more, to see the end) as a rule.
        var data = Data(count: info.st_size > 0 ? Int(info.st_size) + 1 : 1 << 16)
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= maximumFileSize else { return failure(FileKind.tooLarge(nil)) }
                data.count = min(data.count * 2, maximumFileSize + 1)
            }
            let count = data.withUnsafeMutableBytes { readFile(fd, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return failure(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return .success(data)
    }

    /// `text` as it may be shown to a person, in a message or a listing: control characters (a newline,
    /// an escape) and bidirectional formatting characters (U+061C, U+200E/F, U+202A–202E, U+2066–2069)
    /// written as escapes (`\n`, `\u{1B}`, `\u{202E}`). A file name may hold anything but `/` and NUL, and
    /// article text anything: neither may break a line-per-item output, reach the terminal as an escape
    /// sequence, or reorder what is shown around it. The one rule for everything the command line prints
    /// for a person (machine output, `--json`, escapes as JSON does).
    public static func printable(_ text: String) -> String {
        // Most text is printable ASCII, seen byte by byte; the rest is looked at scalar by scalar.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }), text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` with every line made printable, the line breaks kept: for a message of several lines.
    public static func printableLines(_ text: String) -> String {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { printable(String($0)) }.joined(separator: "\n")
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControl || scalar.isLineBreak || scalar == "\t" || scalar.isBidiControl
    }
}

/// `read(2)`, out of reach of the instance method of the same name.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
