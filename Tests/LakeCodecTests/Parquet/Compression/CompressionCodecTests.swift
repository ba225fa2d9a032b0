import Testing

@testable import LakeCodec

@Suite struct CompressionCodecTests {
    @Test func everyThriftValueMaps() {
        #expect(CompressionCodec.allCases.map(\.rawValue) == Array(0...7))
        #expect(
            CompressionCodec.allCases.map(\.description)
                == ["UNCOMPRESSED", "SNAPPY", "GZIP", "LZO", "BROTLI", "LZ4", "ZSTD", "LZ4_RAW"])
    }
}
