import Foundation
import LakeCodec

/// CSV rows as JSON-lines records: the header and column types come from LakeCodec's sniffer (DuckDB's
/// ladder), so `42` becomes a number, `true` a boolean and an empty field `null`, and each row becomes one
/// `{"column":value,…}\n` record numbered by the physical line it starts on. Memory stays at one reader
/// batch. Reads a file (the sniffer needs to read its sample before the reader starts).
package final class CSVRecordSource: StreamRecordSource, @unchecked Sendable {
    // @unchecked Sendable: used by one task at a time (the pipeline's reading loop), never shared.
    private let reader: CSVReader
    private let names: [[UInt8]]
    private let types: [CSVValueType]
    private var batch: CSVBatch?
    private var row = 0
    package private(set) var lineNumber = 1

    package init(path: String) throws {
        let (sniff, reader) = try CSVReader.sniffing(path: path)
        self.reader = reader
        let header = reader.header ?? sniff.columnNames
        names = header.map { Array(JSONText.quoted($0).utf8) }
        types = sniff.columnTypes
    }

    package func next() throws -> StreamRecord? {
        while batch == nil || row >= (batch?.rowCount ?? 0) {
            guard let fresh = try reader.nextBatch() else { return nil }
            batch = fresh
            row = 0
        }
        guard let batch else { return nil }
        defer { row += 1 }
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for column in 0..<batch.columnCount {
            if column > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += column < names.count ? names[column] : Array(JSONText.quoted("column\(column + 1)").utf8)
            bytes.append(UInt8(ascii: ":"))
            let type = column < types.count ? types[column] : .string
            bytes += Array(Self.value(batch, row: row, column: column, type: type).utf8)
        }
        bytes += [UInt8(ascii: "}"), UInt8(ascii: "\n")]
        lineNumber = batch.lines[row]
        return StreamRecord(line: lineNumber, bytes: bytes)
    }

    /// The field as JSON: numbers and booleans bare when the column's type says so and the text agrees,
    /// NULL as `null`, everything else (dates and timestamps included) as a string.
    static func value(_ batch: CSVBatch, row: Int, column: Int, type: CSVValueType) -> String {
        guard let text = batch.string(row: row, column: column) else { return "null" }
        switch type {
        case .bigint where Int64(text) != nil:
            return text
        case .double, .decimal:
            if let number = Double(text), number.isFinite, JSONText.isJSONNumber(text) { return text }
        case .boolean:
            switch text.lowercased() {
            case "true", "t", "yes", "y", "1": return "true"
            case "false", "f", "no", "n", "0": return "false"
            default: break
            }
        default:
            break
        }
        return JSONText.quoted(text)
    }
}
