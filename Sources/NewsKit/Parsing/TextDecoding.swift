import Foundation

/// Turns the bytes of a file into text: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, or, when the bytes are not UTF-8, Windows-1252 with a warning.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// Set when the text was read in a fallback encoding.
        var warning: String?
    }

    enum Failure: Error, Equatable {
        case empty
        case binary
        case undecodable(String)
    }

    static func decode(_ data: Data) throws(Failure) -> Decoded {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try nonEmpty(utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE))
        }
        if bytes.prefix(8192).contains(0) { throw .binary }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            return try nonEmpty(Decoded(text: text, warning: nil))
        }
        let offset = firstInvalidUTF8Offset(body)
        let line = body[..<offset].count(where: { $0 == 0x0A }) + 1
        var text = String.UnicodeScalarView()
        text.append(contentsOf: body.map(windows1252))
        return try nonEmpty(Decoded(text: String(text), warning: "line \(line): not valid UTF-8; read as Windows-1252"))
    }

    /// UTF-16 after its byte-order mark. A lone surrogate or an odd last byte (a file cut short) is
    /// replaced by U+FFFD, with a warning naming the line.
    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var text = String.UnicodeScalarView()
        var damagedLine: Int?
        var line = 1
        var decoder = UTF16()
        var iterator = units.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                if scalar == "\n" { line += 1 }
            case .error:
                text.append("\u{FFFD}")
                damagedLine = damagedLine ?? line
            case .emptyInput:
                break decoding
            }
        }
        if bytes.count % 2 == 1 {
            text.append("\u{FFFD}")
            damagedLine = damagedLine ?? line
        }
        return Decoded(text: String(text), warning: damagedLine.map { "line \($0): not valid UTF-16; damaged characters replaced by \u{FFFD}" })
    }

    private static func nonEmpty(_ decoded: Decoded) throws(Failure) -> Decoded {
        guard decoded.text.unicodeScalars.contains(where: { !$0.isHorizontalSpace && !$0.isLineBreak }) else {
            throw .empty
        }
        return decoded
    }

    /// The offset of the first byte that breaks UTF-8 (a simple structural check: lead byte, then the
    /// continuation bytes it announces).
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  bytes[(i + 1)..<(i + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return i }
            i += length
        }
        return i
    }

    /// The Windows-1252 character for a byte (Latin-1 but for 0x80...0x9F).
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
