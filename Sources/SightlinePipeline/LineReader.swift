import Foundation

/// Lines of input gathered into a batch: their bytes side by side, with line numbers.
public struct LineBatch: Sendable {
    public var storage: [UInt8] = []
    public var ranges: [Range<Int>] = []
    public var lineNumbers: [Int] = []
    /// Lines longer than the limit: their number, full size and first bytes.
    public var oversize: [(line: Int, size: Int, head: [UInt8])] = []
    /// Bytes of input consumed (before decompression where it applies) up to the end of this batch.
    public var bytesConsumed: Int = 0

    public var isEmpty: Bool { ranges.isEmpty && oversize.isEmpty }
    public var lineCount: Int { ranges.count + oversize.count }
}

/// Splits a byte source into lines, streaming: memory stays bounded by the batch size and the
/// line limit, whatever the input size. Handles a UTF-8 byte-order mark at the start, CRLF
/// endings, blank lines (skipped, but they keep their line numbers) and a last line with no
/// newline. A line over `maxLineBytes` is not kept whole: its size and first bytes are reported.
public final class LineReader {
    public static let defaultMaxLineBytes = 8 << 20
    /// How much of an oversize line is kept in the quarantine.
    public static let oversizeHeadBytes = 64 << 10

    let source: ByteSource
    let maxLineBytes: Int
    let chunk: UnsafeMutableRawBufferPointer
    var chunkStart = 0
    var chunkEnd = 0
    var carry: [UInt8] = []
    var skippingOversize: (size: Int, head: [UInt8])?
    var lineNumber = 0
    var finished = false
    var pendingError: InputError?
    public private(set) var blankLines = 0

    public init(_ source: ByteSource, maxLineBytes: Int = LineReader.defaultMaxLineBytes, chunkSize: Int = 1 << 20) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        chunk = .allocate(byteCount: chunkSize, alignment: 16)
    }

    deinit { chunk.deallocate() }

    var compressedBytes: Int {
        if let f = source as? FileSource { return f.bytesRead }
        if let g = source as? GzipSource, let f = g.inner as? FileSource { return f.bytesRead }
        if let p = source as? PrefixedSource, let f = p.inner as? FileSource { return f.bytesRead }
        return 0
    }

    /// The next batch of up to `maxLines` lines (or about `maxBytes` bytes); nil at the end.
    /// A read error is thrown after the lines before it were returned.
    public func next(maxLines: Int = 16_384, maxBytes: Int = 16 << 20) throws(InputError) -> LineBatch? {
        if let e = pendingError {
            pendingError = nil
            finished = true
            throw e
        }
        if finished { return nil }
        var batch = LineBatch()
        batch.storage.reserveCapacity(min(maxBytes + 4096, 1 << 22))
        while batch.lineCount < maxLines && batch.storage.count < maxBytes {
            if chunkStart == chunkEnd {
                do {
                    chunkEnd = try source.read(into: chunk)
                    chunkStart = 0
                } catch {
                    pendingError = error
                    flushLastLine(into: &batch)
                    break
                }
                if chunkEnd == 0 {
                    flushLastLine(into: &batch)
                    finished = true
                    break
                }
            }
            let base = chunk.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let remaining = chunkEnd - chunkStart
            if let nl = memchr(base + chunkStart, 0x0A, remaining) {
                let end = UnsafeMutablePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - base
                let segment = UnsafeBufferPointer(start: base + chunkStart, count: end - chunkStart)
                chunkStart = end + 1
                if skippingOversize != nil || carry.count + segment.count > maxLineBytes {
                    appendOversize(segment)
                    let s = skippingOversize!
                    skippingOversize = nil
                    lineNumber += 1
                    batch.oversize.append((lineNumber, s.size, s.head))
                } else if carry.isEmpty {
                    emit(segment, into: &batch)
                } else {
                    carry.append(contentsOf: segment)
                    let line = carry
                    carry.removeAll(keepingCapacity: true)
                    line.withUnsafeBufferPointer { emit($0, into: &batch) }
                }
            } else {
                let segment = UnsafeBufferPointer(start: base + chunkStart, count: remaining)
                chunkStart = chunkEnd
                if skippingOversize != nil || carry.count + segment.count > maxLineBytes {
                    appendOversize(segment)
                } else {
                    carry.append(contentsOf: segment)
                }
            }
        }
        batch.bytesConsumed = compressedBytes
        if batch.isEmpty {
            if let e = pendingError {
                pendingError = nil
                finished = true
                throw e
            }
            if finished { return nil }
        }
        return batch
    }

    func appendOversize(_ segment: UnsafeBufferPointer<UInt8>) {
        if skippingOversize == nil {
            skippingOversize = (carry.count, Array(carry.prefix(Self.oversizeHeadBytes)))
            carry = []
        }
        skippingOversize!.size += segment.count
        let room = Self.oversizeHeadBytes - skippingOversize!.head.count
        if room > 0 { skippingOversize!.head.append(contentsOf: segment.prefix(room)) }
    }

    func flushLastLine(into batch: inout LineBatch) {
        if let s = skippingOversize {
            skippingOversize = nil
            lineNumber += 1
            batch.oversize.append((lineNumber, s.size, s.head))
        } else if !carry.isEmpty {
            let line = carry
            carry = []
            line.withUnsafeBufferPointer { emit($0, into: &batch) }
        }
    }

    func emit(_ raw: UnsafeBufferPointer<UInt8>, into batch: inout LineBatch) {
        lineNumber += 1
        var start = 0
        var end = raw.count
        if lineNumber == 1, end >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        if end > start, raw[end - 1] == 0x0D { end -= 1 }
        var blank = true
        for i in start..<end where !(raw[i] == 0x20 || raw[i] == 0x09 || raw[i] == 0x0D) {
            blank = false
            break
        }
        if blank {
            blankLines += 1
            return
        }
        let offset = batch.storage.count
        batch.storage.append(contentsOf: UnsafeBufferPointer(rebasing: raw[start..<end]))
        batch.ranges.append(offset..<(offset + end - start))
        batch.lineNumbers.append(lineNumber)
    }
}
