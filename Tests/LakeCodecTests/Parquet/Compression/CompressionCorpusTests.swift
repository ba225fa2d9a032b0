import Testing

@testable import LakeCodec

/// Every page of parquet-cpp-written files decompresses to exactly the size its header states
/// (duckdb/parquet-testing compression/generated; the LZ4 file uses Hadoop framing).
struct CompressionCorpusTests {
    @Test(arguments: [
        ("data_page=1_GZIP.parquet", CompressionCodec.gzip),
        ("data_page=1_LZ4.parquet", .lz4),
        ("data_page=1_NONE.parquet", .uncompressed),
        ("data_page=2_GZIP.parquet", .gzip),
        ("data_page=2_ZSTD.parquet", .zstd),
    ])
    func everyPageDecompresses(name: String, codec: CompressionCodec) throws {
        let file = try Corpus.bytes("duckdb-parquet-testing/compression/generated/" + name)
        let pages = try Corpus.pages(of: file)
        #expect(!pages.isEmpty)
        for page in pages {
            let body = try Corpus.decompressedBody(page, of: file, codec: codec)
            #expect(body.count == page.uncompressedSize)
        }
    }

    /// parquet-cpp 8 wrote codec LZ4 as a bare block, not Hadoop framing: the fallback reads it.
    @Test func lz4FromParquetCpp8IsABareBlock() throws {
        let file = try Corpus.bytes("duckdb-parquet-testing/compression/generated/data_page=1_LZ4.parquet")
        let page = try #require(try Corpus.pages(of: file).first)
        let body = Array(file[page.body])
        let asHadoopSize = Int(body[0]) << 24 | Int(body[1]) << 16 | Int(body[2]) << 8 | Int(body[3])
        #expect(asHadoopSize != page.uncompressedSize)
        let viaLZ4 = try Decompressor.decompress(body, codec: .lz4, uncompressedSize: page.uncompressedSize)
        #expect(try Decompressor.decompress(body, codec: .lz4Raw, uncompressedSize: page.uncompressedSize) == viaLZ4)
    }
}
