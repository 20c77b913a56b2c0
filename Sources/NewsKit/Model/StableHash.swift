/// FNV-1a over UTF-8: the same value for the same text in every run and on every machine (Swift's
/// `hashValue` is seeded per process), for identities and colours that must not move.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 14_695_981_039_346_656_037

    public init() {}

    public init(_ text: String) {
        combine(text)
    }

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { add(byte) }
        endField()
    }

    /// The number as `combine(String(number))` would, without making the string.
    public mutating func combine(_ number: Int) {
        let magnitude = number.magnitude
        var unit: UInt = 1
        while magnitude / unit >= 10 { unit *= 10 }
        if number < 0 { add(UInt8(ascii: "-")) }
        while unit > 0 {
            add(UInt8(ascii: "0") + UInt8(magnitude / unit % 10))
            unit /= 10
        }
        endField()
    }

    private mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 1_099_511_628_211
    }

    /// A separator, so that ("ab", "c") and ("a", "bc") differ.
    private mutating func endField() {
        value = (value ^ 0xFF) &* 1_099_511_628_211
    }

    /// Sixteen lowercase hex digits.
    public var hex: String { hex(after: "") }

    /// `prefix` (ASCII) and the sixteen lowercase hex digits, made as one string.
    func hex(after prefix: StaticString) -> String {
        let length = prefix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: length + 16) { buffer in
            for k in 0..<length { buffer[k] = prefix.utf8Start[k] }
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * k)) & 0xF
                buffer[length + k] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return length + 16
        }
    }
}
