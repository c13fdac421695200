import CZlib
import Foundation

/// An input that cannot be read, with a message a user can act on.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable { case cannotOpen, readFailed, truncatedGzip, corruptGzip }
    public var code: Code
    public var source: String
    public var message: String
    public var description: String { "\(source): \(message)" }
}

/// A stream of bytes: a file, standard input, or either of them gzip-compressed.
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end of the input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int
    var name: String { get }
}

/// Reads a file descriptor with read(2); never loads the whole input.
public final class FileSource: ByteSource {
    public let name: String
    let fd: Int32
    let owned: Bool
    /// Compressed bytes consumed so far (for progress on compressed input).
    public private(set) var bytesRead: Int = 0

    /// Opens `path`, or standard input for `-`.
    public init(path: String) throws(InputError) {
        if path == "-" {
            name = "stdin"
            fd = 0
            owned = false
            return
        }
        name = path
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(code: .cannotOpen, source: path, message: "is a directory, not a file")
        }
        let d = open(path, O_RDONLY)
        guard d >= 0 else {
            throw InputError(code: .cannotOpen, source: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        fd = d
        owned = true
    }

    deinit { if owned { close(fd) } }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            let n = Foundation.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 {
                bytesRead += n
                return n
            }
            if errno == EINTR { continue }
            throw InputError(code: .readFailed, source: name, message: "read failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// Inflates a gzip stream (including concatenated members) from another source.
public final class GzipSource: ByteSource {
    let inner: ByteSource
    public var name: String { inner.name }
    var stream = z_stream()
    let input: UnsafeMutableRawBufferPointer
    var inputEnded = false
    var memberEnded = false
    var pending: [UInt8]

    /// `prefix` holds bytes already read from `inner` (the sniffed magic number).
    init(_ inner: ByteSource, prefix: [UInt8]) throws(InputError) {
        self.inner = inner
        self.pending = prefix
        input = .allocate(byteCount: 1 << 18, alignment: 16)
        // 15 + 16: a zlib window of 32 KiB, gzip header expected.
        let rc = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else {
            input.deallocate()
            throw InputError(code: .corruptGzip, source: inner.name, message: "cannot start gzip decompression")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        while true {
            if stream.avail_in == 0 && !inputEnded {
                var n = 0
                if !pending.isEmpty {
                    n = pending.count
                    pending.withUnsafeBytes { input.copyMemory(from: $0) }
                    pending = []
                } else {
                    n = try inner.read(into: input)
                }
                if n == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = uInt(n)
                }
            }
            if stream.avail_in == 0 && inputEnded {
                if memberEnded { return 0 }
                throw InputError(
                    code: .truncatedGzip, source: name,
                    message: "the gzip data ends early (truncated file?); the lines before the cut were processed")
            }
            if memberEnded {
                // Another gzip member follows (concatenated .gz files are valid gzip).
                inflateReset(&stream)
                memberEnded = false
            }
            stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(buffer.count)
            let rc = inflate(&stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.avail_out)
            switch rc {
            case Z_STREAM_END:
                memberEnded = true
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                throw InputError(
                    code: .corruptGzip, source: name,
                    message: "the gzip data is corrupt (\(rc == Z_DATA_ERROR ? "bad compressed data" : "zlib error \(rc)"))")
            }
            if produced > 0 { return produced }
        }
    }
}

/// Opens a path (or `-`) and transparently decompresses gzip input, recognised by its magic bytes.
public func openInput(_ path: String) throws(InputError) -> ByteSource {
    let file = try FileSource(path: path)
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 2, alignment: 1)
    defer { scratch.deallocate() }
    var got = 0
    while got < 2 {
        let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: scratch[got...]))
        if n == 0 { break }
        got += n
    }
    let head = [UInt8](scratch[..<got])
    if got == 2 && head[0] == 0x1F && head[1] == 0x8B {
        return try GzipSource(file, prefix: head)
    }
    return PrefixedSource(file, prefix: head)
}

/// Replays sniffed bytes before the rest of the source.
final class PrefixedSource: ByteSource {
    let inner: ByteSource
    var prefix: [UInt8]
    var name: String { inner.name }
    init(_ inner: ByteSource, prefix: [UInt8]) {
        self.inner = inner
        self.prefix = prefix
    }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        if !prefix.isEmpty {
            let n = min(prefix.count, buffer.count)
            prefix.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            prefix.removeFirst(n)
            return n
        }
        return try inner.read(into: buffer)
    }
}
