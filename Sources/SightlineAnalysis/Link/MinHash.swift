import Dispatch
import SightlineCore
import SightlineDetection

/// MinHash signatures and locality-sensitive hashing for near-duplicate text: prompt templates
/// reused with slots changed, code iterated across accounts, outputs reposted with light edits.
public struct MinHasher: Sendable {
    public static let hashes = 64
    public static let bands = 16
    static let rows = hashes / bands
    let a: [UInt64]
    let b: [UInt64]

    let simdA: [SIMD8<UInt64>]
    let simdB: [SIMD8<UInt64>]

    public init(seed: UInt64 = 0x51A7_11E5) {
        var rng = SplitMix64(seed: seed)
        a = (0..<Self.hashes).map { _ in rng.next() | 1 }
        b = (0..<Self.hashes).map { _ in rng.next() }
        let (a, b) = (a, b)
        simdA = (0..<(Self.hashes / 8)).map { k in SIMD8((0..<8).map { a[k * 8 + $0] }) }
        simdB = (0..<(Self.hashes / 8)).map { k in SIMD8((0..<8).map { b[k * 8 + $0] }) }
    }

    /// Masks what changes between uses of one template: numbers, URLs, @handles, e-mail addresses.
    public static func normalise(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(min(text.unicodeScalars.count, 4096))
        var inToken = false
        var token: [UInt32] = []
        let url: [UInt32] = Array("<url>".unicodeScalars.map(\.value))
        let handle: [UInt32] = Array("<handle>".unicodeScalars.map(\.value))
        func startsWith(_ p: String) -> Bool {
            var i = 0
            for c in p.unicodeScalars {
                if i >= token.count || token[i] != c.value { return false }
                i += 1
            }
            return true
        }
        func flushToken() {
            defer { token.removeAll(keepingCapacity: true) }
            guard !token.isEmpty else { return }
            if startsWith("http") || startsWith("www.") { out += url }
            else if token.contains(0x40) { out += handle }
            else { out += token }
        }
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > 8192 { break }
            var v = scalar.value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if v >= 0x30 && v <= 0x39 { v = 0x30 } else if v >= 0x80, TextFeatures.knownLetter(v) == nil, scalar.properties.numericType != nil { v = 0x30 }
            let space = v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D
            if space {
                if inToken { flushToken(); out.append(0x20) }
                inToken = false
                continue
            }
            inToken = true
            if v == 0x30, token.last == 0x30 { continue }  // a run of digits is one digit
            token.append(v)
        }
        flushToken()
        return out
    }

    /// Shingles: word 3-grams for spaced text, character 4-grams otherwise (Chinese, Japanese, code).
    public static func shingles(_ text: String) -> [UInt64] {
        let scalars = normalise(text)
        var words: [UInt64] = []
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for v in scalars {
            if v == 0x20 {
                if inWord { words.append(h) }
                h = 0xCBF2_9CE4_8422_2325
                inWord = false
            } else {
                h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
                inWord = true
            }
        }
        if inWord { words.append(h) }
        var out: [UInt64] = []
        if words.count >= 6 && scalars.count / max(words.count, 1) < 12 {
            for i in 0..<(words.count - 2) { out.append(SplitMix64.mix(words[i] &* 31 &+ words[i + 1] &* 17 &+ words[i + 2])) }
        } else {
            let chars = scalars.filter { $0 != 0x20 }
            if chars.count < 4 { return chars.isEmpty ? [] : [SplitMix64.mix(chars.reduce(7) { $0 &* 131 &+ UInt64($1) })] }
            for i in 0..<(chars.count - 3) {
                out.append(SplitMix64.mix(UInt64(chars[i]) << 42 ^ UInt64(chars[i + 1]) << 28 ^ UInt64(chars[i + 2]) << 14 ^ UInt64(chars[i + 3])))
            }
        }
        return out
    }

    public func signature(_ text: String) -> [UInt64]? {
        let sh = Self.shingles(text)
        guard sh.count >= 3 else { return nil }
        // Eight lanes at a time (the same values as one at a time, several times faster).
        var lanes = [SIMD8<UInt64>](repeating: SIMD8(repeating: .max), count: Self.hashes / 8)
        for s in sh {
            let x = SIMD8<UInt64>(repeating: s)
            for k in 0..<(Self.hashes / 8) {
                lanes[k] = pointwiseMin(lanes[k], simdA[k] &* x &+ simdB[k])
            }
        }
        var sig = [UInt64](repeating: 0, count: Self.hashes)
        for k in 0..<(Self.hashes / 8) { for j in 0..<8 { sig[k * 8 + j] = lanes[k][j] } }
        return sig
    }

    /// The compact signature of a prompt (see `PromptSignatures`): each minimum hashed down to
    /// 16 bits, so that unrelated texts agree on a value with probability 1/65536 only.
    public func compactSignature(_ text: String) -> [UInt16]? {
        signature(text).map { sig in sig.map { UInt16(truncatingIfNeeded: SplitMix64.mix($0) >> 20) } }
    }

    /// A prompt's row of `PromptSignatures`: its compact signature (empty when it is too short to
    /// sign, so that it is not read again) and its length in Unicode scalars.
    public func signatureRow(_ prompt: String) -> (signature: [UInt16], length: Int) {
        (compactSignature(prompt) ?? [], prompt.unicodeScalars.count)
    }

    public static func similarity(_ x: [UInt64], _ y: [UInt64]) -> Double {
        var same = 0
        for i in 0..<hashes where x[i] == y[i] { same += 1 }
        return Double(same) / Double(hashes)
    }

    /// Band keys for LSH: items sharing any key are candidate near-duplicates.
    public static func bandKeys(_ sig: [UInt64]) -> [UInt64] {
        (0..<bands).map { band in
            var h: UInt64 = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for r in 0..<rows { h = SplitMix64.mix(h ^ sig[band * rows + r]) }
            return h
        }
    }

    /// Pairs (i, j), i < j, of signatures sharing a band, whose estimated similarity is at least
    /// `threshold`. Buckets larger than `maxBucket` are skipped: a text shared that widely is
    /// boilerplate, not a fingerprint. A pair is examined only in the first band where it
    /// collides, so no set of seen pairs is needed.
    public static func nearDuplicatePairs(_ sigs: [[UInt64]], threshold: Double, maxBucket: Int = 400) -> [(Int, Int, Double)] {
        let n = sigs.count
        // Flat copies: the inner loop then touches plain memory, with no array retains.
        var flatSigs = [UInt64](repeating: 0, count: n * hashes)
        var flatKeys = [UInt64](repeating: 0, count: n * bands)
        for i in 0..<n {
            for h in 0..<hashes { flatSigs[i * hashes + h] = sigs[i][h] }
            let k = bandKeys(sigs[i])
            for b in 0..<bands { flatKeys[i * bands + b] = k[b] }
        }
        let needed = Int((threshold * Double(hashes)).rounded(.up))
        // Bands are independent (a pair belongs to the first band where it collides), so they
        // run on all cores.
        let results = ParallelSlots<[(Int, Int, Double)]>(bands, empty: [])
        let allSigs = flatSigs
        let allKeys = flatKeys
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            allSigs.withUnsafeBufferPointer { sig in
                allKeys.withUnsafeBufferPointer { key in
                    var found: [(Int, Int, Double)] = []
                    var order = (0..<n).map { Int32($0) }
                    order.sort { key[Int($0) * bands + band] < key[Int($1) * bands + band] || (key[Int($0) * bands + band] == key[Int($1) * bands + band] && $0 < $1) }
                    var start = 0
                    while start < n {
                        let k = key[Int(order[start]) * bands + band]
                        var end = start + 1
                        while end < n && key[Int(order[end]) * bands + band] == k { end += 1 }
                        if end - start > 1 && end - start <= maxBucket {
                            for x in start..<end {
                                let i = Int(order[x])
                                for y in (x + 1)..<end {
                                    let j = Int(order[y])
                                    var earlier = false
                                    for b in 0..<band where key[i * bands + b] == key[j * bands + b] {
                                        earlier = true
                                        break
                                    }
                                    if earlier { continue }
                                    var same = 0
                                    for h in 0..<hashes where sig[i * hashes + h] == sig[j * hashes + h] { same += 1 }
                                    if same >= needed { found.append((i, j, Double(same) / Double(hashes))) }
                                }
                            }
                        }
                        start = end
                    }
                    results.set(band, found)
                }
            }
        }
        var out = results.take().flatMap { $0 }
        out.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return out
    }
}

extension MinHasher {
    /// Near-duplicate pairs (i, j) of compact signatures (`PromptSignatures`), as the
    /// population-wide path finds them: 16 bands of four 16-bit values, kept where at least
    /// `threshold` of the values agree (analysis: 0.5, buckets over 400 skipped). For benchmarks.
    public static func compactNearDuplicatePairs(_ signatures: PromptSignatures, threshold: Double, maxBucket: Int) -> [(Int, Int)] {
        let pairs = PromptTemplates.nearDuplicateNodes(
            signatures.values, first: (0..<signatures.count).map { Int32($0) }, solo: [Int32](repeating: -1, count: signatures.count),
            threshold: threshold, maxBucket: maxBucket)
        return pairs.indices.map { pairs.nodes($0) }
    }
}
