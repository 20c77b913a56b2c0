import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a URL could not be fetched or read, in words a person can act on. The URL is said by whoever
/// reports it (`newsdesk: URL: reason`).
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(Int)
    case gone
    case serverError(Int)
    case rateLimited(retryAfter: Int?)
    case otherStatus(Int)
    case timedOut(seconds: Double)
    case connectionRefused
    case unknownHost(String)
    case tls(String)
    case tooManyRedirects(Int)
    case redirectLoop(String)
    case tooLarge(limit: Int)
    case binaryAsText(String)
    case noArticle(String)
    case notAFeedOrPage(String)
    case unsupportedURL(String)
    case network(String)

    public var description: String {
        switch self {
        case .notFound(let status): "not found (HTTP \(status)); check the address"
        case .gone: "gone (HTTP 410): the site removed it for good; unsubscribe with newsdesk remove"
        case .serverError(let status): "the server failed (HTTP \(status)); try again later"
        case .rateLimited(let seconds):
            "the server asks to slow down (HTTP 429/503)" + (seconds.map { ", retry after \($0) s" } ?? "") + "; try again later"
        case .otherStatus(let status): "unexpected answer (HTTP \(status))"
        case .timedOut(let seconds): "timed out (no complete answer within \(Self.seconds(seconds)))"
        case .connectionRefused: "connection refused (nothing listens there)"
        case .unknownHost(let host): "unknown host \(host) (check the address, or the network)"
        case .tls(let why): "secure connection failed (\(why))"
        case .tooManyRedirects(let count): "too many redirects (more than \(count))"
        case .redirectLoop(let url): "redirect loop (back to \(url))"
        case .tooLarge(let limit): "larger than the limit of \(limit / 1_000_000) MB, not read"
        case .binaryAsText(let what): "not a page: \(what) served as text"
        case .noArticle(let why): "no article in the page (\(why))"
        case .notAFeedOrPage(let type): "neither a feed nor a web page (\(type))"
        case .unsupportedURL(let url): "not an http or https address: \(url)"
        case .network(let why): why
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }

    /// The error a response's status stands for, if it is one.
    static func status(_ status: Int, retryAfter: Int?) -> FetchError? {
        switch status {
        case 200..<300, 304: nil
        case 404: .notFound(404)
        case 410: .gone
        case 429, 503: .rateLimited(retryAfter: retryAfter)
        case 500..<600: .serverError(status)
        case 400..<500: status == 401 || status == 403 ? .otherStatus(status) : .notFound(status)
        default: .otherStatus(status)
        }
    }

    /// What a Foundation networking error means.
    static func from(_ error: Error, host: String, timeout: Double) -> FetchError {
        let error = error as NSError
        guard error.domain == NSURLErrorDomain else { return .network(error.localizedDescription) }
        switch URLError.Code(rawValue: error.code) {
        case .timedOut: return .timedOut(seconds: timeout)
        case .cannotConnectToHost: return .connectionRefused
        case .cannotFindHost, .dnsLookupFailed: return .unknownHost(host)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
             .clientCertificateRequired:
            let detail = error.localizedDescription
            return .tls(detail.isEmpty ? "certificate or handshake" : detail)
        case .httpTooManyRedirects: return .tooManyRedirects(HTTPClient.Limits().redirects)
        case .unsupportedURL: return .unsupportedURL(host)
        case .notConnectedToInternet: return .network("no network connection")
        default:
            let detail = error.localizedDescription
            // libcurl's TLS failures come under other codes, with OpenSSL's words.
            if detail.contains("SSL") || detail.contains("TLS") || detail.contains("certificate") {
                return .tls(detail.trimmingCharacters(in: .whitespaces))
            }
            return .network(detail.isEmpty ? "network error \(error.code)" : detail)
        }
    }
}
