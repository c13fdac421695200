/// Why one input line was set aside. The message is meant for a person and never carries more
/// than a short, sanitised excerpt of the (attacker-controlled) input.
public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }

    /// Quotes a short excerpt of untrusted text for an error message: at most 40 characters, with
    /// control, format (bidi) and other invisible characters shown as `\u{...}` escapes.
    public static func quote(_ text: String, limit: Int = 40) -> String {
        var out = "'"
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { out += "…"; break }
            count += 1
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                if scalar == "'" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}

/// UTF-8 validation with an ASCII fast path. Returns the offset of the first invalid byte, or nil.
public func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = bytes.count
    var i = 0
    guard let base = bytes.baseAddress else { return nil }
    while i < n {
        // Eight ASCII bytes at a time.
        if i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
        }
        let b = base[i]
        if b < 0x80 { i += 1; continue }
        var need = 0
        var minScalar: UInt32 = 0
        var scalar: UInt32 = 0
        if b & 0xE0 == 0xC0 { need = 1; minScalar = 0x80; scalar = UInt32(b & 0x1F) }
        else if b & 0xF0 == 0xE0 { need = 2; minScalar = 0x800; scalar = UInt32(b & 0x0F) }
        else if b & 0xF8 == 0xF0 { need = 3; minScalar = 0x10000; scalar = UInt32(b & 0x07) }
        else { return i }
        guard i + need < n else { return i }
        for k in 1...need {
            let c = base[i + k]
            guard c & 0xC0 == 0x80 else { return i }
            scalar = (scalar << 6) | UInt32(c & 0x3F)
        }
        if scalar < minScalar || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar < 0xE000) { return i }
        i += need + 1
    }
    return nil
}

/// Number of Unicode scalars in a string, counted only as far as needed to compare with `limit`.
/// JSON Schema's `maxLength` counts characters (code points), not bytes.
@inline(__always) func exceeds(_ s: String, maxLength limit: Int) -> Bool {
    if s.utf8.count <= limit { return false }
    var count = 0
    for _ in s.unicodeScalars {
        count += 1
        if count > limit { return true }
    }
    return false
}
