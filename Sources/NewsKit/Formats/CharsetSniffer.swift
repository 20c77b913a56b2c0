import Foundation

/// Finds a web page's character encoding and decodes it: a byte-order mark, then the HTTP header's
/// charset, then `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB (or an XML
/// declaration), then valid UTF-8, else Windows-1252 (what browsers assume for `ISO-8859-1` and for
/// unlabelled pages).
enum CharsetSniffer {
    struct Decoded {
        var text: String
        /// The encoding read, by its canonical name (`UTF-8`, `windows-1251`, `Shift_JIS` …).
        var charset: String
        /// Where the charset came from: `bom`, `http`, `meta`, `xml`, `utf8` (valid UTF-8, unlabelled) or `fallback`.
        var origin: String
        /// Set when the bytes did not all decode in the charset (replacement characters were put in).
        var warning: String?
    }

    static func decode(_ bytes: [UInt8], httpCharset: String?) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)), origin: "bom")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            return convert(Array(bytes.dropFirst(2)), from: name, origin: "bom") ?? utf8(bytes, origin: "fallback")
        }
        for (label, origin) in [(httpCharset, "http"), (declared(in: bytes), "meta")] {
            guard let label, let name = canonical(label) else { continue }
            if name == "UTF-8" { return utf8(bytes, origin: origin) }
            if let decoded = convert(bytes, from: name, origin: origin) { return decoded }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, charset: "UTF-8", origin: "utf8")
        }
        return convert(bytes, from: "windows-1252", origin: "fallback") ?? utf8(bytes, origin: "fallback")
    }

    /// UTF-8, any invalid sequence replaced.
    private static func utf8(_ bytes: [UInt8], origin: String) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, charset: "UTF-8", origin: origin)
        }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), charset: "UTF-8", origin: origin,
                       warning: "not valid UTF-8 although labelled so; damaged characters replaced by \u{FFFD}")
    }

    /// The charset a page declares in its first 4 KB: `<meta charset=…>`, `<meta http-equiv="Content-Type"
    /// content="…; charset=…">` or `<?xml … encoding="…"?>`.
    static func declared(in bytes: [UInt8]) -> String? {
        // Bytes, ASCII case folded: the first 4 KB of every page is looked at.
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head, from: 0) {
            if let value = value(after: Array("encoding=".utf8), in: head[..<end]) { return value }
        }
        var from = 0
        while let meta = find(Array("<meta".utf8), in: head, from: from) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            if let value = value(after: Array("charset=".utf8), in: head[meta..<close]) { return value }
            from = close
        }
        return nil
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The value after `key` (quoted or not) in a tag's bytes.
    private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        let bytes = Array(tag)
        guard let found = find(key, in: bytes, from: 0) else { return nil }
        let rest = bytes[(found + key.count)...].drop(while: { $0 == 0x20 || $0 == 0x22 || $0 == 0x27 })
        let value = rest.prefix(while: { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A || $0 == 0x2E })
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// The encoding a label names, as iconv knows it (WHATWG's rule: Latin-1 and ASCII labels mean
    /// Windows-1252); nil for a label nobody knows.
    static func canonical(_ label: String) -> String? {
        let name = label.trimmingCharacters(in: .whitespaces).lowercased()
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252",
             "windows-1252", "x-cp1252", "cp819", "iso-ir-100", "csisolatin1": return "windows-1252"
        case "windows-1251", "cp1251", "x-cp1251": return "windows-1251"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "ms932", "cp932":
            return "CP932"
        case "euc-jp", "x-euc-jp": return "EUC-JP"
        case "iso-2022-jp": return "ISO-2022-JP"
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58": return "GBK"
        case "gb18030": return "GB18030"
        case "big5", "big5-hkscs", "x-x-big5", "cn-big5": return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949", "korean": return "CP949"
        case "koi8-r", "koi8r", "koi": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default:
            if name.hasPrefix("windows-125"), name.count == 12 { return name }
            if name.hasPrefix("iso-8859-") || name.hasPrefix("iso8859-") { return name.replacingOccurrences(of: "iso8859", with: "iso-8859") }
            return nil
        }
    }

    /// The bytes converted from `charset` with iconv; nil when iconv does not know the charset.
    /// Bytes that do not convert are replaced by U+FFFD, with a warning.
    static func convert(_ bytes: [UInt8], from charset: String, origin: String) -> Decoded? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var produced = 0
        var damaged = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + produced).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - produced - 4
                    var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                    let before = outLeft
                    let result = iconv(converter, &inOptional, &inLeft, &outPointer, &outLeft)
                    produced += before - outLeft
                    inPointer = inOptional!
                    if result == -1 {
                        guard errno == EILSEQ || errno == EINVAL, outBuffer.count - produced >= 4 else { break }
                        // One byte that does not convert: U+FFFD, then on.
                        for byte: UInt8 in [0xEF, 0xBF, 0xBD] { outBuffer[produced] = byte; produced += 1 }
                        damaged += 1
                        inPointer += 1
                        inLeft -= 1
                    }
                }
            }
        }
        let text = String(decoding: output[..<produced], as: UTF8.self)
        return Decoded(text: text, charset: charset == "CP932" ? "Shift_JIS" : charset, origin: origin,
                       warning: damaged > 0 ? "\(damaged) bytes not valid \(charset); replaced by \u{FFFD}" : nil)
    }
}
