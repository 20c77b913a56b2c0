import Foundation

/// Standard output, written at once with `write(2)` (a listing comes out line by line, also into a pipe
/// or a file). A write that fails ends the process, since nothing after it could be read: a reader that
/// has gone away (EPIPE: `newsdesk quotes | head`) quietly, as SIGPIPE would have; anything else (a full
/// disk, a closed descriptor) with one line on stderr and status 74.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        guard let failure = StandardStreams.write(string, to: STDOUT_FILENO) else { return }
        StandardStreams.failedOutput(errno: failure)
    }
}

/// Standard error, best effort: when it cannot be written there is nowhere left to say so.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        _ = StandardStreams.write(string, to: STDERR_FILENO)
    }
}

enum StandardStreams {
    /// The exit status when standard output cannot be written (`EX_IOERR` of sysexits.h, beside the 64
    /// of a usage error).
    static let outputFailureStatus: Int32 = 74

    /// Run first: a standard descriptor the parent left closed is opened on /dev/null, so that no file
    /// opened later takes its number (and receives the listing). Standard output is opened read-only,
    /// so writing to it still fails (EBADF) and is reported; `print`, which ArgumentParser uses for help,
    /// is checked when the process exits.
    static func prepare() {
        for (descriptor, flags) in [(STDIN_FILENO, O_RDONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)]
        where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", flags)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        atexit(checkBufferedOutput)
    }

    /// Writes all of `string`; returns the `errno` of a failed write, nil on success.
    static func write(_ string: String, to descriptor: Int32) -> Int32? {
        var string = string
        return string.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Ends the process for a failed write to standard output; never returns.
    static func failedOutput(errno failure: Int32) -> Never {
        // Nobody reads any more: end as quietly as SIGPIPE would (the shell sees 128 + 13 either way).
        if failure == EPIPE { _exit(128 + SIGPIPE) }
        _ = write("newsdesk: cannot write to standard output: \(String(cString: strerror(failure)))\n", to: STDERR_FILENO)
        _exit(outputFailureStatus)
    }
}

/// At exit: what `print` left in stdio's buffers is written, and a failure is reported like any other.
/// (All streams: Swift 6 refuses stdio's `stdout` global as shared mutable state; only standard output
/// is written through stdio here.)
private func checkBufferedOutput() {
    errno = 0
    if fflush(nil) != 0 {
        StandardStreams.failedOutput(errno: errno == 0 ? EIO : errno)
    }
}
