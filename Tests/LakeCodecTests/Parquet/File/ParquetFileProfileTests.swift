import Foundation
import Testing

@testable import LakeCodec

/// `profile` counts (issue 9 item 11) checked against the same file's assembled rows, an independent path:
/// a nested leaf counts elements as DuckDB's `unnest` yields them (for nullable.impala.parquet DuckDB gives
/// int_array 9 elements, 6 non-null; int_map 6 keys, 0 null, 3 values non-null), a required map key has no
/// nulls, the distinct estimate never exceeds the values, and decimals get a mean.
@Suite struct ParquetFileProfileTests {
    static func open(_ name: String) throws -> ParquetFile {
        try ParquetFile.open(TempTree.parquetCorpus.appendingPathComponent(name).path)
    }

    static func rows(_ file: ParquetFile, _ column: String) throws -> [Value] {
        let fields = try file.selectFields([column])
        var out: [Value] = []
        for g in 0..<file.rowGroupCount {
            try file.forEachRowChunk(rowGroup: g, fields: fields) { rows in
                out += rows.map { $0[0] }
                return true
            }
        }
        return out
    }

    @Test("lists and maps count elements, not level slots; a required key has no nulls")
    func nestedCountsAreElements() throws {
        let file = try Self.open("nullable.impala.parquet")
        let profiles = try file.profile(fields: try file.selectFields(["int_array", "int_map"]))
        let byPath = Dictionary(uniqueKeysWithValues: profiles.map { ($0.path, $0) })

        var elements: [Value] = []
        for v in try Self.rows(file, "int_array") { if case .list(let items) = v { elements += items } }
        let array = try #require(byPath["int_array.list.element"])
        #expect(array.count == elements.count)
        #expect(array.nulls == elements.filter(\.isNull).count)
        #expect(array.count == 9 && array.nulls == 3)  // DuckDB: count(*) 9, count(e) 6 after unnest

        var entries: [Value.MapEntry] = []
        for v in try Self.rows(file, "int_map") { if case .map(let e) = v { entries += e } }
        let key = try #require(profiles.first { $0.path.hasPrefix("int_map") && $0.path.hasSuffix(".key") })
        let value = try #require(profiles.first { $0.path.hasPrefix("int_map") && $0.path.hasSuffix(".value") })
        #expect(key.count == entries.count && key.nulls == 0)
        #expect(value.count == entries.count && value.nulls == entries.filter(\.value.isNull).count)
        for p in profiles { #expect(p.distinct <= p.count - p.nulls, "\(p.path)") }
        #expect(profiles.allSatisfy { $0.nans == nil })
    }

    @Test("decimals get a mean", arguments: ["int32_decimal.parquet", "fixed_length_decimal_legacy.parquet"])
    func decimalMean(file name: String) throws {
        let file = try Self.open(name)
        let profile = try #require(try file.profile(fields: try file.selectFields(nil)).first)
        let values = try Self.rows(file, profile.path).compactMap { v -> Double? in
            if case .decimal(let t) = v { return Double(t) } else { return nil }
        }
        let mean = try #require(profile.mean)
        #expect(abs(mean - values.reduce(0, +) / Double(values.count)) < 1e-9)
    }

    @Test("floating columns count their NaNs (float, double and float16 alike)")
    func nanCounts() throws {
        let file = try Self.open("floating_orders_nan_count.parquet")
        let profiles = try file.profile(fields: try file.selectFields(nil))
        #expect(profiles.count == 6)
        for p in profiles {
            let nans = try Self.rows(file, p.path).filter { v in
                switch v {
                case .float(let f): return f.isNaN
                case .double(let d): return d.isNaN
                default: return false
                }
            }.count
            #expect(p.nans == nans && nans > 0, "\(p.path)")
        }
    }
}
