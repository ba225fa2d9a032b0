import Foundation
import Testing

@testable import LakeCodec

/// The typed accessors of `ScanColumn` (what local SQL reads instead of `Value`s) against `value(_:)`,
/// over every column of the small corpus files: where an accessor answers, each row's typed value is
/// the logical value `value(_:)` gives, NULL for NULL.
@Suite("ScanColumn typed access")
struct ScanColumnTypedTests {
    /// A decimal's text (`-12.340`) as its unscaled integer, when it has exactly `scale` fraction digits.
    static func unscaled(_ text: String, scale: Int) -> Int128? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count <= 2, fraction.count == scale else { return nil }
        return Int128(String(parts[0]) + String(fraction))
    }

    @Test("every typed accessor that answers agrees with value(_:) on the corpus")
    func typedValuesAgreeWithLogicalValues() throws {
        var answered: [String: Int] = [:]
        for path in ParquetFileScanTests.smallFiles {
            guard let file = try? ParquetFileScanTests.openCorpus(path),
                let scanned = try? ParquetFileScanTests.scanAll(file, ScanOptions(batchRows: 100))
            else { continue }
            for batch in scanned.batches {
                for column in batch.columns {
                    let logical = (0..<column.count).map { column.value($0) }
                    let context = "\(path) column \(column.name)"
                    if let v = column.integers() {
                        answered["integers", default: 0] += 1
                        #expect(v.map { $0.map(Value.int) ?? .null } == logical, "\(context)")
                    }
                    if let v = column.doubles() {
                        answered["doubles", default: 0] += 1
                        for (t, l) in zip(v, logical) {
                            switch l {
                            case .null: #expect(t == nil, "\(context)")
                            case .double(let d):
                                #expect(t.map { $0 == d || ($0.isNaN && d.isNaN) } == true, "\(context)")
                            case .float(let f):
                                #expect(t.map { $0 == Double(f) || ($0.isNaN && f.isNaN) } == true, "\(context)")
                            default: Issue.record("\(context): \(l) is not a floating-point value")
                            }
                        }
                    }
                    if let d = column.decimals() {
                        answered["decimals", default: 0] += 1
                        for (t, l) in zip(d.unscaled, logical) {
                            switch l {
                            case .null: #expect(t == nil, "\(context)")
                            case .decimal(let text):
                                #expect(t == Self.unscaled(text, scale: d.scale), "\(context) \(text)")
                            default: Issue.record("\(context): \(l) is not a decimal")
                            }
                        }
                    }
                    if let v = column.strings() {
                        answered["strings", default: 0] += 1
                        for (t, l) in zip(v, logical) {
                            switch l {
                            case .null: #expect(t == nil, "\(context)")
                            case .string(let s): #expect(t.map { $0.utf8.elementsEqual(s.utf8) } == true, "\(context)")
                            case .invalidUTF8(let b): #expect(t == String(decoding: b, as: UTF8.self), "\(context)")
                            default: Issue.record("\(context): \(l) is not a string")
                            }
                        }
                    }
                    if let v = column.booleans() {
                        answered["booleans", default: 0] += 1
                        #expect(v.map { $0.map(Value.bool) ?? .null } == logical, "\(context)")
                    }
                }
            }
        }
        // Each accessor met columns of its kind (the corpus has INT32, INT64 and byte-array decimals).
        for kind in ["integers", "doubles", "decimals", "strings", "booleans"] {
            #expect(answered[kind, default: 0] >= 5, "\(kind): \(answered)")
        }
    }

    @Test("nested and non-matching columns answer nil")
    func otherKindsAnswerNil() throws {
        let column = ScanColumn(name: "s", storage: .assembled([.structure([]), .null]))
        #expect(column.integers() == nil)
        #expect(column.decimals() == nil)
        #expect(column.strings() == nil)
    }
}
