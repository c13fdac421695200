import SightlineCore

/// For store adapters: accounts, devices, conversations, models and the like repeat across events;
/// loading a million events, one copy of each value is shared by all the events that carry it.
public struct SharedValues {
    var known: [String: String] = [:]

    public init() {}

    /// The shared copy of `s` (the first one seen).
    public mutating func callAsFunction(_ s: String?) -> String? {
        guard let s else { return nil }
        if let k = known[s] { return k }
        known[s] = s
        return s
    }

    /// Replaces the repeating fields of an event and its classification with shared copies.
    public mutating func share(_ e: inout UsageEvent, _ c: inout EventClassification) {
        e.account = self(e.account)!
        e.organization = self(e.organization)
        e.conversation = self(e.conversation)
        e.model = self(e.model)
        e.ip = self(e.ip)
        e.country = self(e.country)
        e.device = self(e.device)
        e.timezone = self(e.timezone)
        e.locale = self(e.locale)
        c.promptLanguage = self(c.promptLanguage)!
        c.responseLanguage = self(c.responseLanguage)
    }
}

/// For store adapters: a vector as bytes (little-endian Float32), and back.
public enum VectorBytes {
    public static func encode(_ v: [Float]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(v.count * 4)
        for x in v { withUnsafeBytes(of: x.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    /// nil when the byte count is not a whole number of floats.
    public static func decode<C: Collection<UInt8>>(_ bytes: C) -> [Float]? where C.Index == Int {
        guard bytes.count % 4 == 0 else { return nil }
        var out: [Float] = []
        out.reserveCapacity(bytes.count / 4)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            out.append(Float(bitPattern: b))
            i += 4
        }
        return out
    }
}
