/// A JSON array of records as JSON Lines: each element's own bytes on a line of its own, so
/// the batch decoder sees exactly what the client sent (line numbers are element numbers).
public enum JSONArrayLines {
    /// Nil when `bytes` is not one well-formed JSON array.
    public static func split(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var s = JSONScanner(buffer)
            var ranges: [Range<Int>] = []
            do throws(LineError) {
                s.skipWhitespace()
                try s.forEachElement { (s) throws(LineError) in
                    s.skipWhitespace()
                    let start = s.position
                    try s.skipValue()
                    ranges.append(start..<s.position)
                }
                try s.expectEnd(after: "array")
            } catch {
                return nil
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for (i, r) in ranges.enumerated() {
                if i > 0 { out.append(0x0A) }
                // Line breaks inside an element are whitespace between its tokens (JSON strings
                // cannot hold raw ones): they become spaces so the element stays one line.
                for b in buffer[r] { out.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
            }
            return out
        }
    }
}
