import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small threaded HTTP/1.1 server on 127.0.0.1, for the tests and `newsdesk bench`: never reachable
/// from another machine. Each connection gets a thread, reads one request, is answered by `handler`
/// and closed (`Connection: close`). A response can wait before it is sent (for timeouts) or be cut
/// short; everything else (status, headers, body) is the handler's. `stop()` (also on deinit of the
/// owner that calls it) closes every socket and waits for every thread to end, so nothing outlives it.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        /// The path and query, as sent (`/feed.xml?x=1`).
        public var target: String
        /// Header names in lower case.
        public var headers: [String: String]
        public var path: Substring { target.split(separator: "?", maxSplits: 1).first ?? "" }
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// Seconds to wait before answering.
        public var delay: Double

        public init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data(), delay: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        public init(status: Int = 200, contentType: String, body: String, headers: [(String, String)] = []) {
            self.init(status: status, headers: [("Content-Type", contentType)] + headers, body: Data(body.utf8))
        }
    }

    public let port: Int
    private let socket: Int32
    private let handler: @Sendable (Request) -> Response
    /// Guards the log, the state and the open connections; signalled when the server stops.
    private let condition = NSCondition()
    private var log: [Request] = []
    private var stopped = false
    /// The sockets of connections being served, to shut down when the server stops.
    private var clients: Set<Int32> = []
    /// The accept loop and every connection's thread, left when each ends.
    private let threads = DispatchGroup()

    /// `http://127.0.0.1:PORT`.
    public var base: String { "http://127.0.0.1:\(port)" }

    /// Starts listening on a free port of 127.0.0.1.
    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 512) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        socket = fd
        threads.enter()
        let thread = Thread { [self] in
            acceptLoop()
            threads.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit { stop() }

    /// Stops the server: no more connections are accepted, those being served are cut (a delayed
    /// answer is not sent), and it returns once every thread of the server has ended. Call it when a
    /// test is done with the server; calling it again does nothing.
    public func stop() {
        condition.lock()
        let wasStopped = stopped
        stopped = true
        for client in clients { shutdown(client, Int32(SHUT_RDWR)) }
        condition.broadcast()
        condition.unlock()
        guard !wasStopped else { return }
        // Wakes the accept loop; the socket is closed once it has returned, so its number is not reused under it.
        shutdown(socket, Int32(SHUT_RDWR))
        threads.wait()
        close(socket)
    }

    /// Every request answered so far, in order of arrival.
    public var requests: [Request] {
        condition.lock()
        defer { condition.unlock() }
        return log
    }

    public func clearLog() {
        condition.lock()
        log = []
        condition.unlock()
    }

    private var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if isStopped || (errno != EINTR && errno != ECONNABORTED && errno != EMFILE) { return }
                if errno == EMFILE { usleep(1000) }
                continue
            }
            condition.lock()
            guard !stopped else {
                condition.unlock()
                close(client)
                return
            }
            clients.insert(client)
            threads.enter()
            condition.unlock()
            let thread = Thread { [self] in
                serve(client)
                condition.lock()
                clients.remove(client)
                condition.unlock()
                close(client)
                threads.leave()
            }
            thread.stackSize = 256 << 10
            thread.start()
        }
    }

    /// Waits `seconds`, or less when the server stops meanwhile; whether it is still running.
    private func wait(_ seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopped, condition.wait(until: deadline) {}
        return !stopped
    }

    private func serve(_ client: Int32) {
        guard let request = readRequest(client) else { return }
        condition.lock()
        log.append(request)
        condition.unlock()
        let response = handler(request)
        if response.delay > 0, !wait(response.delay) { return }
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var names = Set<String>()
        for (name, value) in response.headers {
            head += "\(name): \(value)\r\n"
            names.insert(name.lowercased())
        }
        if !names.contains("content-length") { head += "Content-Length: \(response.body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        var bytes = Data(head.utf8)
        if request.method != "HEAD" && response.status != 304 { bytes.append(response.body) }
        bytes.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(client, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                sent += n
            }
        }
        shutdown(client, Int32(SHUT_WR))
        // Let the client read to the end before the socket closes (else it may see a reset).
        var buffer = [UInt8](repeating: 0, count: 1024)
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while recv(client, &buffer, buffer.count, 0) > 0 {}
    }

    private func readRequest(_ client: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let end: [UInt8] = [13, 10, 13, 10]
        while true {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return nil }
            // A TLS handshake (a client speaking https to this plain server): hang up.
            if data.isEmpty && buffer[0] == 0x16 { return nil }
            data += buffer[0..<n]
            if data.count > 65536 { return nil }
            if let range = data.firstRange(of: end) {
                data = Array(data[..<range.lowerBound])
                break
            }
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(parts[0]), target: String(parts[1]), headers: headers)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
