import Foundation
import LakeTestSupport
import Testing

@testable import LakeCodec

/// Every input a fuzz target once crashed on (`Fuzz/Regressions/<target>/`), run through the same calls as
/// that target (`Fuzz/Targets/FuzzParquetFile.swift`): each must read or fail with a `CodecError`. A trap
/// or an oversized allocation would end the test process, so reaching the end is part of the assertion;
/// any other error is recorded as an issue.
@Suite struct FuzzRegressionTests {
    static let parquetFolder = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/Regressions/FuzzParquetFile")

    static func parquetInputs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parquetFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theKeptParquetInputsAreThere() {
        // Pinned, so a lost input is a failure rather than a test with nothing to run.
        #expect(
            Self.parquetInputs() == [
                "crash-7291aef428074844fbba64e0f4bf8f3fff8bd230", "crash-9166337f7b4f6d1d2fc69f21d2ac3ecb1b8e2dec",
            ])
    }

    /// crash-7291…: a footer whose row group declares 141,308,130,937 rows over four short repeated
    /// columns. The scan listed every row number before any chunk was decoded (a 1.1 TB array); it now
    /// lists them a batch at a time, and the decoded chunks disagree with the footer: a `CodecError`.
    /// crash-9166…: a decimal column declaring a negative scale; the profile's mean divisor counted up to
    /// the scale with a range that traps when it is negative.
    @Test(arguments: parquetInputs())
    func aParquetInputThatOnceCrashedReadsOrFailsCleanly(_ name: String) throws {
        let path = Self.parquetFolder.appendingPathComponent(name).path
        var outcomes: [String] = []
        func record(_ step: String, _ body: () throws -> Void) {
            do {
                try body()
                outcomes.append("\(step): read")
            } catch let error as CodecError {
                outcomes.append("\(step): \(error)")
            } catch {
                Issue.record("\(name) \(step): not a CodecError: \(error)")
            }
        }
        let file = try ParquetFile.open(path)
        let fields = try file.selectFields(nil)
        for g in 0..<file.rowGroupCount {
            record("row group \(g)") { _ = try file.readRows(rowGroup: g, fields: fields) }
        }
        record("profile") { _ = try file.profile(fields: fields) }
        record("scan") {
            try file.scan(ScanOptions(batchRows: 100)) {
                _ = $0.rows(); return true
            }
        }
        let first = fields.first { $0.leafIndex != nil && !$0.isRepeated }
        if let first {
            let p = RowGroupPredicate(column: first.name, comparison: .greaterOrEqual, literal: "1")
            record("scan where") {
                try file.scan(ScanOptions(predicates: [p], batchRows: 100)) {
                    _ = $0.rows(); return true
                }
            }
        }
        // Every step ran to an outcome (a trap would have ended the process; other errors are issues above).
        #expect(outcomes.count == file.rowGroupCount + 2 + (first == nil ? 0 : 1))
    }

    static let snappyFolder = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/Regressions/FuzzSnappy")

    static func snappyInputs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: snappyFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theKeptSnappyInputsAreThere() {
        #expect(Self.snappyInputs() == ["crash-1d4d056a5ac916ddd52ef1171d0f42b7491fbf81"])
    }

    /// crash-1d4d…: `00 FC FF FF FF FF`, declaring 0 bytes, then a literal whose 4-byte length is
    /// 0xFFFFFFFF. libsnappy sums the stored length and one in 32 bits and reads an empty literal;
    /// `SnappyDecoder` rejected it, so the two disagreed. It now reads it as libsnappy does. As the
    /// `FuzzSnappy` target: the two decoders agree, and libsnappy's compression of the input decodes back.
    @Test(arguments: snappyInputs())
    func aSnappyInputThatOnceCrashedDecodesAsLibsnappyDoes(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.snappyFolder.appendingPathComponent(name)))
        let declared = try bytes.withUnsafeBytes { try SnappyDecoder.uncompressedLength($0) }.length
        let ours = SnappyDecoderTests.decode(bytes, expected: declared)
        #expect(ours == SnappyDecoderTests.decode(bytes, expected: declared, reference: true))
        #expect(ours != nil, "libsnappy reads it")
        let stream = try bytes.withUnsafeBytes { try Snappy.compress($0) }
        #expect(SnappyDecoderTests.decode(stream, expected: bytes.count) == bytes)
    }
}
