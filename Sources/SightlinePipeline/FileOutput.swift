import Foundation

/// A buffered file writer for large generated outputs (one write(2) per megabyte).
public final class FileOutput {
    let fd: Int32
    var buffer: [UInt8] = []
    public let path: String
    public private(set) var bytesWritten = 0

    public init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw InputError(code: .cannotOpen, source: path, message: "cannot create: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(1 << 20)
    }

    public func writeLine(_ line: String) throws {
        var line = line
        line.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(code: .readFailed, source: path, message: "write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    public func close() throws {
        try flush()
        Foundation.close(fd)
    }
}
