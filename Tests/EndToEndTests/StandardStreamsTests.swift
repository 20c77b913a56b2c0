import Foundation
import Testing

/// Standard output that cannot be written (a full disk, a closed descriptor, a reader gone away): one
/// line on stderr and exit status 74 rather than a crash; a pipe closed early (`| head`) ends the
/// listing quietly.
@Suite struct StandardStreamsTests {
    static let listings: [[String]] = [
        ["articles"], ["articles", "--json"], ["quotes"], ["quotes", "--json"], ["people"], ["people", "--json"],
        ["entities"], ["entities", "--json"], ["show", "Fixtures/000_74dc95e94b69c806.txt"], ["explain"],
    ]

    @Test(arguments: listings)
    func aFullDiskIsOneLineAndExit74(_ arguments: [String]) throws {
        let output = try NewsdeskBinary.shell("\"$NEWSDESK\" \(arguments.joined(separator: " ")) > /dev/full")
        #expect(output.status == 74, "\(output.stderr)")
        #expect(output.stderr == "newsdesk: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: [["quotes", "--json"], ["articles"]])
    func aClosedStandardOutputIsOneLineAndExit74(_ arguments: [String]) throws {
        let output = try NewsdeskBinary.shell("\"$NEWSDESK\" \(arguments.joined(separator: " ")) >&-")
        #expect(output.status == 74, "\(output.stderr)")
        #expect(output.stderr == "newsdesk: cannot write to standard output: Bad file descriptor\n")
    }

    @Test func helpOnAFullDiskIsAnErrorToo() throws {
        let output = try NewsdeskBinary.shell("\"$NEWSDESK\" --help > /dev/full")
        #expect(output.status == 74, "\(output.stderr)")
        #expect(output.stderr == "newsdesk: cannot write to standard output: No space left on device\n")
    }

    /// Nowhere to tell of a problem: the command still runs and exits as it would have.
    @Test func aClosedStandardErrorIsNoCrash() throws {
        let noTerminal = try NewsdeskBinary.shell("\"$NEWSDESK\" < /dev/null > /dev/null 2>&-; echo \"status $?\" >&3", captureFD3: true)
        #expect(noTerminal.stdout == "status 2\n", "\(noTerminal)")
        let missing = try NewsdeskBinary.shell("\"$NEWSDESK\" articles /no/such/path 2>&-; echo \"status $?\" >&3", captureFD3: true)
        #expect(missing.stdout == "status 64\n", "\(missing)")
    }

    /// A reader that stops early (`head`): no message, whether SIGPIPE ends the listing (the default)
    /// or the parent ignores SIGPIPE and the write fails with EPIPE instead.
    @Test(arguments: ["", "trap '' PIPE; "])
    func aPipeClosedEarlyEndsQuietly(_ setup: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-pipe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try NewsdeskBinary.run(["generate", folder.path, "--articles", "300"])
        try #require(generated.status == 0)
        // More than a pipe holds (64 KB), so that the writer is still writing when head has gone.
        let output = try NewsdeskBinary.shell(
            "\(setup)\"$NEWSDESK\" articles --json --no-cache '\(folder.path)' | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
        #expect(output.stdout == "status 141\n", "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
    }
}
