/// The classifier head that turns an encoder's sentence vector into class probabilities: one
/// hidden layer of rectified units, then a softmax. Inputs are standardised first (each coordinate
/// centred and scaled by the training examples' mean and deviation: sentence vectors share a
/// large common direction, and without this the descent is badly conditioned). Trained by
/// mini-batch gradient descent with momentum; the initial weights and the shuffles come from a
/// fixed seed, so the same examples give the same weights, bit for bit. Built here, with the
/// encoder's optimised code, because an unoptimised build would take minutes to train it.
public struct DenseHead: Sendable, Equatable {
    public let classes: Int
    public let dimension: Int
    public let hidden: Int
    /// Per coordinate: the training mean, and 1 / deviation.
    public let mean: [Float]
    public let inverseDeviation: [Float]
    /// `hidden × dimension` and `classes × hidden`, row-major.
    public private(set) var inner: [Float]
    public private(set) var innerBias: [Float]
    public private(set) var outer: [Float]
    public private(set) var outerBias: [Float]

    public struct Settings: Sendable, Equatable, Hashable {
        public var hidden = 256
        public var epochs = 20
        public var batch = 64
        public var rate: Float = 0.02
        public var momentum: Float = 0.9
        public var l2: Float = 3e-3
        public var seed: UInt64 = 1
        public init() {}
        /// For cache keys: every field, in order.
        public var summary: String { "mlp h\(hidden) e\(epochs) b\(batch) r\(rate) m\(momentum) l2 \(l2) s\(seed)" }
    }

    init(classes: Int, dimension: Int, hidden: Int, mean: [Float], inverseDeviation: [Float], inner: [Float], innerBias: [Float], outer: [Float], outerBias: [Float]) {
        self.classes = classes
        self.dimension = dimension
        self.hidden = hidden
        self.mean = mean
        self.inverseDeviation = inverseDeviation
        self.inner = inner
        self.innerBias = innerBias
        self.outer = outer
        self.outerBias = outerBias
    }

    /// Class probabilities for one vector of `dimension` floats.
    public func probabilities(_ vector: [Float]) -> [Float] {
        var x = vector
        for i in 0..<dimension { x[i] = (x[i] - mean[i]) * inverseDeviation[i] }
        var h = [Float](repeating: 0, count: hidden)
        return x.withUnsafeBufferPointer { xp in h.withUnsafeMutableBufferPointer { hp in forward(xp.baseAddress!, hp.baseAddress!) } }
    }

    /// The hidden activations into `h`, and the class probabilities.
    func forward(_ x: UnsafePointer<Float>, _ h: UnsafeMutablePointer<Float>) -> [Float] {
        inner.withUnsafeBufferPointer { w in
            for j in 0..<hidden { h[j] = max(0, innerBias[j] + Self.dot(w.baseAddress! + j * dimension, x, dimension)) }
        }
        var logits = outerBias
        outer.withUnsafeBufferPointer { w in
            for c in 0..<classes { logits[c] += Self.dot(w.baseAddress! + c * hidden, UnsafePointer(h), hidden) }
        }
        return Self.softmax(logits)
    }

