import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// HTTP GET for feeds and pages, politely: several requests at once but few per host, conditional
/// requests, gzip, a bounded number of redirects, connect and total timeouts, a size limit, a
/// User-Agent naming Newsdesk, and `Retry-After` honoured (within bounds) on 429 and 503.
public final class HTTPClient: Sendable {
    public struct Limits: Sendable {
        /// Requests under way at once, in all, and to one host.
        public var connections = 16
        public var connectionsPerHost = 6
        public var redirects = 5
        /// Seconds without a byte (connecting included) before giving up, and for the whole request.
        public var connectTimeout: Double = 15
        public var totalTimeout: Double = 60
        /// The largest body read, in bytes (an article page is far smaller).
        public var maximumBytes = 16_000_000
        /// The longest `Retry-After` waited for, in seconds, and how many times a request is tried again.
        public var longestRetryAfter: Double = 30
        public var retries = 1

        public init() {}
    }

    /// What came back for a URL.
    public struct Response: Sendable, Equatable {
        /// Where the body came from after redirects.
        public var url: URL
        public var status: Int
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: Data

        public var etag: String? { headers["etag"] }
        public var lastModified: String? { headers["last-modified"] }
        public var contentType: String? { headers["content-type"] }
        public var isNotModified: Bool { status == 304 }

        /// The media type, lower case, without parameters (`text/html`).
        public var mediaType: String? {
            contentType.map { $0.split(separator: ";", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces).lowercased() }
        }

        /// The `charset` parameter of `Content-Type`, if any.
        public var charset: String? {
            guard let contentType else { return nil }
            for parameter in contentType.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0].lowercased() == "charset" {
                    return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
            }
            return nil
        }
    }

    /// `Newsdesk/VERSION (+https://github.com/newsdesk; terminal news reader)`.
    public static let version = "0.3.0"
    public static let userAgent = "Newsdesk/\(version) (terminal news reader; feeds and pages)"

    public let limits: Limits
    private let session: URLSession
    private let delegate: SessionDelegate
    private let gate: Gate

    public init(limits: Limits = Limits()) {
        self.limits = limits
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = limits.connectionsPerHost
        configuration.timeoutIntervalForRequest = limits.connectTimeout
        configuration.timeoutIntervalForResource = limits.totalTimeout
        configuration.httpAdditionalHeaders = ["User-Agent": Self.userAgent]
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        delegate = SessionDelegate(limits: limits, queue: queue)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
        gate = Gate(total: limits.connections, perHost: limits.connectionsPerHost)
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// GETs `url`, conditionally when `etag` or `lastModified` are known (a 304 comes back as it is).
    /// Statuses that are failures (404, 410, 5xx …) throw; so do network failures and the limits.
    public func get(_ url: URL, etag: String? = nil, lastModified: String? = nil) async throws(FetchError) -> Response {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host else {
            throw .unsupportedURL(url.absoluteString)
        }
        var attempt = 0
        while true {
            let response = try await once(url, host: host, etag: etag, lastModified: lastModified)
            if response.status == 429 || response.status == 503 {
                let wait = Self.retryAfter(response.headers["retry-after"])
                if attempt < limits.retries, let wait, wait <= limits.longestRetryAfter {
                    attempt += 1
                    try? await Task.sleep(nanoseconds: UInt64(max(0, wait) * 1e9))
                    continue
                }
                throw .rateLimited(retryAfter: wait.map { Int($0.rounded(.up)) })
            }
            if (300..<400).contains(response.status), response.status != 304 {
                // A redirect the delegate refused to follow: too many, or back to where it had been.
                throw delegate.redirectFailure(for: url) ?? .tooManyRedirects(limits.redirects)
            }
            if let error = FetchError.status(response.status, retryAfter: nil) { throw error }
            return response
        }
    }

    private func once(_ url: URL, host: String, etag: String?, lastModified: String?) async throws(FetchError) -> Response {
        await gate.enter(host)
        defer { Task { await gate.leave(host) } }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.connectTimeout)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5", forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let result: Result<Response, FetchError> = await withCheckedContinuation { continuation in
            let task = session.dataTask(with: request)
            delegate.begin(task, url: url, host: host) { continuation.resume(returning: $0) }
            task.resume()
        }
        return try result.get()
    }

    /// `Retry-After` in seconds: a number, or an HTTP date from now.
    static func retryAfter(_ value: String?) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }
}

