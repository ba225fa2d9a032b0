import Foundation
import Testing

@testable import LakeCodec

/// `ColumnProfiler` fed string chunks with their dictionary indices left unexpanded (what `profile` reads)
/// must profile exactly as when fed the expanded values (what every other reader gets).
@Suite struct ColumnProfilerTests {
    /// Corpus files with dictionary-encoded strings, one of them with pages that fall back to PLAIN.
    static let files: [String] =
        [
            "duckdb-parquet-testing/candidate.parquet",
            "duckdb-parquet-testing/h2oai/h2oai_group_small.parquet",
            "duckdb-parquet-testing/struct_skip_test.parquet",
        ] + ParquetFileScanTests.smallFiles.prefix(60)

    @Test("string dictionaries profiled per entry give the profile of the expanded values")
    func dictionaryIndicesProfileAlike() throws {
        var compared = 0
        for path in Self.files {
            guard let file = try? ParquetFileScanTests.openCorpus(path) else { continue }
            for leaf in file.schema.columns.indices {
                let descriptor = file.schema.columns[leaf]
                var expanded = ColumnProfiler(descriptor: descriptor, arrowType: "?")
                var indexed = expanded
                guard indexed.takesDictionaryIndices else { continue }
                var kept = 0
                for g in 0..<file.rowGroupCount {
                    let plain = try? file.decodeChunk(g, leaf: leaf, verifyChecksums: false)
                    let dict = try? file.decodeChunk(
                        g, leaf: leaf, verifyChecksums: false, keepsDictionaryIndices: true)
                    #expect((plain == nil) == (dict == nil), "\(path) leaf \(leaf) group \(g)")
                    guard let plain, let dict else { continue }
                    #expect(plain.valueCount == dict.valueCount && plain.nullCount == dict.nullCount)
                    kept += dict.dictionaryIndices.count
                    expanded.add(plain)
                    indexed.add(dict)
                }
                #expect(expanded.finish() == indexed.finish(), "\(path) \(descriptor.dottedPath)")
                if kept > 0 { compared += 1 }
            }
        }
        #expect(compared >= 3)
    }

    /// Integer means come from an exact sum, rounded once: added one by one to a `Double`, each 1 after
    /// 2^53 would be lost (the mean of 2^53 and four 1s would be 2^53 / 5).
    @Test("an integer column's mean is its exact sum divided by its count")
    func integerMeanFromTheExactSum() throws {
        #expect(Self.profile(.int64([1 << 53, 1, 1, 1, 1]), .int64).mean == Double((1 << 53) + 4) / 5)
        // Near the ends of Int64, where a 64-bit sum would overflow.
        #expect(Self.profile(.int64([.max, .max, .min, -1]), .int64).mean == Double(Int64.max - 2) / 4)
    }

    /// The profile of one required column `c` of `type` holding `values`.
    static func profile(_ values: ColumnValues, _ type: PhysicalType) -> ColumnProfile {
        var e = SchemaElement()
        e.name = "c"
        e.type = type
        let descriptor = ColumnDescriptor(
            path: ["c"], element: e, physicalType: type, maxDefinitionLevel: 0, maxRepetitionLevel: 0)
        var batch = ColumnBatch(descriptor: descriptor)
        batch.values = values
        batch.slotCount = values.count
        var profiler = ColumnProfiler(descriptor: descriptor, arrowType: type == .byteArray ? "binary" : "int64")
        profiler.add(batch)
        return profiler.finish()
    }

