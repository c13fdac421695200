// FoundationEssentials: the JSON coders without the rest of Foundation (files, the host's time
// zones), which the pure modules must not use.
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The one JSON configuration of everything Sightline writes and reads back: sorted keys, so the
/// same value always gives the same bytes; slashes unescaped; pretty for documents people read,
/// one line for JSON Lines and API lists.
public enum JSONCodec {
    public enum Layout: Sendable { case pretty, line }

    public static func encode<T: Encodable>(_ value: T, _ layout: Layout = .pretty) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = layout == .pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: some Sequence<UInt8>) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}

/// Timestamps travel as RFC 3339 text (`2025-02-14T03:12:55Z`), and are milliseconds in memory.
extension KeyedEncodingContainer {
    public mutating func encodeTimestamp(_ millis: Int64, forKey key: Key) throws {
        try encode(Timestamp.format(millis), forKey: key)
    }

    public mutating func encodeTimestamp(_ millis: Int64?, forKey key: Key) throws {
        try encode(millis.map(Timestamp.format), forKey: key)
    }
}

extension KeyedDecodingContainer {
    public func decodeTimestamp(forKey key: Key) throws -> Int64 {
        let text = try decode(String.self, forKey: key)
        guard let t = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an RFC 3339 time")
        }
        return t
    }

    public func decodeTimestampIfPresent(forKey key: Key) throws -> Int64? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let t = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an RFC 3339 time")
        }
        return t
    }
}

/// A compact JSON array of strings, as the SQL stores keep lists in one column.
public enum JSONList {
    public static func encode(_ items: [String]) -> String {
        (try? JSONCodec.encode(items, .line)) ?? "[]"
    }

    /// Parses what `encode` wrote; anything else gives an empty array.
    public static func decode(_ text: String) -> [String] {
        (try? JSONCodec.decode([String].self, from: text)) ?? []
    }
}


/// Writes many values as JSON Lines with one encoder (the codec's `.line` layout), for the
/// scenario generator's millions of lines.
public struct JSONLineWriter {
    private let encoder: JSONEncoder

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// The value's line, without the newline. Values whose numbers are all finite always encode.
    public func line<T: Encodable>(_ value: T) -> String {
        do { return String(decoding: try encoder.encode(value), as: UTF8.self) } catch { preconditionFailure("unencodable line: \(error)") }
    }
}