/// Requests under way, bounded in all and per host; the rest wait their turn in order.
actor Gate {
    private let total: Int
    private let perHost: Int
    private var running = 0
    private var byHost: [String: Int] = [:]
    private var waiting: [(host: String, resume: CheckedContinuation<Void, Never>)] = []

    init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    func enter(_ host: String) async {
        if running < total, byHost[host, default: 0] < perHost {
            running += 1
            byHost[host, default: 0] += 1
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    func leave(_ host: String) {
        running -= 1
        byHost[host, default: 1] -= 1
        // The first waiter whose host has room goes next, and takes the place now.
        if let next = waiting.firstIndex(where: { byHost[$0.host, default: 0] < perHost }), running < total {
            let waiter = waiting.remove(at: next)
            running += 1
            byHost[waiter.host, default: 0] += 1
            waiter.resume.resume()
        }
    }
}

/// Gathers each task's body under the size limit, counts its redirects, enforces the total timeout,
/// and hands the outcome to whoever waits for it.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Running {
        var url: URL
        var host: String
        var body = Data()
        var visited: [URL]
        var failure: FetchError?
        var done: @Sendable (Result<HTTPClient.Response, FetchError>) -> Void
    }

    private let limits: HTTPClient.Limits
    private let lock = NSLock()
    private var running: [Int: Running] = [:]
    /// Why the last redirect of a URL was not followed.
    private var redirectFailures: [URL: FetchError] = [:]

    /// The session's delegate queue (serial): the total timeout cancels a task there, between two
    /// delegate calls, never while a redirect is being decided.
    private let queue: OperationQueue

    init(limits: HTTPClient.Limits, queue: OperationQueue) {
        self.limits = limits
        self.queue = queue
    }

    func begin(_ task: URLSessionDataTask, url: URL, host: String, done: @escaping @Sendable (Result<HTTPClient.Response, FetchError>) -> Void) {
        locked { running[task.taskIdentifier] = Running(url: url, host: host, visited: [url], done: done) }
        let total = limits.totalTimeout
        DispatchQueue.global().asyncAfter(deadline: .now() + total) { [weak self, weak task] in
            guard let self, let task else { return }
            self.queue.addOperation { [weak self, weak task] in
                guard let self, let task else { return }
                let stillRunning = self.locked { () -> Bool in
                    guard self.running[task.taskIdentifier] != nil else { return false }
                    self.running[task.taskIdentifier]?.failure = .timedOut(seconds: total)
                    return true
                }
                if stillRunning { task.cancel() }
            }
        }
    }

    func redirectFailure(for url: URL) -> FetchError? {
        locked { redirectFailures.removeValue(forKey: url) }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(limits.maximumBytes)
        if tooLarge { locked { running[dataTask.taskIdentifier]?.failure = .tooLarge(limit: limits.maximumBytes) } }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = locked { () -> Bool in
            guard var state = running[dataTask.taskIdentifier], state.failure == nil else { return false }
            state.body.append(data)
            if state.body.count > limits.maximumBytes {
                state.failure = .tooLarge(limit: limits.maximumBytes)
                state.body = Data()
                running[dataTask.taskIdentifier] = state
                return true
            }
            running[dataTask.taskIdentifier] = state
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        // A task the total timeout cancelled is no longer waiting for an answer: giving one anyway
        // stops FoundationNetworking with a fatal error ("Received callback for HTTP redirection, but
        // we're not waiting for it").
        if locked({ running[task.taskIdentifier]?.failure }) != nil { return }
        let follow = locked { () -> Bool in
            guard var state = running[task.taskIdentifier], let next = request.url else { return false }
            defer { running[task.taskIdentifier] = state }
            if state.visited.contains(next) {
                redirectFailures[state.url] = .redirectLoop(next.absoluteString)
                return false
            }
            state.visited.append(next)
            if state.visited.count - 1 > limits.redirects {
                redirectFailures[state.url] = .tooManyRedirects(limits.redirects)
                return false
            }
            return true
        }
        completionHandler(follow ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let state = locked({ running.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = state.failure {
            state.done(.failure(failure))
        } else if let error {
            state.done(.failure(FetchError.from(error, host: state.host, timeout: limits.connectTimeout)))
        } else if let http = task.response as? HTTPURLResponse {
            var headers: [String: String] = [:]
            for (name, value) in http.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            state.done(.success(HTTPClient.Response(url: http.url ?? state.url, status: http.statusCode, headers: headers, body: state.body)))
        } else {
            state.done(.failure(.network("no answer")))
        }
    }
}
