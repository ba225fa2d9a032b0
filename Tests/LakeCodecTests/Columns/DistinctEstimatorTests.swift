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
}
