import CZlib
import Foundation

/// Reads members of a zip archive (a Python wheel) held in memory: the central directory, then
/// stored or deflated members, each checked against its CRC-32 and size. Zip64 is not needed for
/// a wheel under 4 GB and is refused.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    let data: [UInt8]
    let entries: [Entry]

    init(_ data: [UInt8]) throws(Failure) {
        self.data = data
        let n = data.count
        guard n >= 22 else { throw Failure(message: "not a zip archive (too short)") }
        // The end-of-central-directory record, searched backwards over the comment's 64 KiB.
        var eocd = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if Self.u32(data, i) == 0x0605_4B50 {
                eocd = i
                break
            }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure(message: "not a zip archive (no end of central directory)") }
        let count = Int(Self.u16(data, eocd + 10))
        let size = Int(Self.u32(data, eocd + 12)), offset = Int(Self.u32(data, eocd + 16))
        guard offset <= n, size <= n - offset else { throw Failure(message: "corrupt zip: the central directory lies outside the file") }
        var entries: [Entry] = []
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= offset + size, Self.u32(data, p) == 0x0201_4B50 else { throw Failure(message: "corrupt zip: bad central directory entry") }
            let nameLength = Int(Self.u16(data, p + 28)), extra = Int(Self.u16(data, p + 30)), comment = Int(Self.u16(data, p + 32))
            guard p + 46 + nameLength <= n else { throw Failure(message: "corrupt zip: a name runs past the end") }
            let entry = Entry(
                name: String(decoding: data[p + 46..<p + 46 + nameLength], as: UTF8.self), method: Self.u16(data, p + 10),
                crc: Self.u32(data, p + 16), compressedSize: Int(Self.u32(data, p + 20)), size: Int(Self.u32(data, p + 24)),
                localHeader: Int(Self.u32(data, p + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localHeader == 0xFFFF_FFFF {
                throw Failure(message: "zip64 archives are not supported")
            }
            entries.append(entry)
            p += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    /// The named member's bytes, inflated and checked.
    func extract(_ name: String) throws(Failure) -> [UInt8] {
        guard let e = entries.first(where: { $0.name == name }) else { throw Failure(message: "the archive has no \(name)") }
        let h = e.localHeader
        guard h + 30 <= data.count, Self.u32(data, h) == 0x0403_4B50 else { throw Failure(message: "corrupt zip: bad local header for \(name)") }
        let start = h + 30 + Int(Self.u16(data, h + 26)) + Int(Self.u16(data, h + 28))
        guard start <= data.count, e.compressedSize <= data.count - start else { throw Failure(message: "corrupt zip: \(name) runs past the end") }
        var out: [UInt8]
        switch e.method {
        case 0: out = Array(data[start..<start + e.compressedSize])
        case 8: out = try inflate(start, e.compressedSize, expected: e.size, name: name)
        default: throw Failure(message: "\(name) uses zip method \(e.method), not stored or deflate")
        }
        guard out.count == e.size else { throw Failure(message: "corrupt zip: \(name) inflates to \(out.count) bytes, not \(e.size)") }
        let crc = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        guard crc == e.crc else { throw Failure(message: "corrupt zip: \(name) fails its CRC-32 check") }
        return out
    }

    private func inflate(_ start: Int, _ length: Int, expected: Int, name: String) throws(Failure) -> [UInt8] {
        if expected == 0 { return [] }
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure(message: "zlib failed to start") }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: expected)
        let rc: Int32 = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
                stream.avail_in = uInt(length)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard rc == Z_STREAM_END else { throw Failure(message: "corrupt zip: \(name) does not inflate (zlib \(rc))") }
        return out
    }

    private static func u16(_ d: [UInt8], _ i: Int) -> UInt16 { i + 2 <= d.count ? UInt16(d[i]) | UInt16(d[i + 1]) << 8 : 0 }
    private static func u32(_ d: [UInt8], _ i: Int) -> UInt32 { i + 4 <= d.count ? UInt32(u16(d, i)) | UInt32(u16(d, i + 2)) << 16 : 0 }
}
