import Foundation
import LoopbackHTTP
import Testing

/// The test server stops cleanly: its sockets closed and its threads ended when `stop()` returns (so a
/// test leaves nothing running or held behind it), a delayed answer cut short.
@Suite struct LoopbackServerTests {
    /// A socket connected to 127.0.0.1:`port`, or nil when the server did not accept.
    static func connection(to port: Int) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
        if !connected { close(fd) }
        return connected ? fd : nil
    }

    static func connects(to port: Int) -> Bool {
        guard let fd = connection(to: port) else { return false }
        close(fd)
        return true
    }

    @Test func stopCutsADelayedAnswerAndClosesTheSocket() throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Data("late".utf8), delay: 30) }
        let port = server.port
        // A request whose answer would wait 30 s.
        let fd = try #require(Self.connection(to: port))
        defer { close(fd) }
        let request = Array("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        #expect(send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count)
        let deadline = Date(timeIntervalSinceNow: 10)
        while server.requests.isEmpty, Date() < deadline { usleep(20_000) }
        #expect(server.requests.map(\.target) == ["/slow"])
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 10, "stop returns once the answer is cut, not after the delay")
        // The connection was closed without an answer.
        var buffer = [UInt8](repeating: 0, count: 64)
        #expect(recv(fd, &buffer, buffer.count, 0) <= 0)
        #expect(!Self.connects(to: port))
        server.stop() // a second stop does nothing
    }

    @Test func aSiteStopsItsServerWhenItGoes() throws {
        var site: FixtureSite? = try Site.start()
        let port = try #require(site?.server.port)
        #expect(Self.connects(to: port))
        site = nil
        #expect(!Self.connects(to: port))
    }
}
