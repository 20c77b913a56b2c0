import Foundation

/// Runs the built `newsdesk` binary (it sits beside the test bundle in the build folder).
enum NewsdeskBinary {
    static let url: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        // Swift Testing may run from the .xctest bundle folder's parent or from inside it.
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("newsdesk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appendingPathComponent("newsdesk")
    }()

    /// A cache folder of the tests' own, so that they never touch the user's.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-test-cache-\(ProcessInfo.processInfo.processIdentifier)").path

    /// Library and configuration folders of the tests' own (each test that uses the library names its own).
    static let homeFolders: [String: String] = [
        "XDG_DATA_HOME": cacheFolder + "-data", "XDG_CONFIG_HOME": cacheFolder + "-config",
    ]

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Parses JSON Lines output into objects.
    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return object
        }
    }

    static func run(_ arguments: [String], in directory: URL = repository, environment: [String: String] = [:]) throws -> Output {
        try run(executable: url, arguments, in: directory, environment: environment)
    }

    /// Runs a bash `script` in which `$NEWSDESK` is the binary, for redirections a `Process` cannot
    /// make (`> /dev/full`, `>&-`, a pipe into `head`). With `captureFD3`, what the script writes to
    /// descriptor 3 is returned as its stdout (for a script that closes stdout and stderr).
    static func shell(_ script: String, captureFD3: Bool = false) throws -> Output {
        let wrapped = captureFD3 ? "exec 3>&1 1>/dev/null; \(script)" : script
        return try run(executable: URL(fileURLWithPath: "/bin/bash"), ["-c", wrapped], environment: ["NEWSDESK": url.path])
    }

    private static func run(executable: URL, _ arguments: [String], in directory: URL = repository, environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheFolder].merging(homeFolders) { $1 }) { $1 }
            .merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
