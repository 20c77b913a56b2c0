import ArgumentParser
import Foundation
import NewsKit

/// How the command line ends on an error: every message made printable (`ArticleLoader.printable`: a
/// path or an option a person typed may hold escapes and bidi controls), and a Foundation error (a file
/// that could not be written, a folder that could not be made) as one line rather than an NSError dump.
extension Newsdesk {
    static func main() {
        StandardStreams.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ExitStatusError {
            var errors = StandardError()
            errors.write("newsdesk: " + ArticleLoader.printableLines(error.description) + "\n")
            Foundation.exit(error.exitCode.rawValue)
        } catch {
            let code = exitCode(for: error)
            // Help and --version go to standard output, as ArgumentParser has them.
            guard code != .success else { exit(withError: error) }
            var errors = StandardError()
            if let line = ErrorLine.fileError(error) {
                errors.write("newsdesk: \(line)\n")
            } else {
                let message = fullMessage(for: error)
                if !message.isEmpty { errors.write(ArticleLoader.printableLines(message) + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// One clear line for an error a person sees.
enum ErrorLine {
    /// `error` in words: a Foundation file error as `PATH: reason`, anything else by its description;
    /// made printable.
    static func describe(_ error: Error) -> String {
        fileError(error) ?? ArticleLoader.printable(String(describing: error))
    }

    /// A Foundation file error (what `FileManager` and `Data.write` throw) as `PATH: reason`, the reason
    /// that of the system call beneath it; nil for any other error.
    static func fileError(_ error: Error) -> String? {
        let error = error as NSError
        guard error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain else { return nil }
        var reason: String
        if let underlying = (error.userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }),
           underlying.domain == NSPOSIXErrorDomain {
            reason = posixReason(Int32(underlying.code))
        } else if error.domain == NSPOSIXErrorDomain {
            reason = posixReason(Int32(error.code))
        } else {
            reason = error.localizedDescription
        }
        if reason.isEmpty || reason == "(null)" { reason = "the operation failed (code \(error.code))" }
        // A path through a home reached by its bytes is shown as the real one (`UserFolder`).
        let path = (error.userInfo[NSFilePathErrorKey] as? String ?? (error.userInfo[NSURLErrorKey] as? URL)?.path).map(UserFolder.displayPath)
        return ArticleLoader.printable(path.map { "\($0): \(reason)" } ?? reason)
    }

    private static func posixReason(_ code: Int32) -> String {
        switch code {
        case EEXIST: return "a file is in the way (a folder is needed here)"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
