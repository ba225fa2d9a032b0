import Foundation
import Testing

@testable import LakeCodec

/// The typed comparisons of `ScanFilter` (integers, floats, strings on their storage) must agree with
/// `RowGroupPredicate.matches` on logical values, the rule they replace, for every operator.
@Suite("ScanFilter")
struct ScanFilterTests {
    /// The literal text of a value, for the kinds with a typed path.
    static func literal(_ v: Value) -> String? {
        switch v {
        case .int(let i): return "\(i)"
        case .double(let d): return d.isNaN ? nil : "\(d)"
        case .float(let f): return f.isNaN ? nil : "\(f)"
        case .string(let s): return s
        default: return nil
        }
    }

    @Test(
        "typed filters keep exactly the rows matches() keeps",
        arguments: ["alltypes_plain.parquet", "alltypes_tiny_pages.parquet", "nullable.impala.parquet"])
    func agreesWithMatches(_ name: String) throws {
        let file = try ParquetFileScanTests.open(name)
        var checked = 0
        for field in try file.selectFields(nil) where field.leafIndex != nil && !field.isRepeated {
            let fields = [field]
            let rows = try ParquetFileScanTests.readAll(file, fields).map { $0[0] }
            // Two literals from the data: the first non-null value and one from the middle.
            let present = rows.filter { !$0.isNull }
            guard !present.isEmpty else { continue }
            for pick in [present[0], present[present.count / 2]] {
                guard let text = Self.literal(pick) else { continue }
                for op in RowGroupPredicate.Comparison.allCases {
                    let p = RowGroupPredicate(column: field.name, comparison: op, literal: text)
                    let expected = rows.filter { p.matches($0) }
                    let scanned = try ParquetFileScanTests.scanAll(
                        file, ScanOptions(columns: [field.name], predicates: [p])
                    ).rows.map { $0[0] }
                    #expect("\(scanned)" == "\(expected)", "\(name) \(field.name) \(op.rawValue) \(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0)
    }

    @Test("NULL and NaN pass no comparison, != included")
    func nullAndNaN() throws {
        let column = ColumnChunkReaderTests.descriptor(.double, def: 1)
        var batch = ColumnBatch(descriptor: column)
        batch.values = .double([1, .nan, 3])
        batch.definitionLevels = [1, 0, 1, 1]
        batch.slotCount = 4
        for op in RowGroupPredicate.Comparison.allCases {
            var keep = [Bool](repeating: true, count: 4)
            let filter = ScanFilter(predicate: RowGroupPredicate(column: "x", comparison: op, literal: "2"), leaf: 0)
            try filter.apply(batch, rows: nil, keep: &keep)
            #expect(!keep[1] && !keep[2], "\(op.rawValue)")
            #expect(keep[0] == (op == .less || op == .lessOrEqual || op == .notEqual))
            #expect(keep[3] == (op == .greater || op == .greaterOrEqual || op == .notEqual))
        }
    }

    @Test("fewer values than the levels promise is a corrupt-column error, not a trap")
    func shortValues() throws {
        var batch = ColumnBatch(descriptor: ColumnChunkReaderTests.descriptor(.double, def: 1))
        batch.values = .double([1])
        batch.definitionLevels = [1, 1]
        batch.slotCount = 2
        var keep = [true, true]
        let filter = ScanFilter(predicate: RowGroupPredicate(column: "x", comparison: .less, literal: "2"), leaf: 0)
        #expect(throws: CodecError.self) { try filter.apply(batch, rows: nil, keep: &keep) }
    }
}
