import Foundation
import Testing

@testable import LakeCodec

@Suite struct ParquetFileTests {
    static func corpus(_ p: String) -> String { CorpusLocator.parquetRoot.appendingPathComponent(p).path }

    static func temp(_ bytes: [UInt8], _ name: String = UUID().uuidString) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-\(name).parquet").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func rejectsFilesThatAreNotParquet() throws {
        expectCodecError(.corrupt) { _ = try ParquetFile.open(try Self.temp(Array("hello, world, not parquet".utf8))) }
        expectCodecError(.corrupt) { _ = try ParquetFile.open(try Self.temp(Array("PAR1PAR1".utf8))) }
        expectCodecError(.io) { _ = try ParquetFile.open("/nonexistent/file.parquet") }
    }

    @Test func rejectsAFooterLengthLargerThanTheFile() throws {
        var bytes = Array("PAR1".utf8) + [UInt8](repeating: 0, count: 8)
        bytes += [0xFF, 0xFF, 0x00, 0x00] + Array("PAR1".utf8)
        expectCodecError(.corrupt) { _ = try ParquetFile.open(try Self.temp(bytes)) }
    }

    /// A footer can declare any number of rows for a schema without columns: no chunk would ever contradict
    /// it, and reading them would allocate by that number alone. Zero rows (what pyarrow writes) still open.
    @Test func rowsWithoutAnyColumnToHoldThemAreRejected() throws {
        func file(rows: Int64) throws -> String {
            var root = SchemaElement()
            root.name = "schema"
            root.numChildren = 0
            var m = FileMetaData()
            m.version = 1
            m.schema = [root]
            m.numRows = rows
            var group = RowGroup()
            group.numRows = rows
            m.rowGroups = [group]
            let footer = m.thriftBytes(leafCount: 0)
            let length = UInt32(footer.count)
            let bytes =
                Array("PAR1".utf8) + footer + (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) }
                + Array("PAR1".utf8)
            return try Self.temp(bytes)
        }
        #expect(try ParquetFile.open(try file(rows: 0)).readRows(rowGroup: 0, fields: []).isEmpty)
        #expect {
            _ = try ParquetFile.open(try file(rows: 1 << 40))
        } throws: { error in
            "\(error)".contains("declares 1099511627776 rows but the schema has no column to hold them")
        }
    }

    @Test func encryptedFilesSayEncryptionIsNotSupported() {
        for p in [
            "apache-parquet-testing/data/uniform_encryption.parquet.encrypted",
            "apache-parquet-testing/data/aes256/encrypt_columns_plaintext_footer.parquet.encrypted",
        ] {
            do {
                _ = try ParquetFile.open(Self.corpus(p))
                Issue.record("\(p) opened")
            } catch let e as CodecError {
                #expect(e.description.contains("encrypted Parquet is not supported"), "\(e)")
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func pageChecksumsAreVerifiedOnlyWhenAsked() throws {
        let f = try ParquetFile.open(
            Self.corpus("apache-parquet-testing/data/rle-dict-uncompressed-corrupt-checksum.parquet"))
        let fields = try f.selectFields(nil)
        #expect(try f.readRows(rowGroup: 0, fields: fields).count == 1000)
        do {
            _ = try f.readRows(rowGroup: 0, fields: fields, verifyChecksums: true)
            Issue.record("corrupt page CRC not detected")
        } catch let e as CodecError {
            #expect(e.description.contains("CRC-32 checksum mismatch"))
        }
        let good = try ParquetFile.open(
            Self.corpus("apache-parquet-testing/data/datapage_v1-snappy-compressed-checksum.parquet"))
        #expect(try good.readRows(rowGroup: 0, fields: good.selectFields(nil), verifyChecksums: true).count == 5120)
    }

    @Test func statisticsSkipRowGroups() throws {
        let f = try ParquetFile.open(Self.corpus("duckdb-parquet-testing/file_row_number.parquet"))
        let groups = try f.rowGroups(matching: [try .parse("seq >= 1500"), try .parse("seq < 2100")])
        #expect(groups == [1, 2])
        expectCodecError(.unsupported) { _ = try f.rowGroups(matching: [try .parse("nope = 1")]) }
    }

    @Test func readsOnlyTheSelectedColumns() throws {
        let f = try ParquetFile.open(Self.corpus("apache-parquet-testing/data/alltypes_plain.parquet"))
        let fields = try f.selectFields(["string_col", "id"])
        let rows = try f.readRows(rowGroup: 0, fields: fields)
        #expect(rows.first == [.binary(Array("0".utf8)), .int(4)])
        let batch = try f.readRowGroup(0, leaves: fields.flatMap(\.leafIndices))
        #expect(batch.columns.keys.sorted() == [0, 9])
        expectCodecError(.unsupported) { _ = try f.selectFields(["missing"]) }
    }

    @Test func assemblesNestedListsMapsAndStructs() throws {
        let f = try ParquetFile.open(Self.corpus("apache-parquet-testing/data/nullable.impala.parquet"))
        let fields = try f.selectFields(["int_array_Array", "int_map"])
        let rows = try f.readRows(rowGroup: 0, fields: fields)
        #expect(
            rows[1][0]
                == .list([
                    .list([.null, .int(1), .int(2), .null]), .list([.int(3), .null, .int(4)]), .list([]), .null,
                ]))
        #expect(rows[1][1] == .map([.init(.string("k1"), .int(2)), .init(.string("k2"), .null)]))
        #expect(rows[2][1] == .map([]))
    }

    @Test func legacyTwoLevelListsAndBareRepeatedFields() throws {
        let f = try ParquetFile.open(Self.corpus("apache-parquet-testing/data/repeated_no_annotation.parquet"))
        let rows = try f.readRows(rowGroup: 0, fields: f.selectFields(nil))
        #expect(rows.count == 6)
        #expect(f.schema.root.children[1].arrowType.hasPrefix("struct<phone: list<phone: struct<"))
    }

    @Test func profileDecodesEveryValue() throws {
        let f = try ParquetFile.open(Self.corpus("duckdb-parquet-testing/file_row_number.parquet"))
        let p = try #require(try f.profile(fields: f.selectFields(nil)).first)
        #expect(p.count == 10000 && p.nulls == 0)
        #expect(p.min == .int(0) && p.max == .int(9999))
        #expect(p.mean == 4999.5)
        #expect(abs(p.distinct - 10000) < 300)
    }
}

@Suite struct Int96FromSparkTests {
    /// int96_from_spark.md lists the values as microseconds since the epoch, two of them outside the
    /// nanosecond range of Int64; they must come out right, not wrapped.
    @Test func matchesTheMicrosecondsInTheSourceMarkdown() throws {
        let f = try ParquetFile.open(ParquetFileTests.corpus("apache-parquet-testing/data/int96_from_spark.parquet"))
        let rows = try f.readRows(rowGroup: 0, fields: f.selectFields(nil))
        let expected: [Int64?] = [
            1_704_141_296_123_456, 1_704_070_800_000_000, 253_402_225_200_000_000,
            1_735_599_600_000_000, nil, 9_089_380_393_200_000_000,
        ]
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            switch row[0] {
            case .null: #expect(want == nil)
            case .timestamp(let v, .nanos, _): #expect(v / 1000 == want && v % 1000 == 0)
            case .timestamp(let v, .micros, _): #expect(v == want)
            default: Issue.record("unexpected \(row[0])")
            }
        }
    }
}

@Suite struct NestedSelectionTests {
    @Test func dottedNamesSelectNestedFieldsOutsideLists() throws {
        let f = try ParquetFile.open(ParquetFileTests.corpus("apache-parquet-testing/data/nullable.impala.parquet"))
        let fields = try f.selectFields(["nested_struct.A", "nested_struct.C"])
        let rows = try f.readRows(rowGroup: 0, fields: fields)
        #expect(rows[0][0] == .int(1))
        #expect(rows[1][0] == .null)
        let all = try f.readRows(rowGroup: 0, fields: f.selectFields(["nested_struct"]))
        for (row, whole) in zip(rows, all) {
            guard case .structure(let parts) = whole[0] else {
                #expect(row == [.null, .null])
                continue
            }
            #expect(row[0] == parts[0].value && row[1] == parts[2].value)
        }
        expectCodecError(.unsupported) { _ = try f.selectFields(["int_array.list.element"]) }
        expectCodecError(.unsupported) { _ = try f.selectFields(["nested_struct.nope"]) }
    }
}
