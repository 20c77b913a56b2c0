import Foundation

/// What a fetched body is: a feed or a web page, told by its media type and, when that says little,
/// by its first bytes; and what is wrong with it, if anything (a binary served as text, a charset
/// that is wrong or missing).
enum Document: Equatable {
    case feed, page

    static func kind(of response: HTTPClient.Response) throws(FetchError) -> Document {
        let body = response.body
        let type = response.mediaType ?? ""
        if let binary = binaryKind(body) { throw .binaryAsText(binary + (type.isEmpty ? "" : " (\(type))")) }
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let looksLikeFeed = start.hasPrefix("<?xml") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf"))
            || start.hasPrefix("<rss") || start.hasPrefix("<feed") || start.hasPrefix("<rdf")
            || (start.hasPrefix("{") && head.contains("jsonfeed.org"))
        let looksLikePage = start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || head.contains("<body") || head.contains("<head")
        switch type {
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
            return .feed
        case "text/html", "application/xhtml+xml":
            return looksLikeFeed ? .feed : .page
        case "application/xml", "text/xml", "application/json", "text/plain", "", "application/octet-stream":
            if looksLikeFeed { return .feed }
            if looksLikePage { return .page }
            throw .notAFeedOrPage(type.isEmpty ? "no media type, and neither feed nor HTML inside" : type)
        default:
            if looksLikeFeed { return .feed }
            if looksLikePage, type.hasPrefix("text/") { return .page }
            throw .notAFeedOrPage(type)
        }
    }

    /// What a body is when its first bytes say it is not text (an image, a PDF, an archive), or holds
    /// NUL bytes; nil for text.
    static func binaryKind(_ body: Data) -> String? {
        let magic: [(bytes: [UInt8], name: String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
            ([0x25, 0x50, 0x44, 0x46], "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip-compressed data"),
            ([0x52, 0x49, 0x46, 0x46], "a RIFF file (WebP, WAV)"), ([0x7F, 0x45, 0x4C, 0x46], "a program"),
        ]
        let head = [UInt8](body.prefix(4096))
        for (bytes, name) in magic where head.starts(with: bytes) { return name }
        // UTF-16 with a byte-order mark is text; NUL bytes otherwise are not.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return nil }
        return head.contains(0) ? "binary data" : nil
    }

    /// A warning about the charset, or nil when it is fine: one the HTTP header names but nobody knows,
    /// or none named anywhere for a body that is not UTF-8.
    static func charsetWarning(_ response: HTTPClient.Response) -> String? {
        if let charset = response.charset, !isKnown(charset) {
            return "unknown charset \"\(charset)\" in the HTTP header, ignored"
        }
        if response.charset == nil, String(validating: response.body, as: UTF8.self) == nil {
            let head = String(decoding: response.body.prefix(2048), as: UTF8.self).lowercased()
            if !head.contains("charset") && !head.contains("encoding=") && !response.body.starts(with: [0xFF, 0xFE]) && !response.body.starts(with: [0xFE, 0xFF]) {
                return "no charset declared and the text is not UTF-8: read as Windows-1252"
            }
        }
        return nil
    }

    static func isKnown(_ charset: String) -> Bool {
        let name = charset.lowercased()
        let common: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "windows-1252", "cp1252",
                                   "windows-1251", "cp1251", "koi8-r", "shift_jis", "shift-jis", "sjis", "euc-jp", "iso-2022-jp",
                                   "gb2312", "gbk", "gb18030", "big5", "euc-kr", "utf-16", "utf-16le", "utf-16be", "iso-8859-2",
                                   "iso-8859-15", "windows-1250", "windows-1253", "windows-1254", "windows-1256", "iso-8859-5",
                                   "iso-8859-7", "iso-8859-9", "tis-620", "windows-874"]
        if common.contains(name) { return true }
        return name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125") || name.hasPrefix("x-mac-")
    }
}
