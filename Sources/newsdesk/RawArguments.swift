import Foundation
import NewsKit

/// The command line as the bytes it was given in, to find the files it names.
///
/// swift-argument-parser hands each argument over as a `String`, made from `CommandLine.arguments`,
/// where bytes that are not UTF-8 have become U+FFFD: `caf\xE9.txt` arrives as `caf�.txt`, a name no
/// file has. The bytes are still in `argv`: an argument is mapped back to the one whose repaired form
/// it is (that form, or what follows `=` in `--option=value`). When several arguments repair to the
/// same text, the first such path gets the first of them, the second the second, and so on.
enum RawArguments {
    /// `argv` after the program's name, as bytes.
    static let bytes: [[UInt8]] = (1..<Int(CommandLine.argc)).compactMap { index in
        CommandLine.unsafeArgv[index].map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
    }

    /// The file locations the arguments `paths` name, exact to the byte.
    static func locations(of paths: [String]) -> [FileLocation] {
        var seen: [String: Int] = [:]
        return paths.map { path in
            // Valid text came as it was given.
            guard path.unicodeScalars.contains("\u{FFFD}") else { return FileLocation(path) }
            let candidates = bytes.flatMap { argument -> [[UInt8]] in
                var forms = [argument]
                if argument.first == UInt8(ascii: "-"), let equals = argument.firstIndex(of: UInt8(ascii: "=")) {
                    forms.append(Array(argument[(equals + 1)...]))
                }
                return forms.filter { String(decoding: $0, as: UTF8.self) == path }
            }
            let index = seen[path, default: 0]
            seen[path] = index + 1
            guard !candidates.isEmpty else { return FileLocation(path) }
            return FileLocation(bytes: candidates[min(index, candidates.count - 1)])
        }
    }

    /// The location one argument names.
    static func location(of path: String) -> FileLocation {
        locations(of: [path])[0]
    }
}
