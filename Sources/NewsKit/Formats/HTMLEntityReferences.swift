import CLibXML2

/// HTML's named character references (`&nbsp;`, `&eacute;`, `&mdash;` …) in an XML document that does
/// not declare them, as feeds written by HTML tools often have: XML knows only its own five, so its
/// parser drops the rest. They are turned into numeric references (`&#233;`) before the XML is parsed,
/// outside CDATA sections and comments (where an ampersand is text), with libxml2's HTML entity table.
/// XML's five (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`), numeric references and names HTML does not know
/// are left as they are; so is a document that declares entities of its own (`<!ENTITY`).
enum HTMLEntityReferences {
    /// `bytes` with HTML's named references made numeric; the same bytes when there are none.
    static func numeric(in bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")), !contains(bytes, Array("<!ENTITY".utf8), from: 0) else { return bytes }
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                // Skip what holds ampersands as text: CDATA sections and comments.
                if let end = skipVerbatim(bytes, at: index) {
                    index = end
                    continue
                }
            case UInt8(ascii: "&"):
                if let reference = namedReference(bytes, at: index) {
                    if output.isEmpty { output.reserveCapacity(count + 64) }
                    output += bytes[copied..<index]
                    output += Array("&#\(reference.scalar);".utf8)
                    copied = reference.end
                    index = reference.end
                    continue
                }
            default: break
            }
            index += 1
        }
        guard copied > 0 else { return bytes }
        output += bytes[copied...]
        return output
    }

    /// XML's own references, which its parser reads.
    private static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The end of `&name;` at `start` and the code point HTML gives it, when HTML knows the name and XML does not.
    private static func namedReference(_ bytes: [UInt8], at start: Int) -> (end: Int, scalar: UInt32)? {
        var end = start + 1
        while end < bytes.count, end - start <= 32, isNameByte(bytes[end]) { end += 1 }
        guard end < bytes.count, end > start + 1, bytes[end] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        guard !xmlNames.contains(name) else { return nil }
        let found: UnsafePointer<htmlEntityDesc>? = name.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }
        guard let found else { return nil }
        return (end + 1, found.pointee.value)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)

    /// Past the end of a CDATA section or comment opening at `start` (the document's end when it is not
    /// closed); nil when none opens there.
    private static func skipVerbatim(_ bytes: [UInt8], at start: Int) -> Int? {
        for (open, close) in [(cdataOpen, cdataClose), (commentOpen, commentClose)] where hasPrefix(bytes, open, at: start) {
            var index = start + open.count
            while index < bytes.count, !hasPrefix(bytes, close, at: index) { index += 1 }
            return min(bytes.count, index + close.count)
        }
        return nil
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[start + offset] != prefix[offset] { return false }
        return true
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Bool {
        guard let first = needle.first else { return true }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, hasPrefix(bytes, needle, at: index) { return true }
            index += 1
        }
        return false
    }
}
