/// FNV-1a over UTF-8: the same value for the same text in every run and on every machine (Swift's
/// `hashValue` is seeded per process), for identities and colours that must not move.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 14_695_981_039_346_656_037

    public init() {}

    public init(_ text: String) {
        combine(text)
    }

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 1_099_511_628_211 }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        value = (value ^ 0xFF) &* 1_099_511_628_211
    }

    public mutating func combine(_ number: Int) {
        combine(String(number))
    }

    /// Sixteen lowercase hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
