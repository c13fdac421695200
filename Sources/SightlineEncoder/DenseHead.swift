/// Multinomial logistic regression over dense vectors (sentence embeddings): the classifier head
/// that turns an encoder's vector into class probabilities. Trained by full-batch gradient descent
/// with momentum in a fixed order, so the same examples give the same weights, bit for bit.
/// Built here, with the encoder's optimised kernels, because training it in an unoptimised build
/// would take minutes.
public struct DenseHead: Sendable, Equatable {
    public let classes: Int
    public let dimension: Int
    /// Inputs are multiplied by this before the linear map: unit vectors have small coordinates.
    public let inputScale: Float
    /// `classes × dimension`, class-major.
    public private(set) var weights: [Float]
    public private(set) var bias: [Float]

    public struct Settings: Sendable, Equatable {
        public var epochs = 300
        public var rate: Float = 0.5
        public var momentum: Float = 0.9
        public var l2: Float = 1e-3
        public var inputScale: Float = 20
        public init() {}
    }

    public init(classes: Int, dimension: Int, inputScale: Float, weights: [Float], bias: [Float]) {
        precondition(weights.count == classes * dimension && bias.count == classes)
        self.classes = classes
        self.dimension = dimension
        self.inputScale = inputScale
        self.weights = weights
        self.bias = bias
    }

    /// Class probabilities for one vector of `dimension` floats.
    public func probabilities(_ vector: UnsafeBufferPointer<Float>) -> [Float] {
        var logits = bias
        weights.withUnsafeBufferPointer { w in
            for c in 0..<classes {
                logits[c] += inputScale * Self.dot(w.baseAddress! + c * dimension, vector.baseAddress!, dimension)
            }
        }
        return Self.softmax(logits)
    }

    public func probabilities(_ vector: [Float]) -> [Float] {
        vector.withUnsafeBufferPointer { probabilities($0) }
    }

    /// Trains on `labels.count` vectors laid out row after row in `vectors`. `weights` (one per
    /// example, default 1) let a class count more, such as benign examples when false positives
    /// cost more than misses.
    public static func train(
        vectors: [Float], labels: [Int], classes: Int, dimension: Int, exampleWeights: [Float]? = nil, settings: Settings = Settings()
    ) -> DenseHead {
        let n = labels.count
        precondition(vectors.count == n * dimension)
        var head = DenseHead(
            classes: classes, dimension: dimension, inputScale: settings.inputScale,
            weights: [Float](repeating: 0, count: classes * dimension), bias: [Float](repeating: 0, count: classes))
        guard n > 0 else { return head }
        let sampleWeight = exampleWeights ?? [Float](repeating: 1, count: n)
        let totalWeight = sampleWeight.reduce(0, +)
        var velocity = [Float](repeating: 0, count: classes * dimension)
        var biasVelocity = [Float](repeating: 0, count: classes)
        var gradient = [Float](repeating: 0, count: classes * dimension)
        var residual = [Float](repeating: 0, count: classes)
        let s = settings.inputScale
        vectors.withUnsafeBufferPointer { x in
            for _ in 0..<settings.epochs {
                for i in gradient.indices { gradient[i] = 0 }
                var biasGradient = [Float](repeating: 0, count: classes)
                for e in 0..<n {
                    let row = x.baseAddress! + e * dimension
                    let p = head.probabilities(UnsafeBufferPointer(start: row, count: dimension))
                    let w = sampleWeight[e] / totalWeight
                    for c in 0..<classes { residual[c] = (p[c] - (c == labels[e] ? 1 : 0)) * w }
                    gradient.withUnsafeMutableBufferPointer { g in
                        for c in 0..<classes where residual[c] != 0 {
                            Self.axpy(residual[c] * s, row, g.baseAddress! + c * dimension, dimension)
                        }
                    }
                    for c in 0..<classes { biasGradient[c] += residual[c] }
                }
                for i in head.weights.indices {
                    velocity[i] = settings.momentum * velocity[i] - settings.rate * (gradient[i] + settings.l2 * head.weights[i])
                    head.weights[i] += velocity[i]
                }
                for c in 0..<classes {
                    biasVelocity[c] = settings.momentum * biasVelocity[c] - settings.rate * biasGradient[c]
                    head.bias[c] += biasVelocity[c]
                }
            }
        }
        return head
    }

    static func softmax(_ logits: [Float]) -> [Float] {
        let m = logits.max() ?? 0
        var e = logits.map { Kernels.exp(SIMD8<Float>(repeating: $0 - m))[0] }
        let sum = e.reduce(0, +)
        for i in e.indices { e[i] /= sum }
        return e
    }

    @inline(__always) static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var acc = SIMD8<Float>()
        var i = 0
        while i + 8 <= n {
            acc.addProduct(UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<Float>.self), UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<Float>.self))
            i += 8
        }
        var sum = acc.sum()
        while i < n {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }

    @inline(__always) static func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        for i in 0..<n { y[i] += alpha * x[i] }
    }

    // MARK: file format: "SDH1", classes, dimension, input scale, bias, weights (little-endian).

    public func serialized() -> [UInt8] {
        var out: [UInt8] = Array("SDH1".utf8)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(classes))
        u32(UInt32(dimension))
        u32(inputScale.bitPattern)
        for b in bias { u32(b.bitPattern) }
        for w in weights { u32(w.bitPattern) }
        return out
    }

    public init?(serialized bytes: [UInt8]) {
        guard bytes.count >= 16, Array(bytes[0..<4]) == Array("SDH1".utf8) else { return nil }
        func u32(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        let classes = Int(u32(4)), dimension = Int(u32(8))
        guard classes > 0, classes <= 64, dimension > 0, dimension <= 4096,
            bytes.count == 16 + 4 * (classes + classes * dimension)
        else { return nil }
        var offset = 16
        var bias: [Float] = []
        for _ in 0..<classes {
            bias.append(Float(bitPattern: u32(offset)))
            offset += 4
        }
        var weights: [Float] = []
        weights.reserveCapacity(classes * dimension)
        for _ in 0..<(classes * dimension) {
            weights.append(Float(bitPattern: u32(offset)))
            offset += 4
        }
        self.init(classes: classes, dimension: dimension, inputScale: Float(bitPattern: u32(12)), weights: weights, bias: bias)
    }
}

/// Exact nearest neighbours by dot product (cosine, for unit vectors) over a row-major buffer.
public enum NearestVectors {
    /// The `k` rows most similar to `query`, best first; ties go to the lower row.
    public static func top(_ k: Int, of query: [Float], in rows: [Float], dimension: Int) -> [(row: Int, similarity: Float)] {
        let n = rows.count / dimension
        guard k > 0, n > 0 else { return [] }
        var best: [(row: Int, similarity: Float)] = []
        best.reserveCapacity(k + 1)
        rows.withUnsafeBufferPointer { r in
            query.withUnsafeBufferPointer { q in
                for i in 0..<n {
                    let s = DenseHead.dot(r.baseAddress! + i * dimension, q.baseAddress!, dimension)
                    if best.count == k, s <= best[k - 1].similarity { continue }
                    var at = best.count
                    while at > 0, best[at - 1].similarity < s { at -= 1 }
                    best.insert((i, s), at: at)
                    if best.count > k { best.removeLast() }
                }
            }
        }
        return best
    }
}
