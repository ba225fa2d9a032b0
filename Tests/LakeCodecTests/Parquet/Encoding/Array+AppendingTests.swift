import Testing

@testable import LakeCodec

@Suite struct ArrayAppendingTests {
    @Test func growsGeometrically() {
        var a: [Int32] = []
        a.reserveForAppending(1000)
        #expect(a.capacity >= 1000)
        a.append(contentsOf: repeatElement(1, count: 1000))
        let before = a.capacity
        a.reserveForAppending(10)
        // Not just 1010: at least double, so page-by-page appends copy linearly.
        #expect(a.capacity >= 2 * before)
    }

    @Test func noOpWhenRoomIsLeft() {
        var a: [UInt8] = []
        a.reserveCapacity(100)
        let capacity = a.capacity
        a.reserveForAppending(50)
        a.reserveForAppending(-5)
        #expect(a.capacity == capacity)
    }
}
