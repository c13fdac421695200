import Foundation
import Testing

@testable import SightlineEncoder

/// The forward pass's own erf and exp against the platform's, over the ranges they meet.
@Suite struct KernelTests {
    @Test func erfIsWithinAMillionthOfTheLibrary() {
        var worst: Double = 0
        for i in 0..<4_000 {
            let x = Float(-10 + Double(i) * 0.005)
            let ours = Kernels.erf(SIMD16(repeating: x))[0]
            worst = max(worst, abs(Double(ours) - Foundation.erf(Double(x))))
        }
        #expect(worst < 1e-6, "max |error| \(worst)")
    }

    @Test func expIsWithinTwoUlpsOnTheSoftmaxRange() {
        var worst: Double = 0
        for i in 0..<10_000 {
            let x = Float(-87 + Double(i) * 0.0087)
            let ours = Double(Kernels.exp(SIMD8(repeating: x))[0])
            let exact = Foundation.exp(Double(x))
            worst = max(worst, abs(ours - exact) / exact)
        }
        #expect(worst < 3e-7, "max relative error \(worst)")
        #expect(Kernels.exp(SIMD8(repeating: -Float.infinity))[0] < 1e-37)
    }

    /// Exact IEEE conversion, subnormals included (the reference engine halves subnormal scales;
    /// no block of e5-small has one, so vectors are unaffected).
    @Test func halfFloatsConvertExactly() {
        #expect(Q4.halfToFloat(0x3C00) == 1)
        #expect(Q4.halfToFloat(0xC000) == -2)
        #expect(Q4.halfToFloat(0x0001) == Float(5.960464477539063e-08))  // the smallest subnormal, 2^-24
        #expect(Q4.halfToFloat(0x0200) == Float(3.0517578125e-05))  // 2^-15
        #expect(Q4.halfToFloat(0x03FF) == Float(6.097555160522461e-05))
        #expect(Q4.halfToFloat(0x7BFF) == 65504)
        #expect(Q4.halfToFloat(0x7C00) == .infinity)
    }
}
