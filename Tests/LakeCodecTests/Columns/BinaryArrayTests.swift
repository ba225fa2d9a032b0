import Testing

@testable import LakeCodec

@Suite struct BinaryArrayTests {
    @Test func appendAndSubscript() throws {
        var a = BinaryArray()
        #expect(a.isEmpty && a.offsets == [0])
        try a.append(Array("ab".utf8))
        try a.append([UInt8]())
        try [UInt8](arrayLiteral: 7, 8, 9).withUnsafeBytes { try a.append($0) }
        #expect(a.count == 3)
        #expect(a.offsets == [0, 2, 2, 5])
        #expect(Array(a[0]) == Array("ab".utf8))
        #expect(a[1].isEmpty)
        #expect(a.range(at: 2) == 2..<5)
        #expect(a.length(at: 2) == 3)
    }

    @Test func appendContentsOfRebasesOffsets() throws {
        var a = try BinaryArray([[1], [2, 3]])
        try a.append(contentsOf: BinaryArray([[4, 5, 6], []]))
        #expect(a.values == [[1], [2, 3], [4, 5, 6], []])
        #expect(a.offsets == [0, 1, 3, 6, 6])
    }

    @Test func gatherExpandsDictionary() throws {
        let dict = try BinaryArray([Array("x".utf8), Array("yy".utf8), []])
        var out = try BinaryArray([[0]])
        let indices: [Int32] = [1, 0, 2, 1]
        try indices.withUnsafeBufferPointer { try out.appendGathering(from: dict, indices: $0) }
        #expect(out.values == [[0], Array("yy".utf8), Array("x".utf8), [], Array("yy".utf8)])
    }

    @Test func gatherRejectsBadIndex() throws {
        let dict = try BinaryArray([[1]])
        var out = BinaryArray()
        for bad: Int32 in [1, -1] {
            expectCodecError(.corrupt) {
                try [bad].withUnsafeBufferPointer { try out.appendGathering(from: dict, indices: $0) }
            }
        }
        #expect(out.count == 0)
    }

    @Test func sizeLimitIsChecked() {
        let a = BinaryArray()
        expectCodecError(.limitExceeded) { try a.checkRoom(for: BinaryArray.maxByteCount + 1) }
        expectCodecError(.limitExceeded) { try a.checkRoom(for: -1) }
    }

    @Test func fixedWidth() throws {
        var a = BinaryArray()
        try a.appendFixedWidth([1, 2, 3, 4], count: 2, width: 2)
        #expect(a.values == [[1, 2], [3, 4]])
    }
}
