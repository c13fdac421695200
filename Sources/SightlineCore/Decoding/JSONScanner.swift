/// A validating JSON scanner over the bytes of one line.
///
/// Ingestion decodes millions of lines; Foundation's `JSONDecoder` tops out near 150,000 events per
/// second on one core here, so the event and observation decoders walk the bytes themselves with this
/// scanner. It checks the full JSON grammar (RFC 8259), caps nesting depth, and never trusts a length
/// from the input. It does not validate UTF-8: callers check the whole line once up front.
public struct JSONScanner: ~Copyable {
    public let bytes: UnsafeBufferPointer<UInt8>
    public var position: Int = 0
    /// Deeper nesting than this is rejected, so hostile input cannot exhaust the stack.
    public static let maxDepth = 64

    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The kind of value starting at the current position, without consuming it.
    public enum Kind: String, Sendable {
        case object, array, string, number, boolean, null
    }

    @inline(__always) var atEnd: Bool { position >= bytes.count }

    @inline(__always) public mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 } else { return }
        }
    }

    public mutating func peekKind() throws(LineError) -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw LineError("the line ends where a JSON value should start") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw LineError("malformed JSON: unexpected character \(Self.describe(bytes[position])) at byte \(position + 1)")
        }
    }

    @inline(__always) mutating func expect(_ byte: UInt8) throws(LineError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else {
            if position >= bytes.count {
                throw LineError("malformed JSON: the line ends early (truncated object?)")
            }
            throw LineError("malformed JSON: expected '\(Character(Unicode.Scalar(byte)))' at byte \(position + 1), found \(Self.describe(bytes[position]))")
        }
        position += 1
    }

    /// Consumes `byte` if it is next (after whitespace).
    @inline(__always) mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        if position < bytes.count, bytes[position] == byte { position += 1; return true }
        return false
    }

    // MARK: objects

    /// Walks the members of an object, calling `body` with each key; `body` must consume the value.
    public mutating func forEachMember(
        depth: Int = 0, _ body: (inout JSONScanner, JSONKey) throws(LineError) -> Void
    ) throws(LineError) {
        guard depth < Self.maxDepth else { throw LineError("JSON nested deeper than \(Self.maxDepth) levels") }
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                if position >= bytes.count { throw LineError("malformed JSON: the line ends early (truncated object?)") }
                throw LineError("malformed JSON: expected a member name in quotes at byte \(position + 1)")
            }
            let key = try scanKey()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
            if consume(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    mutating func scanKey() throws(LineError) -> JSONKey {
        let start = position + 1
        let (end, hasEscapes) = try scanStringEnd()
        if hasEscapes {
            return JSONKey(start: start, end: end, decoded: try decodeEscaped(start, end))
        }
        return JSONKey(start: start, end: end, decoded: nil)
    }

    /// True when `key` spells `name` (a plain ASCII literal).
    @inline(__always) public func key(_ key: JSONKey, is name: StaticString) -> Bool {
        if let decoded = key.decoded { return decoded == name.description }
        let n = name.utf8CodeUnitCount
        guard key.end - key.start == n else { return false }
        let p = name.utf8Start
        var i = 0
        while i < n {
            if bytes[key.start + i] != p[i] { return false }
            i += 1
        }
        return true
    }

    public func keyString(_ key: JSONKey) -> String {
        key.decoded ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), as: UTF8.self)
    }

    // MARK: strings

    /// Scans from an opening quote to just past the closing quote. Returns the index of the closing
    /// quote and whether any escape was seen. Rejects raw control characters and bad escapes.
    @inline(__always) mutating func scanStringEnd() throws(LineError) -> (Int, Bool) {
        position += 1  // opening quote
        var escapes = false
        var i = position
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                position = i + 1
                return (i, escapes)
            }
            if b == UInt8(ascii: "\\") {
                escapes = true
                guard i + 1 < n else { break }
                let e = bytes[i + 1]
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 5 < n, Self.hex(bytes[i + 2]) >= 0, Self.hex(bytes[i + 3]) >= 0,
                        Self.hex(bytes[i + 4]) >= 0, Self.hex(bytes[i + 5]) >= 0
                    else { throw LineError("malformed JSON: bad \\u escape at byte \(i + 1)") }
                    i += 6
                default:
                    throw LineError("malformed JSON: unknown escape \\\(Character(Unicode.Scalar(e))) at byte \(i + 1)")
                }
                continue
            }
            if b < 0x20 {
                throw LineError("malformed JSON: unescaped control character in a string at byte \(i + 1)")
            }
            i += 1
        }
        throw LineError("malformed JSON: a string is not closed (truncated line?)")
    }

    /// Reads a string value.
    public mutating func readString() throws(LineError) -> String {
        skipWhitespace()
        let start = position + 1
        let (end, escapes) = try scanStringEnd()
        if escapes { return try decodeEscaped(start, end) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Skips a string value, returning its raw byte range (between the quotes).
    public mutating func skipString() throws(LineError) -> Range<Int> {
        skipWhitespace()
        let start = position + 1
        let (end, _) = try scanStringEnd()
        return start..<end
    }

    func decodeEscaped(_ start: Int, _ end: Int) throws(LineError) -> String {
        var out = [UInt8]()
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let b = bytes[i]
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = UInt32(hex4(i))
                i += 4
                if code >= 0xD800 && code < 0xDC00 {
                    // A high surrogate must be followed by an escaped low surrogate.
                    if i + 5 < end + 1, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        let low = UInt32(hex4(i + 2))
                        if low >= 0xDC00 && low < 0xE000 {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        } else {
                            throw LineError("malformed JSON: unpaired UTF-16 surrogate in a \\u escape")
                        }
                    } else {
                        throw LineError("malformed JSON: unpaired UTF-16 surrogate in a \\u escape")
                    }
                } else if code >= 0xDC00 && code < 0xE000 {
                    throw LineError("malformed JSON: unpaired UTF-16 surrogate in a \\u escape")
                }
                guard let scalar = Unicode.Scalar(code) else {
                    throw LineError("malformed JSON: invalid \\u escape")
                }
                for u in UTF8.encode(scalar)! { out.append(u) }
            default: out.append(e)  // \" \\ \/
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) func hex4(_ i: Int) -> Int {
        (Self.hex(bytes[i]) << 12) | (Self.hex(bytes[i + 1]) << 8) | (Self.hex(bytes[i + 2]) << 4)
            | Self.hex(bytes[i + 3])
    }

    @inline(__always) static func hex(_ b: UInt8) -> Int {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(b - UInt8(ascii: "A") + 10)
        default: return -1
        }
    }

    // MARK: scalars

    public mutating func readBool() throws(LineError) -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw LineError("malformed JSON: bad literal at byte \(position + 1)")
    }

    mutating func matchLiteral(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard position + n <= bytes.count else { return false }
        for i in 0..<n where bytes[position + i] != word.utf8Start[i] { return false }
        position += n
        return true
    }

    /// Scans a number per the JSON grammar; returns its byte range and whether it is an integer.
    public mutating func scanNumber() throws(LineError) -> (Range<Int>, isInteger: Bool) {
        skipWhitespace()
        let start = position
        var integer = true
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, Self.isDigit(bytes[position]) else {
            throw LineError("malformed JSON: bad number at byte \(start + 1)")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integer = false
            position += 1
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw LineError("malformed JSON: bad number at byte \(start + 1)")
            }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            integer = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, Self.isDigit(bytes[position]) else {
                throw LineError("malformed JSON: bad number at byte \(start + 1)")
            }
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        return (start..<position, integer)
    }

    /// Reads a number that must be a whole number fitting in 64 bits (`1.0` is accepted as 1).
    public mutating func readInteger(field: String) throws(LineError) -> Int64 {
        let (range, isInteger) = try scanNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if isInteger, let v = Int64(text) { return v }
        if !isInteger, let d = Double(text), d == d.rounded(), abs(d) < 9.0e15 { return Int64(d) }
        throw LineError("field `\(field)` must be a whole number, got \(LineError.quote(text))")
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Skips any value, checking its grammar.
    public mutating func skipValue(depth: Int = 0) throws(LineError) {
        switch try peekKind() {
        case .string: _ = try skipString()
        case .number: _ = try scanNumber()
        case .boolean: _ = try readBool()
        case .null:
            guard matchLiteral("null") else { throw LineError("malformed JSON: bad literal at byte \(position + 1)") }
        case .object:
            try forEachMember(depth: depth + 1) { (s, _) throws(LineError) in try s.skipValue(depth: depth + 1) }
        case .array:
            try forEachElement(depth: depth + 1) { (s) throws(LineError) in try s.skipValue(depth: depth + 1) }
        }
    }

    public mutating func forEachElement(
        depth: Int = 0, _ body: (inout JSONScanner) throws(LineError) -> Void
    ) throws(LineError) {
        guard depth < Self.maxDepth else { throw LineError("JSON nested deeper than \(Self.maxDepth) levels") }
        try expect(UInt8(ascii: "["))
        if consume(UInt8(ascii: "]")) { return }
        while true {
            try body(&self)
            if consume(UInt8(ascii: ",")) { continue }
            try expect(UInt8(ascii: "]"))
            return
        }
    }

    /// The reason to give for a line whose top-level value is not an object: where it breaks
    /// when it is not JSON at all ("not json" is no null), else what kind of value it is.
    public mutating func notAnObject(_ kind: Kind, record: String) -> LineError {
        do {
            try skipValue()
            try expectEnd(after: "value")
        } catch {
            return error
        }
        return LineError("the line is a JSON \(kind.rawValue), not an object; each line must be one \(record) object")
    }

    /// After the top-level value only whitespace may follow.
    public mutating func expectEnd(after what: String = "object") throws(LineError) {
        skipWhitespace()
        if position < bytes.count {
            throw LineError("malformed JSON: unexpected text after the \(what) at byte \(position + 1)")
        }
    }

    static func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16, uppercase: true))"
    }
}

/// A member name: a byte range of the line, plus the decoded text when it had escapes.
public struct JSONKey {
    let start: Int
    let end: Int
    let decoded: String?
}
