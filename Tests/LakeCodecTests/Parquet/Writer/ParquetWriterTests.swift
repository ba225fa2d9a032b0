import Foundation
import Testing

@testable import LakeCodec

/// The writer on hand-built columns: statistics in each type's order, dictionary fallback, row-group
/// splitting, every codec; files are read back by our reader (and by pyarrow where noted).
@Suite("Parquet writer")
struct ParquetWriterTests {
    static func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lakectl-w-\(getpid())-\(name)").path
    }

    static func leaf(_ name: String, _ type: PhysicalType, _ rep: Repetition = .optional, _ logical: LogicalType? = nil)
        -> SchemaElement
    {
        var e = SchemaElement()
        e.name = name
        e.type = type
        e.repetition = rep
        e.logicalType = logical
        return e
    }

    static func schema(_ leaves: [SchemaElement]) -> [SchemaElement] {
        var root = SchemaElement()
        root.name = "schema"
        root.numChildren = Int32(leaves.count)
        return [root] + leaves
    }

    /// One optional column with `values`, nil as NULL.
    static func batch(_ d: ColumnDescriptor, _ values: ColumnValues, nulls: [Bool]) -> ColumnBatch {
        var b = ColumnBatch(descriptor: d)
        b.values = values
        b.definitionLevels = nulls.map { $0 ? 0 : 1 }
        b.slotCount = nulls.count
        return b
    }

    /// One required column per entry of `columns`, each `rows` values long.
    static func required(_ c: [ColumnDescriptor], _ columns: [ColumnValues], rows: Int) -> [ColumnBatch] {
        columns.enumerated().map { k, v in
            var b = ColumnBatch(descriptor: c[k])
            b.values = v
            b.slotCount = rows
            return b
        }
    }

    /// Data pages of the chunk `m` written with encoding `e`, from its encoding stats.
    static func dataPages(_ m: ColumnMetaData, _ e: Encoding) -> Int32 {
        m.encodingStats.filter { $0.pageType == .dataPage && $0.encoding == e }.map(\.count).reduce(0, +)
    }

    static func write(
        _ elements: [SchemaElement], _ options: ParquetWriterOptions = ParquetWriterOptions(),
        _ path: String, _ make: ([ColumnDescriptor]) throws -> [ColumnBatch], rows: Int
    ) throws -> ParquetFile {
        let w = try ParquetWriter(path: path, schema: elements, options: options)
        try w.writeRowGroup(try make(w.columns), rowCount: rows)
        try w.close()
        return try ParquetFile.open(path)
    }

    @Test("statistics: signed and unsigned integers, NaN-free floats with signed zeros, byte-wise strings")
    func statistics() throws {
        let path = Self.temp("stats.parquet")
        defer { unlink(path) }
        let elements = Self.schema([
            Self.leaf("i", .int32), Self.leaf("u", .int32, .optional, .integer(bitWidth: 32, signed: false)),
            Self.leaf("d", .double), Self.leaf("nan", .double), Self.leaf("s", .byteArray, .optional, .string),
        ])
        let f = try Self.write(
            elements, ParquetWriterOptions(), path,
            { c in
                [
                    Self.batch(c[0], .int32([-5, 3, -1]), nulls: [false, false, true, false]),
                    Self.batch(c[1], .int32([-5, 3, -1]), nulls: [false, false, true, false]),
                    Self.batch(c[2], .double([.nan, 0.0, 2.5, -0.0]), nulls: [false, false, false, false]),
                    Self.batch(c[3], .double([.nan, .nan]), nulls: [false, true, true, false]),
                    Self.batch(
                        c[4], .bytes(try BinaryArray(["b", "ä", "B", "ab"].map { Array($0.utf8) })),
                        nulls: [false, false, false, false]),
                ]
            }, rows: 4)
        let cols = f.metadata.rowGroups[0].columns.map { $0.metaData?.statistics }
        func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
        #expect(cols[0]?.minValue == le(Int32(-5)) && cols[0]?.maxValue == le(Int32(3)))
        #expect(cols[0]?.nullCount == 1)
        // Unsigned: -1 is 0xFFFFFFFF, the largest; 3 the smallest.
        #expect(cols[1]?.minValue == le(Int32(3)) && cols[1]?.maxValue == le(Int32(-1)))
        // NaN ignored; a zero minimum is written as -0.0, a zero maximum as +0.0.
        #expect(cols[2]?.minValue == le((-0.0).bitPattern) && cols[2]?.maxValue == le(2.5.bitPattern))
        #expect(cols[3]?.minValue == nil && cols[3]?.maxValue == nil && cols[3]?.nullCount == 2)
        // Byte-wise: "B" (0x42) < "ab" < "b" < "ä" (0xC3 0xA4).
        #expect(cols[4]?.minValue == Array("B".utf8) && cols[4]?.maxValue == Array("ä".utf8))
    }

    @Test("byte-wise min/max of long values: the 8-byte prefix and the tail both decide")
    func longByteArrayOrder() throws {
        let values = ["prefix00zzz", "prefix00a", "prefix00", "\u{FF}prefix0", "Prefix00zz", "prefix00\u{0}"]
        let a = try BinaryArray(values.map { Array($0.utf8) })
        let (lo, hi) = try #require(ChunkStatistics.bytesMinMax(a))
        let sorted = values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(values[lo] == sorted.first && values[hi] == sorted.last)
    }

    @Test("dictionary until it passes its limit, PLAIN after; all-distinct data is PLAIN from the start")
    func dictionaryFallback() throws {
        let path = Self.temp("dict.parquet")
        defer { unlink(path) }
        let n = 100_000
        // Column 0: 10 distinct values (dictionary throughout). Column 1: 20 distinct for the first
        // page, then all distinct (falls back after the dictionary passes 1,000 entries). Column 2: all
        // distinct from the first value (dictionary does not pay: PLAIN).
        let few = (0..<n).map { Int64($0 % 10) }
        let later = (0..<n).map { $0 < 2000 ? Int64($0 % 20) : Int64($0) * 7919 }
        let distinct = (0..<n).map { Int64($0) * 104_729 }
        let options = ParquetWriterOptions(pageSlots: 1000, dictionaryMaxEntries: 1000)
        let elements = Self.schema([
            Self.leaf("few", .int64, .required), Self.leaf("later", .int64, .required),
            Self.leaf("distinct", .int64, .required),
        ])
        let f = try Self.write(
            elements, options, path,
            { c in Self.required(c, [.int64(few), .int64(later), .int64(distinct)], rows: n) }, rows: n)
        let meta = f.metadata.rowGroups[0].columns.compactMap(\.metaData)
        let pages = Self.dataPages
        #expect(
            meta[0].dictionaryPageOffset != nil && pages(meta[0], .plain) == 0 && pages(meta[0], .rleDictionary) == 100)
        #expect(
            meta[1].dictionaryPageOffset != nil && pages(meta[1], .rleDictionary) >= 2 && pages(meta[1], .plain) > 0)
        #expect(meta[2].dictionaryPageOffset == nil && pages(meta[2], .rleDictionary) == 0)
        let rows = try f.readRows(rowGroup: 0, fields: f.selectFields(nil))
        #expect(rows.map { $0[0] } == few.map { Value.int($0) })
        #expect(rows.map { $0[1] } == later.map { Value.int($0) })
        #expect(rows.map { $0[2] } == distinct.map { Value.int($0) })
    }

    @Test(
        "string min/max are the chunk's, whether every page used the dictionary, it fell back, or it was PLAIN",
        arguments: [true, false])
    func byteArrayStatisticsByEncoding(dictionary: Bool) throws {
        let path = Self.temp("bytes-stats-\(dictionary).parquet")
        defer { unlink(path) }
        let n = 20_000
        // Column 0: 30 distinct words, its smallest and largest only near the end. Column 1: 20 words for
        // the first page, then distinct values holding the smallest and largest (the dictionary falls back
        // after 1,000 entries, so its entries are not all of the chunk's values).
        let words = (0..<30).map { "word-\(String(format: "%02d", $0))" }
        let few = (0..<n).map { $0 == n - 7 ? "Aardvark" : $0 == n - 3 ? "zz-top" : words[$0 % 30] }
        let later = (0..<n).map { $0 < 1000 ? words[$0 % 20] : $0 == n - 5 ? "!first" : "value-\($0 * 7919)" }
        let options = ParquetWriterOptions(pageSlots: 1000, dictionary: dictionary, dictionaryMaxEntries: 1000)
        let elements = Self.schema([
            Self.leaf("few", .byteArray, .required, .string), Self.leaf("later", .byteArray, .required, .string),
        ])
        let f = try Self.write(
            elements, options, path,
            { c in
                Self.required(c, try [few, later].map { .bytes(try BinaryArray($0.map { Array($0.utf8) })) }, rows: n)
            }, rows: n)
        let meta = f.metadata.rowGroups[0].columns.compactMap(\.metaData)
        let pages = Self.dataPages
        if dictionary {
            #expect(pages(meta[0], .rleDictionary) == 20 && pages(meta[0], .plain) == 0)
            #expect(pages(meta[1], .rleDictionary) >= 2 && pages(meta[1], .plain) > 0)
        } else {
            #expect(meta.allSatisfy { pages($0, .rleDictionary) == 0 && $0.dictionaryPageOffset == nil })
        }
        for (m, v) in zip(meta, [few, later]) {
            let sorted = v.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(m.statistics?.minValue == sorted.first && m.statistics?.maxValue == sorted.last)
        }
        #expect(meta[0].statistics?.minValue == Array("Aardvark".utf8))
        #expect(meta[1].statistics?.minValue == Array("!first".utf8))
    }

    @Test("every codec writes a file our reader and pyarrow read", arguments: ParquetWriterOptions.Codec.allCases)
    func codecs(_ codec: ParquetWriterOptions.Codec) throws {
        let path = Self.temp("codec-\(codec.rawValue).parquet")
        defer { unlink(path) }
        let strings = (0..<5000).map { "value \($0 % 37) \(String(repeating: "x", count: $0 % 5))" }
        let elements = Self.schema([Self.leaf("s", .byteArray, .optional, .string), Self.leaf("b", .boolean)])
        let nulls = (0..<5000).map { $0 % 11 == 0 }
        let kept = zip(strings, nulls).filter { !$1 }.map { Array($0.0.utf8) }
        let bools = (0..<kept.count).map { $0 % 3 == 0 }
        let f = try Self.write(
            elements, ParquetWriterOptions(compression: codec, pageSlots: 700), path,
            { c in
                [
                    Self.batch(c[0], .bytes(try BinaryArray(kept)), nulls: nulls),
                    Self.batch(c[1], .boolean(bools), nulls: nulls),
                ]
            }, rows: 5000)
        #expect(f.metadata.rowGroups[0].columns[0].metaData?.codec.rawValue == codec.id.rawValue)
        #expect(f.metadata.createdBy == "lakectl version 0.1")
        let rows = try f.readRows(rowGroup: 0, fields: f.selectFields(nil))
        #expect(rows.count == 5000)
        #expect(
            rows.compactMap { if case .string(let s) = $0[0] { s } else { nil } }
                == kept.map { String(decoding: $0, as: UTF8.self) })
        let out = try Self.python(
            """
            import pyarrow.parquet as pq
            t = pq.read_table('\(path)')
            print(t.num_rows, t.column('s').null_count, t.column('s')[1].as_py(), t.column('b').null_count)
            """)
        #expect(out == "5000 455 value 1 x 455")
    }

    @Test("Parquet → Parquet re-chunks rows into row groups of --row-group-rows, nested columns included")
    func rowGroupSplitting() throws {
        let src = CorpusLocator.parquetRoot.appendingPathComponent("apache-parquet-testing/data/list_columns.parquet")
            .path
        let input = try ParquetFile.open(src)
        let path = Self.temp("split.parquet")
        defer { unlink(path) }
        try ParquetRewriter.rewrite(input, to: path, options: ParquetWriterOptions(rowGroupRows: 1))
        let out = try ParquetFile.open(path)
        #expect(out.rowGroupCount == Int(input.numRows))
        #expect(out.metadata.rowGroups.allSatisfy { $0.numRows == 1 })
        var a: [[Value]] = [], b: [[Value]] = []
        for g in 0..<input.rowGroupCount { a += try input.readRows(rowGroup: g, fields: input.selectFields(nil)) }
        for g in 0..<out.rowGroupCount { b += try out.readRows(rowGroup: g, fields: out.selectFields(nil)) }
        #expect(a == b)
        // Offsets: every chunk starts where the footer says, right after the previous one.
        var expected: Int64 = 4
        for g in out.metadata.rowGroups {
            for c in g.columns {
                #expect(c.fileOffset == expected)
                expected += c.metaData?.totalCompressedSize ?? 0
            }
        }
    }

    @Test("a failed write leaves no output and no temporary file")
    func abortLeavesNothing() throws {
        let path = Self.temp("abort.parquet")
        let w = try ParquetWriter(path: path, schema: Self.schema([Self.leaf("x", .int64, .required)]))
        #expect(throws: CodecError.self) { try w.writeRowGroup([], rowCount: 1) }
        w.abort()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    static func python(_ script: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
