import Foundation
import LakeCodec
import Testing

@testable import LakeFilter

/// Folders of pyarrow-written Parquet files read as one table: partitions from `key=value` folders only
/// when every file has the same keys at the same depth; a file with other columns is an error naming it.
@Suite struct ParquetDatasetTests {
    /// Writes `files` (relative path → list of ids, or nil for a file with a different schema).
    static func folder(_ files: [String: [Int]?]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-dataset-\(UUID().uuidString)")
            .path
        let spec = files.map { path, ids in "(\"\(path)\", \(ids.map { "\($0)" } ?? "None"))" }.joined(separator: ", ")
        let script = """
            import os, sys, pyarrow as pa, pyarrow.parquet as pq
            root = sys.argv[1]
            for rel, ids in [\(spec)]:
                path = os.path.join(root, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                t = pa.table({'id': pa.array(ids, pa.int64())}) if ids is not None else pa.table({'other': ['x']})
                pq.write_table(t, path, row_group_size=2)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, root]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        return root
    }

    static func ids(_ dataset: ParquetDataset, _ filter: String?) throws -> ([[Value]], ParquetDataset.Counts) {
        let columns = try ColumnSelection.all.visibleColumns(of: dataset.schema)
        let bound = try filter.map { try BoundFilter.compile($0, schema: dataset.schema) }
        var rows: [[Value]] = []
        let counts = try dataset.scan(filter: bound, columns: columns) {
            rows += $0
            return true
        }
        return (rows, counts)
    }

    @Test func hiveFoldersBecomePartitionColumnsAndPruneByStatistics() throws {
        let root = try Self.folder([
            "year=2024/month=1/a.parquet": [1, 2, 3, 4], "year=2025/month=12/b.parquet": [5, 6],
            "_SUCCESS/x.parquet": [9],
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dataset = try ParquetDataset.open(root)
        #expect(dataset.schema.fields.map(\.name) == ["id", "year", "month"])
        #expect(dataset.schema.partitionKeys == ["year", "month"])
        let (rows, counts) = try Self.ids(dataset, "year = '2025' OR id <= 2")
        #expect(
            rows == [
                [.int(1), .string("2024"), .string("1")], [.int(2), .string("2024"), .string("1")],
                [.int(5), .string("2025"), .string("12")], [.int(6), .string("2025"), .string("12")],
            ])
        #expect(counts == ParquetDataset.Counts(read: 6, kept: 4, prunedRowGroups: 0))
        let pruned = try Self.ids(dataset, "id >= 5")
        #expect(pruned.0.count == 2)
        #expect(pruned.1 == ParquetDataset.Counts(read: 6, kept: 2, prunedRowGroups: 2))
    }

    @Test func foldersThatAreNotAllKeyValueAreJustFolders() throws {
        let root = try Self.folder(["year=2024/a.parquet": [1], "misc/b.parquet": [2]])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dataset = try ParquetDataset.open(root)
        #expect(dataset.schema.fields.map(\.name) == ["id"])
        #expect(try Self.ids(dataset, nil).1 == ParquetDataset.Counts(read: 2, kept: 2))
    }

    @Test func aFileWithOtherColumnsIsAnErrorNamingIt() throws {
        let root = try Self.folder(["a.parquet": [1], "b.parquet": nil])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dataset = try ParquetDataset.open(root)
        #expect {
            _ = try Self.ids(dataset, nil)
        } throws: { error in
            String(describing: error).contains("b.parquet has columns other")
        }
        #expect(throws: CodecError.self) { try ParquetDataset.open(root + "/missing") }
    }
}