    /// Binary min and max follow byte order (as `memcmp`, Arrow and DuckDB do), also where values share
    /// their first eight bytes, one is a prefix of another, bytes are zero or above 0x7F, or a value is empty.
    @Test(
        "binary min and max in byte order",
        arguments: [
            [[0x61, 0x62], [0x61], [0x61, 0x00], [0x61, 0x00, 0x01]],
            [Array("abcdefghZ".utf8), Array("abcdefgh".utf8), Array("abcdefghA".utf8), Array("abcdefgh\u{0}".utf8)],
            [[0xFF, 0x00], [0x7F, 0xFF, 0xFF], [], [0x80], [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]],
            [Array("same prefix, longer".utf8), Array("same prefix".utf8), Array("same prefix, long".utf8)],
        ] as [[[UInt8]]])
    func binaryExtremes(values: [[UInt8]]) throws {
        let p = Self.profile(.bytes(try BinaryArray(values)), .byteArray)
        let sorted = values.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(p.min == .binary(try #require(sorted.first)))
        #expect(p.max == .binary(try #require(sorted.last)))
        #expect(p.count == values.count && p.nulls == 0)
    }

    /// Many values sharing their first eight bytes, or shorter than eight and equal but for their length
    /// or a trailing zero byte, where only the bytes after the eighth and the lengths decide: 2,000 sets of
    /// 40 values, each one fixed 8-byte prefix (a quarter of them only its first 0-8 bytes) then 0-9 bytes
    /// from {0x00, 0x01, 0x61, 0xFF} (so lengths on both sides of 16, where bytes 8-15 compare as a word);
    /// min and max as byte order has them.
    @Test("binary min and max in byte order over values that share their prefixes")
    func binaryExtremesSharedPrefixes() throws {
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet: [UInt8] = [0x00, 0x01, 0x61, 0xFF]
        let prefix: [UInt8] = [0x61, 0x00, 0xFF, 0x61, 0x01, 0x00, 0x61, 0x61]
        for _ in 0..<2000 {
            let values = (0..<40).map { _ in
                Array(prefix.prefix(next(4) == 0 ? next(9) : 8)) + (0..<next(10)).map { _ in alphabet[next(4)] }
            }
            try binaryExtremes(values: values)
        }
    }
}

/// `profile` adds each chunk a part at a time (`ParquetFile.profileChunk`); that must give the profile of
/// the whole chunks, dictionary entries used by several parts profiled once, means equal up to the order
/// of the additions.
@Suite struct ColumnProfilerPartsTests {
    /// Parts of one page each: the most parts, and dictionary entries used again and again across them.
    @Test("a chunk profiled in parts profiles as the whole chunk")
    func partsProfileAsTheChunk() throws {
        let tree = try TempTree()
        defer { tree.remove() }
        let corpus = (ColumnProfilerTests.files + ColumnChunkReaderPartsTests.files.suffix(6)).compactMap {
            try? ParquetFileScanTests.openCorpus($0)
        }
        var compared = 0
        for file in try corpus + ColumnChunkReaderPartsTests.nestedInSmallPages(tree) {
            let path = file.path
            for leaf in file.schema.columns.indices {
                let descriptor = file.schema.columns[leaf]
                var whole = ColumnProfiler(descriptor: descriptor, arrowType: "?")
                var parts = whole
                do {
                    for g in 0..<file.rowGroupCount {
                        whole.add(
                            try file.decodeChunk(
                                g, leaf: leaf, verifyChecksums: false,
                                keepsDictionaryIndices: whole.takesDictionaryIndices))
                        try file.profileChunk(g, leaf: leaf, verifyChecksums: false, partSlots: 1, into: &parts)
                    }
                } catch {
                    continue
                }
                var a = whole.finish(), b = parts.finish()
                if let x = a.mean, let y = b.mean {
                    let close = x.isNaN ? y.isNaN : x.isInfinite ? x == y : abs(x - y) <= 1e-9 * max(1, abs(x))
                    #expect(close, "\(path) \(descriptor.dottedPath): \(x) and \(y)")
                    (a.mean, b.mean) = (nil, nil)
                }
                #expect(a == b, "\(path) \(descriptor.dottedPath)")
                compared += 1
            }
        }
        // Pinned: the leaves of the corpus files and of the rewritten nested file that decode.
        #expect(compared == 1138, "compared \(compared)")
    }
}
