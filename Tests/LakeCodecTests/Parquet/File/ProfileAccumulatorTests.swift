import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// `ProfileAccumulator` fed row group by row group (as `profile` reads an S3 object) gives exactly the
/// profile of the whole file, and over two files counts both, with partition values profiled as strings.
@Suite struct ProfileAccumulatorTests {
    static func open() throws -> ParquetFile {
        // Ten row groups, no NaN (a NaN min or max would not compare equal to itself).
        try ParquetFile.open(
            Fixtures.corpus.appendingPathComponent("parquet/duckdb-parquet-testing/file_row_number.parquet").path)
    }

    @Test func rowGroupByRowGroupEqualsTheWholeFile() throws {
        let file = try Self.open()
        #expect(file.rowGroupCount > 1)
        let fields = try file.selectFields(nil)
        var accumulator = ProfileAccumulator(file: file, fields: fields)
        for g in 0..<file.rowGroupCount { try accumulator.add(file, rowGroup: g, threads: 2) }
        let whole = try file.profile(fields: fields)
        #expect(accumulator.finish() == whole)
    }

    @Test func twoFilesAndAPartitionColumn() throws {
        let file = try Self.open()
        let fields = try file.selectFields(nil)
        var accumulator = ProfileAccumulator(file: file, fields: fields, partitionKeys: ["year"])
        for value in ["2025", "2024"] {
            for g in 0..<file.rowGroupCount { try accumulator.add(file, rowGroup: g, partitionValues: [value]) }
        }
        let profiles = accumulator.finish()
        let single = try file.profile(fields: fields)
        #expect(profiles.count == single.count + 1)
        #expect(zip(profiles, single).allSatisfy { $0.count == 2 * $1.count && $0.min == $1.min && $0.max == $1.max })
        let year = try #require(profiles.last)
        #expect(year.path == "year")
        #expect(year.count == 2 * Int(file.numRows))
        #expect(year.min == .string("2024") && year.max == .string("2025") && year.distinct == 2)
        #expect(year.nulls == 0 && year.mean == nil)
    }
}
