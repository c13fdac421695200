import Foundation
import Testing
@testable import SightlinePipeline

/// A byte source over memory that hands out at most `step` bytes per read, to cross chunk edges.
final class MemorySource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    let step: Int
    var name: String { "memory" }
    init(_ bytes: [UInt8], step: Int = 3) {
        self.bytes = bytes
        self.step = step
    }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let n = min(step, buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + n)])) }
        offset += n
        return n
    }
}

func allLines(_ reader: LineReader, maxLines: Int = 2) throws -> (lines: [(Int, String)], oversize: [(Int, Int)]) {
    var lines: [(Int, String)] = []
    var oversize: [(Int, Int)] = []
    while let batch = try reader.next(maxLines: maxLines) {
        for (i, r) in batch.ranges.enumerated() {
            lines.append((batch.lineNumbers[i], String(decoding: batch.storage[r], as: UTF8.self)))
        }
        oversize += batch.oversize.map { ($0.line, $0.size) }
    }
    return (lines, oversize)
}

@Suite struct LineReaderTests {
    @Test func handlesBOMCRLFBlankLinesAndAMissingLastNewline() throws {
        let text: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("first\r\n\r\n   \nsecond\nthird".utf8)
        let reader = LineReader(MemorySource(text), chunkSize: 4)
        let (lines, oversize) = try allLines(reader)
        #expect(lines.map(\.0) == [1, 4, 5])
        #expect(lines.map(\.1) == ["first", "second", "third"])
        #expect(oversize.isEmpty)
        #expect(reader.blankLines == 2)
    }

    @Test func capsOversizeLinesWithoutHoldingThem() throws {
        let long = String(repeating: "x", count: 100)
        let text = Array("ok\n\(long)\nafter\n\(long)".utf8)
        let reader = LineReader(MemorySource(text, step: 7), maxLineBytes: 50, chunkSize: 16)
        let (lines, oversize) = try allLines(reader, maxLines: 100)
        #expect(lines.map(\.1) == ["ok", "after"])
        #expect(lines.map(\.0) == [1, 3])
        #expect(oversize.map(\.0) == [2, 4])
        #expect(oversize.map(\.1) == [100, 100])
    }

    @Test func emptyInputHasNoLines() throws {
        let reader = LineReader(MemorySource([]))
        #expect(try reader.next() == nil)
    }
}

