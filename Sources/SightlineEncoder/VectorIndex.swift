/// A search index over unit sentence vectors for "find more like this": each vector kept as 8-bit
/// integers with its own scale (384 bytes for e5-small instead of 1,536, so a million vectors fit
/// in 400 MB), searched exhaustively with integer multiply-adds. Sentence vectors share a large
/// common direction, so what is quantised is each vector minus the mean of all of them: the
/// ranking is the same (the query's dot product with the mean is one constant) and the 256 levels
/// go to what tells texts apart. Exhaustive means no vector is
/// skipped; the only loss against exact float search is the rounding, and `sightline-bench
/// similar` measures it (recall of the exact top 10).
public struct VectorIndex: Sendable {
    public let dimension: Int
    /// Row-major, `dimension` rounded up to a multiple of 16 (zero padding).
    let codes: [Int8]
    let scales: [Float]
    let mean: [Float]
    let stride: Int
    public var count: Int { scales.count }

    public init(vectors: [Float], dimension: Int) {
        precondition(dimension > 0 && vectors.count % dimension == 0)
        self.dimension = dimension
        stride = (dimension + 15) / 16 * 16
        let n = vectors.count / dimension
        var mean = [Float](repeating: 0, count: dimension)
        for r in 0..<n { for i in 0..<dimension { mean[i] += vectors[r * dimension + i] } }
        if n > 0 { for i in 0..<dimension { mean[i] /= Float(n) } }
        var codes = [Int8](repeating: 0, count: n * stride)
        var scales = [Float](repeating: 0, count: n)
        var residual = [Float](repeating: 0, count: dimension)
        for r in 0..<n {
            for i in 0..<dimension { residual[i] = vectors[r * dimension + i] - mean[i] }
            let (c, s) = Self.quantise(residual[...])
            for i in 0..<dimension { codes[r * stride + i] = c[i] }
            scales[r] = s
        }
        self.codes = codes
        self.scales = scales
        self.mean = mean
    }

    /// Levels spread over ±4 root-mean-squares, not over the largest value: a few outlying
    /// coordinates are clipped instead of coarsening all the others.
    static func quantise(_ v: ArraySlice<Float>) -> ([Int8], Float) {
        let top = v.reduce(Float(0)) { max($0, abs($1)) }
        guard top > 0 else { return ([Int8](repeating: 0, count: v.count), 0) }
        let rms = (v.reduce(Float(0)) { $0 + $1 * $1 } / Float(v.count)).squareRoot()
        let scale = min(top, 4 * rms) / 127
        return (v.map { Int8(max(-127, min(127, ($0 / scale).rounded()))) }, scale)
    }

    /// The `k` rows most similar to `query` (approximately its cosine, for unit vectors), best
    /// first; ties go to the lower row.
    public func top(_ k: Int, of query: [Float]) -> [(row: Int, similarity: Float)] {
        precondition(query.count == dimension)
        guard k > 0, count > 0 else { return [] }
        var offset: Float = 0
        for i in 0..<dimension { offset += query[i] * mean[i] }
        let (q, qScale) = Self.quantise(query[...])
        var padded = [Int8](repeating: 0, count: stride)
        for i in 0..<dimension { padded[i] = q[i] }
        var best = BestRows(k)
        codes.withUnsafeBufferPointer { c in
            padded.withUnsafeBufferPointer { qp in
                for r in 0..<count {
                    best.offer(r, offset + Float(Self.dot(c.baseAddress! + r * stride, qp.baseAddress!, stride)) * scales[r] * qScale)
                }
            }
        }
        return best.rows
    }

    @inline(__always) static func dot(_ a: UnsafePointer<Int8>, _ b: UnsafePointer<Int8>, _ n: Int) -> Int32 {
        var acc = SIMD16<Int32>()
        var i = 0
        while i < n {
            let x = SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(a + i).loadUnaligned(as: SIMD16<Int8>.self))
            let y = SIMD16<Int32>(truncatingIfNeeded: UnsafeRawPointer(b + i).loadUnaligned(as: SIMD16<Int8>.self))
            acc &+= x &* y
            i += 16
        }
        return acc.wrappedSum()
    }
}
