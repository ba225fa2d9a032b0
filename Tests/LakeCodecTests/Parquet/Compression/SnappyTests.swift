import Testing

@testable import LakeCodec

@Suite struct SnappyTests {
    /// A hand-made snappy stream: varint length 5, one literal tag of 5 bytes.
    @Test func literalStream() throws {
        let stream: [UInt8] = [5, 4 << 2, 0x68, 0x65, 0x6C, 0x6C, 0x6F]
        #expect(try Decompressor.decompress(stream, codec: .snappy, uncompressedSize: 5) == Array("hello".utf8))
    }

    @Test func declaredLengthMustMatchHeader() {
        let stream: [UInt8] = [5, 4 << 2, 0x68, 0x65, 0x6C, 0x6C, 0x6F]
        expectCodecError(.compression) { _ = try Decompressor.decompress(stream, codec: .snappy, uncompressedSize: 6) }
    }

    /// Empty input is an empty section only when nothing is declared (see DecompressorTests).
    @Test func emptyInputDeclaringContentIsRejected() {
        expectCodecError(.compression) {
            _ = try Decompressor.decompress([UInt8](), codec: .snappy, uncompressedSize: 4)
        }
    }
}
