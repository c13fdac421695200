/// Compact MinHash signatures of prompts, for near-duplicates across the whole population (not
/// only the flagged slice): `width` 16-bit values per prompt (b-bit MinHash, Li and König 2010:
/// two prompts agree on a value with probability about their shingle Jaccard), stored flat.
public struct PromptSignatures: Sendable, Equatable {
    public static let width = 64
    /// Event seqs, ascending; signature `i` is `values[i * width ..< (i + 1) * width]`, of a
    /// prompt `lengths[i]` Unicode scalars long.
    public var seqs: [Int64] = []
    public var values: [UInt16] = []
    public var lengths: [Int32] = []

    public init() {}

    public var count: Int { seqs.count }

    public mutating func append(seq: Int64, _ signature: [UInt16], length: Int) {
        precondition(signature.count == Self.width)
        seqs.append(seq)
        values += signature
        lengths.append(Int32(clamping: length))
    }

    public func signature(_ i: Int) -> ArraySlice<UInt16> { values[(i * Self.width)..<((i + 1) * Self.width)] }

    /// Bytes as stored: the prompt's length (32 bits), then the values (16 bits each), little-
    /// endian; no bytes for a prompt too short to sign.
    public static func encode(_ signature: [UInt16], length: Int) -> [UInt8] {
        guard !signature.isEmpty else { return [] }
        let n = UInt32(clamping: length)
        var out: [UInt8] = [UInt8(n & 0xFF), UInt8((n >> 8) & 0xFF), UInt8((n >> 16) & 0xFF), UInt8(n >> 24)]
        out.reserveCapacity(4 + signature.count * 2)
        for v in signature {
            out.append(UInt8(v & 0xFF))
            out.append(UInt8(v >> 8))
        }
        return out
    }

    /// The signature and length in stored bytes: nil for damaged bytes, empty values for none.
    public static func decode(_ bytes: [UInt8]) -> (values: [UInt16], length: Int)? {
        if bytes.isEmpty { return ([], 0) }
        guard bytes.count == 4 + width * 2 else { return nil }
        let length = Int(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
        return (stride(from: 4, to: bytes.count, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }, length)
    }
}
