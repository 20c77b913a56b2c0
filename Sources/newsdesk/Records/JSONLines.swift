import Foundation

/// `--json` output: one `Codable` record per line, keys in snake_case, UTF-8 kept as is.
struct JSONLines {
    private let encoder = Self.encoder
    /// The encoder of every record: snake_case keys, sorted.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private var output = StandardOutput()

    mutating func write(_ record: some Encodable) {
        // Records hold only strings, numbers and arrays of them, which always encode.
        guard let data = try? encoder.encode(record) else { return }
        output.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}

/// An optional field written as `null` when absent (a synthesised `Encodable` would leave the key out),
/// so every record of a kind has the same keys.
@propertyWrapper
struct Nullable<Value: Codable & Sendable>: Codable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension KeyedDecodingContainer {
    /// A `Nullable` field may also be missing altogether (a record written by hand).
    func decode<Value>(_ type: Nullable<Value>.Type, forKey key: Key) throws -> Nullable<Value> {
        try decodeIfPresent(type, forKey: key) ?? Nullable(wrappedValue: nil)
    }
}
