/// SplitMix64: a small, fast, well-mixed generator. The scenario generator derives one stream per
/// account from the seed, so output does not depend on iteration order or on the platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection on 64-bit values, so distinct inputs give distinct ids.
    public static func mix(_ x0: UInt64) -> UInt64 {
        var z = x0
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    public mutating func chance(_ p: Double) -> Bool { unit() < p }
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// Index drawn with the given non-negative weights.
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// A small count with a long tail (geometric-like), at least `min`.
    public mutating func heavyTail(mean: Double, min: Int = 1) -> Int {
        let u = max(unit(), 1e-12)
        return Swift.max(min, Int((-mean * _log(u)).rounded()))
    }

    /// 16 lower-case hex digits, unique per distinct input.
    public static func hex(_ x: UInt64) -> String {
        let s = String(mix(x), radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// Natural logarithm without Foundation (series around 1 after range reduction by powers of 2).
@usableFromInline func _log(_ x: Double) -> Double {
    var m = x
    var e = 0.0
    while m > 2 { m /= 2; e += 1 }
    while m < 1 { m *= 2; e -= 1 }
    // ln(m) for m in [1, 2): atanh series, ln(m) = 2 * atanh((m-1)/(m+1)).
    let y = (m - 1) / (m + 1)
    let y2 = y * y
    var term = y
    var sum = 0.0
    var k = 1.0
    for _ in 0..<30 {
        sum += term / k
        term *= y2
        k += 2
    }
    return 2 * sum + e * 0.693_147_180_559_945_3
}

/// Stable hashing and elementary functions shared by the modules: results are stored or decide
/// output bytes, so they must not depend on the process (Swift's `Hasher` is seeded per run).
public enum StableHash {
    /// FNV-1a 64 over the UTF-8 bytes, then the SplitMix64 finaliser to spread the bits.
    public static func of(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return SplitMix64.mix(h)
    }
}

public enum Math {
    /// Natural logarithm, the same on every platform.
    public static func log(_ x: Double) -> Double { _log(x) }

    /// e^x, the same on every platform.
    public static func exp(_ x: Double) -> Double {
        let t = x * 1.442_695_040_888_963_4
        let n = t.rounded(.down)
        let f = (t - n) * 0.693_147_180_559_945_3
        var term = 1.0
        var sum = 1.0
        for k in 1...18 {
            term *= f / Double(k)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(n), significand: 1)
    }
}
