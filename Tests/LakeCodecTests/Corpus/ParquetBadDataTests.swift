import Testing

@testable import LakeCodec

/// One named regression test per corpus file that must not read, checking the error says what is wrong
/// (not merely that something threw). Sources: bad_data/README.md, DuckDB's broken/ files, the encrypted
/// files, and the checksum file read with verification on.
@Suite struct ParquetBadDataTests {
    static let cases: [(file: String, message: String)] = [
        // README: a FIXED_LEN_BYTE_ARRAY column declared required holds nulls, so the values run short.
        ("apache-parquet-testing/bad_data/ARROW-GH-47662.parquet", "truncated PLAIN FIXED_LEN_BYTE_ARRAY"),
        // README: negative dictionary num_values; its column chunk also points past the file's data.
        ("apache-parquet-testing/bad_data/ARROW-RS-GH-6229-DICTHEADER.parquet", "column chunk 'name'"),
        // README: a corrupted schema Thrift value (the physical type).
        ("apache-parquet-testing/bad_data/PARQUET-1481.parquet", "invalid physical column type -7"),
        ("apache-parquet-testing/data/rle-dict-uncompressed-corrupt-checksum.parquet", "CRC-32 checksum mismatch"),
        ("duckdb-parquet-testing/bigdecimal.parquet", "decimal precision 77"),
        // Dictionary indices run out before the page's values do.
        ("duckdb-parquet-testing/broken-arrow.parquet", "truncated RLE/bit-packed run header"),
        ("duckdb-parquet-testing/broken/broken_date.parquet", "DATE can only annotate INT32"),
        ("duckdb-parquet-testing/broken/broken_smallint.parquet", "INT_16 can only annotate INT32"),
        ("duckdb-parquet-testing/broken/broken_tinyint.parquet", "INT_8 can only annotate INT32"),
        ("duckdb-parquet-testing/broken/broken_usmallint.parquet", "UINT_16 can only annotate INT32"),
        (
            "apache-parquet-testing/data/aes256/encrypt_columns_and_footer.parquet.encrypted",
            "encrypted Parquet is not supported"
        ),
        (
            "apache-parquet-testing/data/aes256/encrypt_columns_plaintext_footer.parquet.encrypted",
            "encrypted Parquet is not supported"
        ),
        (
            "apache-parquet-testing/data/aes256/uniform_encryption.parquet.encrypted",
            "encrypted Parquet is not supported"
        ),
        (
            "apache-parquet-testing/data/encrypt_columns_and_footer.parquet.encrypted",
            "encrypted Parquet is not supported"
        ),
        (
            "apache-parquet-testing/data/encrypt_columns_and_footer_ctr.parquet.encrypted",
            "encrypted Parquet is not supported"
        ),
        ("apache-parquet-testing/data/uniform_encryption.parquet.encrypted", "encrypted Parquet is not supported"),
        ("duckdb-parquet-testing/encryption/encrypted_footer.parquet", "encrypted Parquet is not supported"),
    ]

    @Test(arguments: cases.map(\.file))
    func failsWithAClearError(_ file: String) {
        let message = Self.cases.first { $0.file == file }!.message
        switch CorpusCase(relativePath: file).run() {
        case .failsAsExpected(let text):
            #expect(text.contains(message), "\(file): \(text)")
        case let other:
            Issue.record("\(file): expected an error containing '\(message)', got \(other)")
        }
    }

    @Test func everyFilePyArrowRejectsIsListedHere() throws {
        for path in CorpusLocator.parquetFiles() {
            let c = CorpusCase(relativePath: path)
            guard c.expectedError(try c.reference()) != nil else { continue }
            #expect(Self.cases.contains { $0.file == path }, "\(path) is rejected by pyarrow but has no named test")
        }
    }
}
