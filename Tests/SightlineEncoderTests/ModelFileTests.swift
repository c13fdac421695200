import SightlineEncoder
import Testing

/// Files that are not a model are errors with a message, never a crash; no model needed.
@Suite struct ModelFileTests {
    @Test func garbageIsAClearError() throws {
        for bytes in [[], [UInt8]("E5S1".utf8), [UInt8]("PK\u{03}\u{04}not a model".utf8), [UInt8](repeating: 0xFF, count: 4096)] {
            let error = #expect(throws: E5ModelError.self) { try E5Model(bytes: bytes) }
            #expect(error?.description.hasPrefix("model file:") == true)
        }
    }

    @Test func anImplausibleHeaderIsRefused() throws {
        var bytes = [UInt8]("E5S1".utf8) + [1, 0, 0, 0]
        for v: Int32 in [384, 12, 12, 1536, 250_037, 512, 2] { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
        withUnsafeBytes(of: Float(1e-12).bitPattern.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: Int32(31).littleEndian) { bytes += $0 }  // not 32-value blocks
        let error = #expect(throws: E5ModelError.self) { try E5Model(bytes: bytes) }
        #expect(error?.code == .badHeader)
    }
}
