import SightlineCore

/// Multinomial logistic regression over hashed text features, trained by plain SGD in a fixed
/// order: the same examples give the same model, byte for byte.
public struct LinearModel: Sendable, Equatable {
    public let classes: [String]
    public let buckets: Int
    /// `buckets * classes.count` weights, feature-major.
    var weights: [Float]
    var bias: [Float]
    /// For each of `ThreatCategory.allCases`, its class index in this model, if any.
    let categoryColumn: [Int?]

    public struct Example: Sendable {
        public var features: [Int32]
        public var label: Int
        public init(features: [Int32], label: Int) {
            self.features = features
            self.label = label
        }
    }

    /// Class probabilities for a feature list.
    public func probabilities(_ features: [Int32]) -> [Float] {
        let k = classes.count
        var logits = bias
        let scale = features.isEmpty ? 0 : 1 / Float(features.count).squareRoot()
        weights.withUnsafeBufferPointer { w in
            for f in features {
                let base = Int(f) * k
                for c in 0..<k { logits[c] += w[base + c] * scale }
            }
        }
        return Self.softmax(logits)
    }

    static func softmax(_ logits: [Float]) -> [Float] {
        let m = logits.max() ?? 0
        var e = logits.map { expf($0 - m) }
        let sum = e.reduce(0, +)
        for i in e.indices { e[i] /= sum }
        return e
    }

    public static func train(_ examples: [Example], classes: [String], epochs: Int = 12, seed: UInt64 = 1) -> LinearModel {
        let k = classes.count
        var model = LinearModel(
            classes: classes, buckets: TextFeatures.buckets, weights: [Float](repeating: 0, count: TextFeatures.buckets * k),
            bias: [Float](repeating: 0, count: k))
        var order = Array(examples.indices)
        var rng = SplitMix64(seed: seed)
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            let rate: Float = 0.5 / (1 + Float(epoch) * 0.5)
            for i in order {
                let ex = examples[i]
                let p = model.probabilities(ex.features)
                let scale = ex.features.isEmpty ? 0 : 1 / Float(ex.features.count).squareRoot()
                for c in 0..<k {
                    let g = (p[c] - (c == ex.label ? 1 : 0)) * rate
                    model.bias[c] -= g * 0.1
                    for f in ex.features { model.weights[Int(f) * k + c] -= g * scale }
                }
            }
        }
        return model
    }

    // MARK: file format: "SLM1", class count, class names, bucket count, bias, then non-zero weights.

    public func serialized() -> [UInt8] {
        var out: [UInt8] = Array("SLM1".utf8)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        u32(UInt32(classes.count))
        for c in classes {
            u32(UInt32(c.utf8.count))
            out.append(contentsOf: c.utf8)
        }
        u32(UInt32(buckets))
        for b in bias { f32(b) }
        let k = classes.count
        var nonZero: [UInt32] = []
        for f in 0..<buckets where (0..<k).contains(where: { weights[f * k + $0] != 0 }) { nonZero.append(UInt32(f)) }
        u32(UInt32(nonZero.count))
        for f in nonZero {
            u32(f)
            for c in 0..<k { f32(weights[Int(f) * k + c]) }
        }
        return out
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(serialized bytes: [UInt8]) throws {
        var i = 0
        func u32() throws -> UInt32 {
            guard i + 4 <= bytes.count else { throw FormatError(description: "the model file is truncated") }
            let v = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            i += 4
            return v
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Array("SLM1".utf8) else {
            throw FormatError(description: "not a Sightline model file (expected it to start with SLM1)")
        }
        i = 4
        let k = Int(try u32())
        guard k >= 2 && k <= 64 else { throw FormatError(description: "the model file names \(k) classes") }
        var classes: [String] = []
        for _ in 0..<k {
            let n = Int(try u32())
            guard n <= 64, i + n <= bytes.count else { throw FormatError(description: "the model file is truncated") }
            classes.append(String(decoding: bytes[i..<(i + n)], as: UTF8.self))
            i += n
        }
        let buckets = Int(try u32())
        guard buckets == TextFeatures.buckets else {
            throw FormatError(description: "the model uses \(buckets) feature buckets; this version uses \(TextFeatures.buckets)")
        }
        var bias: [Float] = []
        for _ in 0..<k { bias.append(Float(bitPattern: try u32())) }
        var weights = [Float](repeating: 0, count: buckets * k)
        let rows = Int(try u32())
        guard rows <= buckets else { throw FormatError(description: "the model file is corrupt") }
        for _ in 0..<rows {
            let f = Int(try u32())
            guard f < buckets else { throw FormatError(description: "the model file is corrupt") }
            for c in 0..<k { weights[f * k + c] = Float(bitPattern: try u32()) }
        }
        self.init(classes: classes, buckets: buckets, weights: weights, bias: bias)
    }

    init(classes: [String], buckets: Int, weights: [Float], bias: [Float]) {
        self.classes = classes
        self.buckets = buckets
        self.weights = weights
        self.bias = bias
        categoryColumn = ThreatCategory.allCases.map { classes.firstIndex(of: $0.rawValue) }
    }
}

@inline(__always) func expf(_ x: Float) -> Float {
    // exp via exp2 with a polynomial; accurate to ~1e-6 relative, deterministic everywhere.
    let t = max(-80, min(80, x)) * 1.442_695_04
    let n = t.rounded(.down)
    let f = t - n
    let p = 1 + f * (0.693_147_2 + f * (0.240_226_5 + f * (0.055_504_1 + f * (0.009_618_1 + f * 0.001_333_6))))
    return p * Float(sign: .plus, exponent: Int(n), significand: 1)
}
