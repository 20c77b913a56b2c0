import ArgumentParser
import Foundation
import NewsdeskApp
import NewsKit
import TerminalUI

/// `newsdesk [PATH...]`: the reader in the terminal.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader on the given files and folders (default: the bundled sample articles).",
        discussion: """
        Keys: j/k or arrows move, Enter opens (an article; on a quote or a person, that person's \
        statements), Tab/Shift-Tab step through quotes and names, Esc or h goes back, / searches, p lists \
        people, s switches outlets on and off, ? shows every key, q quits. NO_COLOR turns colours off.
        """
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data("""
                newsdesk: the reader needs a terminal (stdin and stdout are not both one).
                For scripts use the listing commands: newsdesk articles | quotes | people | entities | show (each with --json).

                """.utf8))
            throw ExitCode(2)
        }
        let library = Library(corpus: try corpus.loadCorpus())
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(useColor: !noColor)
        } catch {
            throw ValidationError("\(error)")
        }
        defer { terminal.close() }
        ReaderApp(library: library, terminal: terminal).run()
    }
}
