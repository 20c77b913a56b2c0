import ArgumentParser
import Foundation
import NewsKit

/// `newsdesk generate`: a deterministic corpus of invented articles, with the quotes planted in it.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated corpus of invented articles (for benchmarks and accuracy at scale).",
        discussion: """
        Writes NNNNNN.txt files and gold.jsonl (one line per planted quote: {"article","text","speaker"}) \
        into FOLDER. The same seed gives the same corpus. Score it with:
          newsdesk quotes --json FOLDER > pred.jsonl && python3 ../shared/tools/score.py FOLDER pred.jsonl
        """
    )

    @Argument(help: "The folder to write into (created if missing).")
    var folder: String
    @Option(help: "How many articles.")
    var articles: Int = 1000
    @Option(help: "The seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be positive") }
    }

    func run() throws {
        do {
            // The folder as the bytes given: a name need not be UTF-8.
            try Self.write(articles: articles, seed: seed, to: RawArguments.location(of: folder))
        } catch {
            // A folder that cannot be made, a full disk: one line, not the Foundation error's dump.
            var errors = StandardError()
            errors.write("newsdesk: cannot write the corpus: \(ErrorLine.describe(error))\n")
            throw ExitCode.failure
        }
    }

    /// Writes the corpus; returns the total size in bytes.
    @discardableResult
    static func write(articles: Int, seed: UInt64, to folder: String) throws -> Int {
        try write(articles: articles, seed: seed, to: FileLocation(folder))
    }

    /// Writes the corpus into `folder`, made by its bytes (Foundation can only name a folder by text,
    /// which turns a byte that is not UTF-8 into U+FFFD and so writes somewhere else).
    @discardableResult
    static func write(articles: Int, seed: UInt64, to folder: FileLocation) throws -> Int {
        try makeFolders(folder)
        let generator = CorpusGenerator(seed: seed)
        var gold = ""
        var bytes = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for index in 0..<articles {
            let article = generator.article(index)
            try writeFile(folder.appending(Array(article.name.utf8)), Array(article.text.utf8))
            bytes += article.text.utf8.count
            for quote in article.quotes {
                let line = GoldQuote(article: article.name, text: quote.text, speaker: quote.speaker)
                gold += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
        }
        try writeFile(folder.appending(Array("gold.jsonl".utf8)), Array(gold.utf8))
        return bytes
    }

    /// `mkdir -p` by the bytes. A failure is thrown as Foundation's are (a POSIX code and the path as
    /// shown), so that `ErrorLine` words it alike.
    private static func makeFolders(_ folder: FileLocation) throws {
        let bytes = folder.bytes
        let ends = bytes.indices.filter { $0 > 0 && bytes[$0] == UInt8(ascii: "/") } + [bytes.count]
        for end in ends where end > 0 && bytes[end - 1] != UInt8(ascii: "/") {
            let part = FileLocation(bytes: bytes[..<end])
            guard part.withCString({ mkdir($0, 0o777) }) != 0 else { continue }
            let code = errno
            var info = stat()
            let isFolder = part.withCString { stat($0, &info) } == 0 && info.st_mode & S_IFMT == S_IFDIR
            // Something already there: a folder is what is wanted; a file in the way is found below it
            // (ENOTDIR), or is the folder itself.
            if code == EEXIST, isFolder || end < bytes.count { continue }
            throw failure(code, folder)
        }
    }

    /// Writes `bytes` to the file at `location` (created or emptied), by its bytes.
    private static func writeFile(_ location: FileLocation, _ bytes: [UInt8]) throws {
        let fd = location.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666) }
        guard fd >= 0 else { throw failure(errno, location) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(count < 0 ? errno : EIO, location) }
            written += count
        }
    }

    private static func failure(_ code: Int32, _ location: FileLocation) -> Error {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSFilePathErrorKey: location.displayName])
    }
}

/// A line of `gold.jsonl`, in the form the shared scorer reads.
private struct GoldQuote: Codable {
    var article: String
    var text: String
    var speaker: String
}
