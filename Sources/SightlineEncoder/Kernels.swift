/// The float kernels of the forward pass. Every output value is computed in the same order
/// whatever the batch, the tile it falls in or the thread, so a text's vector does not depend on
/// what it was batched with.
enum Kernels {
    /// `acc + a · b`, fused where the target has FMA. A portable x86-64 build (no FMA) multiplies
    /// and adds, since a fused multiply-add there is a library call per lane.
    // The two widths in use, spelled out rather than generic: a debug build compiles this module
    // optimised but file by file, and calls from other files went through the unspecialised
    // generic (fifty times slower).
    @inline(__always) static func madd(_ acc: SIMD8<Float>, _ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
        #if SIGHTLINE_NO_FMA
            return acc + a * b
        #else
            return acc.addingProduct(a, b)
        #endif
    }

    @inline(__always) static func madd(_ acc: SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>) -> SIMD16<Float> {
        #if SIGHTLINE_NO_FMA
            return acc + a * b
        #else
            return acc.addingProduct(a, b)
        #endif
    }

    /// Output columns per packed panel: two AVX registers.
    static let panelWidth = 16
    /// Token rows per tile: 6 rows × 16 columns of accumulators are 12 of the 16 AVX registers.
    static let tileRows = 6

    /// `y[t, o] = bias[o] + Σ_k x[t, k] · W[o, k]` for `rows` tokens, with W packed in panels of
    /// 16 output columns (`packed[(p · nin + k) · 16 + j] = W[16p + j, k]`).
    static func matmul(
        _ x: UnsafePointer<Float>, rows: Int, nin: Int, packed: UnsafePointer<Float>, bias: UnsafePointer<Float>, nout: Int,
        into y: UnsafeMutablePointer<Float>
    ) {
        for p in 0..<nout / panelWidth {
            let panel = packed + p * nin * panelWidth
            let b = UnsafeRawPointer(bias + p * panelWidth).loadUnaligned(as: SIMD16<Float>.self)
            var t = 0
            while t < rows {
                tile(x + t * nin, nin, min(tileRows, rows - t), panel, b, y + t * nout + p * panelWidth, nout)
                t += tileRows
            }
        }
    }

    /// A tile of up to 6 token rows against one panel. Missing rows repeat the last real row
    /// (same work, result dropped), so every row sees the same instruction sequence.
    @inline(__always)
    private static func tile(
        _ x: UnsafePointer<Float>, _ nin: Int, _ rows: Int, _ panel: UnsafePointer<Float>, _ bias: SIMD16<Float>,
        _ y: UnsafeMutablePointer<Float>, _ ldy: Int
    ) {
        let x0 = x, x1 = x + nin * min(1, rows - 1), x2 = x + nin * min(2, rows - 1)
        let x3 = x + nin * min(3, rows - 1), x4 = x + nin * min(4, rows - 1), x5 = x + nin * min(5, rows - 1)
        var a0 = SIMD16<Float>(), a1 = SIMD16<Float>(), a2 = SIMD16<Float>()
        var a3 = SIMD16<Float>(), a4 = SIMD16<Float>(), a5 = SIMD16<Float>()
        var w = UnsafeRawPointer(panel)
        for k in 0..<nin {
            let v = w.loadUnaligned(as: SIMD16<Float>.self)
            a0 = madd(a0, SIMD16(repeating: x0[k]), v)
            a1 = madd(a1, SIMD16(repeating: x1[k]), v)
            a2 = madd(a2, SIMD16(repeating: x2[k]), v)
            a3 = madd(a3, SIMD16(repeating: x3[k]), v)
            a4 = madd(a4, SIMD16(repeating: x4[k]), v)
            a5 = madd(a5, SIMD16(repeating: x5[k]), v)
            w += 64
        }
        let out = UnsafeMutableRawPointer(y)
        let stride = ldy * 4
        out.storeBytes(of: a0 + bias, as: SIMD16<Float>.self)
        if rows > 1 { out.storeBytes(of: a1 + bias, toByteOffset: stride, as: SIMD16<Float>.self) }
        if rows > 2 { out.storeBytes(of: a2 + bias, toByteOffset: 2 * stride, as: SIMD16<Float>.self) }
        if rows > 3 { out.storeBytes(of: a3 + bias, toByteOffset: 3 * stride, as: SIMD16<Float>.self) }
        if rows > 4 { out.storeBytes(of: a4 + bias, toByteOffset: 4 * stride, as: SIMD16<Float>.self) }
        if rows > 5 { out.storeBytes(of: a5 + bias, toByteOffset: 5 * stride, as: SIMD16<Float>.self) }
    }

    /// Packs a dense row-major `[nout, nin]` matrix into panels for `matmul`.
    static func pack(_ w: UnsafePointer<Float>, nout: Int, nin: Int, into packed: UnsafeMutablePointer<Float>) {
        for p in 0..<nout / panelWidth {
            for k in 0..<nin {
                for j in 0..<panelWidth {
                    packed[(p * nin + k) * panelWidth + j] = w[(p * panelWidth + j) * nin + k]
                }
            }
        }
    }

