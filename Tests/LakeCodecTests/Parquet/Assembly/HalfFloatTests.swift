import Testing

@testable import LakeCodec

@Suite struct HalfFloatTests {
    @Test func convertsNormalsSubnormalsAndSpecials() {
        #expect(HalfFloat.toFloat(0x3C00) == 1)
        #expect(HalfFloat.toFloat(0xC000) == -2)
        #expect(HalfFloat.toFloat(0x7BFF) == 65504)
        #expect(HalfFloat.toFloat(0x0001) == Float(sign: .plus, exponent: -24, significand: 1))
        #expect(HalfFloat.toFloat(0x7C00) == .infinity)
        #expect(HalfFloat.toFloat(0x7E00).isNaN)
        #expect(HalfFloat.toFloat(0x8000) == 0 && HalfFloat.toFloat(0x8000).sign == .minus)
    }
}