    /// Trains on `labels.count` vectors laid out row after row in `vectors`.
    public static func train(vectors: [Float], labels: [Int], classes: Int, dimension: Int, settings: Settings = Settings()) -> DenseHead {
        let n = labels.count
        precondition(vectors.count == n * dimension)
        let hidden = settings.hidden
        var mean = [Float](repeating: 0, count: dimension)
        var inverseDeviation = [Float](repeating: 1, count: dimension)
        if n > 0 {
            for e in 0..<n { for i in 0..<dimension { mean[i] += vectors[e * dimension + i] } }
            for i in 0..<dimension { mean[i] /= Float(n) }
            var variance = [Float](repeating: 0, count: dimension)
            for e in 0..<n {
                for i in 0..<dimension {
                    let d = vectors[e * dimension + i] - mean[i]
                    variance[i] += d * d
                }
            }
            for i in 0..<dimension { inverseDeviation[i] = 1 / max((variance[i] / Float(n)).squareRoot(), 1e-6) }
        }
        var random = settings.seed
        func next() -> UInt64 {  // SplitMix64
            random &+= 0x9E37_79B9_7F4A_7C15
            var z = random
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        // Uniform in ±sqrt(3 / dimension): unit variance in, unit variance out.
        let spread = (3 / Float(dimension)).squareRoot()
        let initial = (0..<(hidden * dimension)).map { _ in (Float(next() >> 40) / Float(1 << 24) * 2 - 1) * spread }
        var head = DenseHead(
            classes: classes, dimension: dimension, hidden: hidden, mean: mean, inverseDeviation: inverseDeviation, inner: initial,
            innerBias: [Float](repeating: 0, count: hidden), outer: [Float](repeating: 0, count: classes * hidden),
            outerBias: [Float](repeating: 0, count: classes))
        guard n > 0 else { return head }
        var x = vectors
        for e in 0..<n { for i in 0..<dimension { x[e * dimension + i] = (vectors[e * dimension + i] - mean[i]) * inverseDeviation[i] } }

        var velocity = (
            inner: [Float](repeating: 0, count: hidden * dimension), innerBias: [Float](repeating: 0, count: hidden),
            outer: [Float](repeating: 0, count: classes * hidden), outerBias: [Float](repeating: 0, count: classes))
        var gradInner = [Float](repeating: 0, count: hidden * dimension)
        var gradInnerBias = [Float](repeating: 0, count: hidden)
        var gradOuter = [Float](repeating: 0, count: classes * hidden)
        var gradOuterBias = [Float](repeating: 0, count: classes)
        var h = [Float](repeating: 0, count: hidden)
        var gh = [Float](repeating: 0, count: hidden)
        var order = Array(0..<n)
        func step(_ w: inout [Float], _ v: inout [Float], _ g: [Float], decay: Bool) {
            for i in w.indices {
                v[i] = settings.momentum * v[i] - settings.rate * (g[i] + (decay ? settings.l2 * w[i] : 0))
                w[i] += v[i]
            }
        }
        x.withUnsafeBufferPointer { xs in
            for _ in 0..<settings.epochs {
                for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(next() % UInt64(i + 1))) }
                for start in stride(from: 0, to: n, by: settings.batch) {
                    let batch = order[start..<min(start + settings.batch, n)]
                    let scale = 1 / Float(batch.count)
                    for i in gradInner.indices { gradInner[i] = 0 }
                    for i in gradOuter.indices { gradOuter[i] = 0 }
                    for i in 0..<hidden { gradInnerBias[i] = 0 }
                    for c in 0..<classes { gradOuterBias[c] = 0 }
                    for e in batch {
                        let row = xs.baseAddress! + e * dimension
                        let p = h.withUnsafeMutableBufferPointer { head.forward(row, $0.baseAddress!) }
                        for j in 0..<hidden { gh[j] = 0 }
                        for c in 0..<classes {
                            let r = (p[c] - (c == labels[e] ? 1 : 0)) * scale
                            gradOuterBias[c] += r
                            for j in 0..<hidden {
                                gradOuter[c * hidden + j] += r * h[j]
                                gh[j] += r * head.outer[c * hidden + j]
                            }
                        }
                        gradInner.withUnsafeMutableBufferPointer { g in
                            for j in 0..<hidden where h[j] > 0 && gh[j] != 0 {
                                gradInnerBias[j] += gh[j]
                                axpy(gh[j], row, g.baseAddress! + j * dimension, dimension)
                            }
                        }
                    }
                    step(&head.inner, &velocity.inner, gradInner, decay: true)
                    step(&head.innerBias, &velocity.innerBias, gradInnerBias, decay: false)
                    step(&head.outer, &velocity.outer, gradOuter, decay: true)
                    step(&head.outerBias, &velocity.outerBias, gradOuterBias, decay: false)
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

    // MARK: file format: "SDH3", classes, dimension, hidden, then the float arrays in declaration
    // order (little-endian).

    public func serialized() -> [UInt8] {
        var out: [UInt8] = Array("SDH3".utf8)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(classes))
        u32(UInt32(dimension))
        u32(UInt32(hidden))
        for array in [mean, inverseDeviation, inner, innerBias, outer, outerBias] { for v in array { u32(v.bitPattern) } }
        return out
    }

    public init?(serialized bytes: [UInt8]) {
        guard bytes.count >= 16, Array(bytes[0..<4]) == Array("SDH3".utf8) else { return nil }
        func u32(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        let classes = Int(u32(4)), dimension = Int(u32(8)), hidden = Int(u32(12))
        guard classes > 0, classes <= 64, dimension > 0, dimension <= 4096, hidden > 0, hidden <= 4096,
            bytes.count == 16 + 4 * (2 * dimension + hidden * dimension + hidden + classes * hidden + classes)
        else { return nil }
        var offset = 16
        func floats(_ n: Int) -> [Float] {
            var out: [Float] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                out.append(Float(bitPattern: u32(offset)))
                offset += 4
            }
            return out
        }
        let mean = floats(dimension), inverseDeviation = floats(dimension)
        let inner = floats(hidden * dimension), innerBias = floats(hidden), outer = floats(classes * hidden), outerBias = floats(classes)
        self.init(
            classes: classes, dimension: dimension, hidden: hidden, mean: mean, inverseDeviation: inverseDeviation, inner: inner,
            innerBias: innerBias, outer: outer, outerBias: outerBias)
    }
}

/// Exact nearest neighbours by dot product (cosine, for unit vectors) over a row-major buffer.
public enum NearestVectors {
    /// The `k` rows most similar to `query`, best first; ties go to the lower row.
    public static func top(_ k: Int, of query: [Float], in rows: [Float], dimension: Int) -> [(row: Int, similarity: Float)] {
        let n = rows.count / dimension
        guard k > 0, n > 0 else { return [] }
        var best = BestRows(k)
        rows.withUnsafeBufferPointer { r in
            query.withUnsafeBufferPointer { q in
                for i in 0..<n { best.offer(i, DenseHead.dot(r.baseAddress! + i * dimension, q.baseAddress!, dimension)) }
            }
        }
        return best.rows
    }
}

/// The `k` best rows seen so far by similarity, best first; of equal similarities, the row
/// offered first stays ahead.
struct BestRows {
    let k: Int
    private(set) var rows: [(row: Int, similarity: Float)] = []

    init(_ k: Int) {
        self.k = k
        rows.reserveCapacity(k + 1)
    }

    @inline(__always) mutating func offer(_ row: Int, _ similarity: Float) {
        if rows.count == k, similarity <= rows[k - 1].similarity { return }
        var at = rows.count
        while at > 0, rows[at - 1].similarity < similarity { at -= 1 }
        rows.insert((row, similarity), at: at)
        if rows.count > k { rows.removeLast() }
    }
}
