import Testing

@testable import LakeCodec

@Suite struct DistinctEstimatorTests {
    @Test(arguments: [1, 100, 5_000, 200_000])
    func estimatesWithinAFewPercent(_ n: Int) {
        var e = DistinctEstimator()
        for round in 0..<2 {  // every value twice: duplicates must not count
            _ = round
            for i in 0..<n { e.add(hash: DistinctEstimator.mix(UInt64(i))) }
        }
        let error = abs(Double(e.estimate - n)) / Double(n)
        #expect(error < 0.05, "estimate \(e.estimate) for \(n)")
    }

    /// A string's hash is the same whether its last partial word is one masked load (eight bytes readable)
    /// or a loop over its bytes: every length 0-24 at every offset of a buffer, random bytes after it.
    @Test func hashDoesNotDependOnWhatFollowsTheValue() {
        var state: UInt64 = 9
        let buffer = (0..<64).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 40)
        }
        var checked = 0
        buffer.withUnsafeBytes { all in
            for start in 0..<32 {
                for count in 0...24 {
                    let value = UnsafeRawBufferPointer(rebasing: all[start..<(start + count)])
                    let exact = Array(value).withUnsafeBytes { DistinctEstimator.hash($0) }
                    #expect(DistinctEstimator.hash(value, readable: all.count - start) == exact)
                    #expect(DistinctEstimator.hash(value) == exact)
                    checked += 1
                }
            }
        }
        #expect(checked == 800)
    }
}
