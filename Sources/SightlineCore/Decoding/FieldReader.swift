/// Typed reads of member values with schema-style error messages naming the field.
extension JSONScanner {
    mutating func typeError(_ field: String, expected: String) throws(LineError) -> Never {
        let kind = try peekKind()
        let got: String
        switch kind {
        case .string:
            let s = try readString()
            got = "the string \(LineError.quote(s))"
        case .number:
            let (r, _) = try scanNumber()
            got = "the number \(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).prefix(40))"
        case .boolean: got = (try readBool()) ? "true" : "false"
        case .null: got = "null"
        case .object: got = "an object"
        case .array: got = "an array"
        }
        throw LineError("field `\(field)` must be \(expected), got \(got)")
    }

    /// A string member with the schema's length bounds (in characters).
    mutating func string(_ field: String, min: Int = 0, max: Int) throws(LineError) -> String {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            try typeError(field, expected: "a string")
        }
        let s = try readString()
        if s.utf8.count < min { throw LineError("field `\(field)` must not be empty") }
        if exceeds(s, maxLength: max) {
            throw LineError("field `\(field)` is longer than the schema's limit of \(max) characters")
        }
        return s
    }

    mutating func bool(_ field: String) throws(LineError) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "t") || bytes[position] == UInt8(ascii: "f")
        else { try typeError(field, expected: "true or false") }
        return try readBool()
    }

    mutating func integer(_ field: String, min: Int64 = 0) throws(LineError) -> Int64 {
        skipWhitespace()
        guard try peekKind() == .number else { try typeError(field, expected: "a whole number") }
        let v = try readInteger(field: field)
        if v < min { throw LineError("field `\(field)` must be at least \(min), got \(v)") }
        return v
    }

    mutating func timestamp(_ field: String) throws(LineError) -> Int64 {
        let s = try string(field, max: 64)
        guard let t = Timestamp.parse(s) else {
            throw LineError("field `\(field)` is not an RFC 3339 timestamp: \(LineError.quote(s))")
        }
        return t
    }

    mutating func countryCode(_ field: String) throws(LineError) -> String {
        let s = try string(field, max: 64)
        guard s.utf8.count == 2, s.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
            throw LineError("field `\(field)` must be a two-letter upper-case country code (ISO 3166-1), got \(LineError.quote(s))")
        }
        return s
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable>(_ field: String, _: E.Type) throws(LineError) -> E
    where E.RawValue == String {
        // The list of allowed values is spelled out only for an error: building it for every
        // valid line cost about 1% of the ingest.
        func allowed() -> String { E.allCases.map(\.rawValue).joined(separator: ", ") }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            try typeError(field, expected: "one of \(allowed())")
        }
        let s = try readString()
        guard let v = E(rawValue: s) else {
            throw LineError("field `\(field)` must be one of \(allowed()), got \(LineError.quote(s))")
        }
        return v
    }

    /// Requires an object value (for nested members such as `network`).
    /// Consumes a `null` value and says so; leaves any other value unread.
    mutating func skipNull() throws(LineError) -> Bool {
        guard try peekKind() == .null else { return false }
        try skipValue()
        return true
    }

    mutating func requireObject(_ field: String) throws(LineError) {
        guard try peekKind() == .object else { try typeError(field, expected: "an object") }
    }
}

/// Shared line checks: UTF-8, object shape.
enum LinePrecheck {
    static func check(_ line: UnsafeBufferPointer<UInt8>) throws(LineError) {
        if let bad = firstInvalidUTF8(line) {
            throw LineError("the line is not valid UTF-8 (bad byte at byte \(bad + 1))")
        }
    }
}