    /// `x[t] = LayerNorm(x[t] + r[t])` (or of `x[t]` alone), row by row over `h` columns.
    static func addLayerNorm(
        _ x: UnsafeMutablePointer<Float>, _ r: UnsafePointer<Float>?, rows: Int, h: Int, weight: UnsafePointer<Float>,
        bias: UnsafePointer<Float>, epsilon: Float
    ) {
        for t in 0..<rows {
            let row = UnsafeMutableRawPointer(x + t * h)
            var sum = SIMD16<Float>()
            for c in stride(from: 0, to: h, by: 16) {
                var v = row.loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self)
                if let r { v += UnsafeRawPointer(r + t * h).loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self) }
                row.storeBytes(of: v, toByteOffset: 4 * c, as: SIMD16<Float>.self)
                sum += v
            }
            let mean = sum.sum() / Float(h)
            var sq = SIMD16<Float>()
            for c in stride(from: 0, to: h, by: 16) {
                let d = row.loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self) - mean
                sq = madd(sq, d, d)
            }
            let inv = 1 / (sq.sum() / Float(h) + epsilon).squareRoot()
            let w = UnsafeRawPointer(weight), b = UnsafeRawPointer(bias)
            for c in stride(from: 0, to: h, by: 16) {
                let v = (row.loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self) - mean) * inv
                row.storeBytes(
                    of: (v * w.loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self)) + b.loadUnaligned(fromByteOffset: 4 * c, as: SIMD16<Float>.self),
                    toByteOffset: 4 * c, as: SIMD16<Float>.self)
            }
        }
    }

    /// GELU with the exact (erf) form BERT uses, in place over `n` values (`n` a multiple of 16).
    static func gelu(_ x: UnsafeMutablePointer<Float>, count n: Int) {
        let raw = UnsafeMutableRawPointer(x)
        for i in stride(from: 0, to: n, by: 16) {
            let v = raw.loadUnaligned(fromByteOffset: 4 * i, as: SIMD16<Float>.self)
            let e = erf(v * 0.707_106_77)
            raw.storeBytes(of: 0.5 * v * (1 + e), toByteOffset: 4 * i, as: SIMD16<Float>.self)
        }
    }

    /// erf as a rational function of x² on [-4, 4] (beyond which erf is ±1 in single precision);
    /// absolute error about 1e-7.
    @inline(__always)
    static func erf(_ a: SIMD16<Float>) -> SIMD16<Float> {
        // Masked replacement, not `clamped`, which the compiler leaves as a loop over lanes.
        var x = a
        x.replace(with: -4, where: x .< -4)
        x.replace(with: 4, where: x .> 4)
        let x2 = x * x
        var p = SIMD16<Float>(repeating: -2.726_142_258_013_06e-10)
        p = x2 * p + 2.770_681_424_959_02e-08
        p = x2 * p - 2.101_024_020_825_08e-06
        p = x2 * p - 5.692_506_394_623_46e-05
        p = x2 * p - 7.349_906_303_268_55e-04
        p = x2 * p - 2.954_599_808_540_25e-03
        p = x2 * p - 1.609_603_332_624_15e-02
        p = x * p
        var q = SIMD16<Float>(repeating: -1.456_607_184_649_96e-05)
        q = x2 * q - 2.133_740_552_789_05e-04
        q = x2 * q - 1.682_826_974_382_03e-03
        q = x2 * q - 7.373_329_167_204_68e-03
        q = x2 * q - 1.426_473_905_141_89e-02
        return p / q
    }

    /// e^x (Cephes' single-precision polynomial after reduction by ln 2), inputs clamped to the
    /// range where the result is a normal float. The rounding of x / ln 2 and its conversion to an
    /// exponent use the 1.5 · 2^23 trick: adding it leaves the rounded integer in the low mantissa
    /// bits, which shift straight into the exponent field (the library's rounding and conversion
    /// initialisers are loops over lanes).
    @inline(__always)
    static func exp(_ a: SIMD8<Float>) -> SIMD8<Float> {
        var x = a
        x.replace(with: -87.3, where: x .< -87.3)
        x.replace(with: 88.3, where: x .> 88.3)
        let magic = SIMD8<Float>(repeating: 12_582_912)  // 1.5 · 2^23
        let t = x * 1.442_695_04 + magic
        let n = t - magic
        x = x - n * 0.693_359_375
        x = x + n * 2.121_944_40e-4
        let z = x * x
        var p = SIMD8<Float>(repeating: 1.987_569_150_0e-4)
        p = p * x + 1.398_199_950_7e-3
        p = p * x + 8.333_451_907_3e-3
        p = p * x + 4.166_579_589_4e-2
        p = p * x + 1.666_666_545_9e-1
        p = p * x + 5.000_000_120_1e-1
        p = p * z + x + 1
        let bits = (unsafeBitCast(t, to: SIMD8<UInt32>.self) &<< 23) &+ (127 << 23)
        return p * unsafeBitCast(bits, to: SIMD8<Float>.self)
    }
}
