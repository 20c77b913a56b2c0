import ArgumentParser
import NewsKit

/// Why `correct` or `corrections` could not do what was asked, with the exit status that says so
/// (sysexits.h): 65 when what was given does not fit the data (a name that is nobody's or several
/// people's, a file that is not corrections), 66 when what was named is not there (a quote, a
/// correction to undo, a file).
enum CorrectionError: Error, CustomStringConvertible, ExitStatusError {
    case noSuchQuote(QuoteID)
    case nothingToUndo(QuoteID)
    case noSuchPerson(String)
    case ambiguousSpeaker(String, candidates: [Person])
    case noSuchFile(String)
    case unreadable(file: String, line: Int, reason: String)

    var description: String {
        switch self {
        case .noSuchQuote(let id):
            "no quote \(id) in the articles read (quotes --json gives each quote's quote_id; name the files it is in if they are not in the library)"
        case .nothingToUndo(let id):
            "quote \(id) has no correction to undo (corrections lists them)"
        case .noSuchPerson(let name):
            "nobody called “\(name)” in the articles read (people lists everyone; --no-speaker leaves the quote unattributed)"
        case .ambiguousSpeaker(let name, let candidates):
            "“\(name)” could be \(candidates.count) people; name one with --speaker and a fuller name, or --person ID:\n"
                + candidates.prefix(20).map { "  \($0.id)  \($0.name)" }.joined(separator: "\n")
                + (candidates.count > 20 ? "\n  … and \(candidates.count - 20) more" : "")
        case .noSuchFile(let path):
            "\(path): no such file, or it cannot be read"
        case .unreadable(let file, let line, let reason):
            "\(file):\(line): \(reason); nothing was imported"
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .noSuchQuote, .nothingToUndo, .noSuchFile: ExitCode(66)
        case .noSuchPerson, .ambiguousSpeaker, .unreadable: ExitCode(65)
        }
    }
}

/// An error that ends the command line with an exit status of its own (ArgumentParser gives 1 to any
/// error it does not know), its description on stderr.
protocol ExitStatusError: Error, CustomStringConvertible {
    var exitCode: ExitCode { get }
}
