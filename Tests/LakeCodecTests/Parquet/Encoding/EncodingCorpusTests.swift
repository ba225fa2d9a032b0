import Testing

@testable import LakeCodec

/// The decoders against pages written by parquet-mr and parquet-cpp (corpus: apache/parquet-testing),
/// checked value by value against the expected CSVs shipped with the files.
struct EncodingCorpusTests {
    /// 65 optional INT64 columns (miniblock bit widths 0 to 64) and one INT32, one uncompressed v2 page
    /// each: def levels (RLE, width 1) then DELTA_BINARY_PACKED (parquet-mr 1.10).
    @Test func deltaBinaryPackedAllBitWidths() throws {
        let file = try Corpus.bytes("apache-parquet-testing/data/delta_binary_packed.parquet")
        let expected = try Corpus.csv("apache-parquet-testing/data/delta_binary_packed_expect.csv")
        let pages = try Corpus.pages(of: file).filter { $0.type == 0 || $0.type == 3 }
        #expect(pages.count == expected[0].count)
        for (column, page) in pages.enumerated() {
            #expect(page.encoding == 5)
            var (present, c) = try Corpus.values(of: page, body: Array(file[page.body]), optional: true)
            var values: [Int64] = []
            if expected[0][column] == "int_value" {
                // The last column is INT32: its deltas wrap at 32 bits, not 64.
                var narrow: [Int32] = []
                try DeltaBinaryPackedDecoder.decodeInt32(&c, count: present, into: &narrow)
                values = narrow.map(Int64.init)
            } else {
                try DeltaBinaryPackedDecoder.decodeInt64(&c, count: present, into: &values)
            }
            #expect(c.isAtEnd, "column \(column) left \(c.remaining) bytes")
            let want = expected.dropFirst().map { Int64($0[column]) }
            #expect(values == want.compactMap { $0 }, "column \(expected[0][column])")
        }
    }

    /// Required INT32 DELTA_BINARY_PACKED and BYTE_ARRAY DELTA_BYTE_ARRAY columns (parquet-mr 1.12).
    @Test func deltaEncodingRequiredColumns() throws {
        let file = try Corpus.bytes("apache-parquet-testing/data/delta_encoding_required_column.parquet")
        let expected = try Corpus.csv("apache-parquet-testing/data/delta_encoding_required_column_expect.csv")
        let rows = expected.dropFirst()
        let pages = try Corpus.pages(of: file).filter { $0.type == 0 || $0.type == 3 }
        #expect(pages.count == 17)
        for (column, page) in pages.enumerated() {
            var (_, c) = try Corpus.values(of: page, body: Array(file[page.body]), optional: false)
            if column < 9 {
                var values: [Int32] = []
                try DeltaBinaryPackedDecoder.decodeInt32(&c, count: page.numValues, into: &values)
                #expect(values == rows.compactMap { Int32($0[column]) }, "column \(column)")
            } else {
                #expect(page.encoding == 7)
                var values = BinaryArray()
                try DeltaByteArrayDecoder.decode(&c, count: page.numValues, into: &values)
                #expect(
                    values.values.map { String(decoding: $0, as: UTF8.self) } == rows.map { $0[column] },
                    "column \(column)")
            }
            #expect(c.isAtEnd)
        }
    }

    /// Optional FLOAT and DOUBLE in BYTE_STREAM_SPLIT, ZSTD-compressed (parquet-cpp 14).
    @Test func byteStreamSplitZstd() throws {
        let file = try Corpus.bytes("apache-parquet-testing/data/byte_stream_split.zstd.parquet")
        let pages = try Corpus.pages(of: file).filter { $0.type == 0 || $0.type == 3 }
        #expect(pages.count == 2)
        var floats: [Float] = []
        var doubles: [Double] = []
        for (column, page) in pages.enumerated() {
            #expect(page.encoding == 9)
            let body = try Corpus.decompressedBody(page, of: file, codec: .zstd)
            var (present, c) = try Corpus.values(of: page, body: body, optional: true)
            if column == 0 {
                try ByteStreamSplitDecoder.decodeFloat(&c, count: present, into: &floats)
            } else {
                try ByteStreamSplitDecoder.decodeDouble(&c, count: present, into: &doubles)
            }
            #expect(c.isAtEnd)
        }
        // First rows from byte_stream_split.zstd.parquet.expected.json (pyarrow).
        #expect(Array(floats.prefix(3)) == [1.764052391052246, 0.40015721321105957, 0.978738009929657])
        #expect(Array(doubles.prefix(3)) == [-1.3065268517353166, 1.658130679618188, -0.11816404512856976])
    }
}
