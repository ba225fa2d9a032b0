import Foundation
import Testing

@testable import LakeCodec

/// Untrusted bytes never trap (ARCHITECTURE.md rule 6): corpus files with bytes flipped or cut short must
/// either read or fail with a CodecError. A trap would crash the test process, so reaching the end is the
/// assertion; every outcome other than success or CodecError is recorded.
@Suite struct ParquetCorruptionTests {
    static let files = [
        "apache-parquet-testing/data/alltypes_plain.parquet",
        "apache-parquet-testing/data/alltypes_plain.snappy.parquet",
        "apache-parquet-testing/data/datapage_v2.snappy.parquet",
        "apache-parquet-testing/data/nullable.impala.parquet",
        "apache-parquet-testing/data/delta_encoding_optional_column.parquet",
        "apache-parquet-testing/data/byte_stream_split.zstd.parquet",
        "duckdb-parquet-testing/map.parquet",
        "duckdb-parquet-testing/decimals.parquet",
    ]

    /// Deterministic xorshift so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    static func readAll(_ path: String) throws {
        let f = try ParquetFile.open(path)
        let fields = try f.selectFields(nil)
        for g in 0..<f.rowGroupCount { _ = try f.readRows(rowGroup: g, fields: fields, verifyChecksums: false) }
        _ = try f.profile(fields: fields)
    }

    @Test(.timeLimit(.minutes(10)), arguments: files)
    func mutatedFilesFailCleanly(_ file: String) throws {
        let original = try [UInt8](Data(contentsOf: CorpusLocator.parquetRoot.appendingPathComponent(file)))
        var rng = Rng(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(original.count))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lakectl-mutate-\(UUID().uuidString).parquet")
        defer { try? FileManager.default.removeItem(at: path) }
        for round in 0..<120 {
            var bytes = original
            if round % 4 == 0 {
                bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
            } else {
                // Flip a few bytes, biased towards the footer where the metadata lives.
                for _ in 0..<(1 + Int(rng.next() % 4)) {
                    let inFooter = rng.next() % 2 == 0
                    let span = inFooter ? min(bytes.count, 512) : bytes.count
                    let i = bytes.count - 1 - Int(rng.next() % UInt64(span))
                    bytes[i] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                }
            }
            try Data(bytes).write(to: path)
            do {
                try Self.readAll(path.path)
            } catch is CodecError {
                // expected for most mutations
            } catch {
                Issue.record("\(file) round \(round): non-codec error \(error)")
            }
        }
    }
}
