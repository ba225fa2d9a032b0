/// An open Parquet file: the decoded footer and schema. Opening reads only the footer; row groups are read
/// on demand by `readRowGroup`, so memory is bounded by one row group's selected columns.
///
/// Layout (parquet-format README "File Format"): `PAR1`, column chunks, footer (Thrift compact
/// `FileMetaData`), 4-byte little-endian footer length, `PAR1`. Encrypted files end in `PARE`.
package struct ParquetFile: Sendable {
    package let path: String
    package let fileSize: Int
    package let metadata: FileMetaData
    package let schema: ParquetSchema
    let file: any ByteSource

    /// Largest footer accepted (real footers are kilobytes to a few megabytes).
    package static let maxFooterSize = 256 << 20

    package static func open(_ path: String) throws -> ParquetFile {
        let file = try RandomAccessFile(path: path)
        return try ParquetFile(file: file)
    }

    /// Opens a Parquet file read through `source` (a local file, or the fetched ranges of a remote object).
    package static func open(source: any ByteSource) throws -> ParquetFile {
        try ParquetFile(file: source)
    }

    init(file: any ByteSource) throws {
        let path = file.name
        let size = file.size
        guard size >= 12 else {
            throw CodecError.corrupt(
                what: "Parquet file \(path)", offset: 0,
                reason: "only \(size) bytes; a Parquet file has at least 12 (two PAR1 magics and a footer length)")
        }
        let head = try file.read(offset: 0, count: 4, what: "leading magic")
        let tail = try file.read(offset: size - 8, count: 8, what: "footer length and trailing magic")
        let tailMagic = Array(tail[4..<8])
        if tailMagic == Array("PARE".utf8) {
            throw CodecError.unsupported(
                what: "encrypted Parquet is not supported: \(path) has an encrypted footer (PARE magic)")
        }
        guard tailMagic == Array("PAR1".utf8) else {
            throw CodecError.corrupt(
                what: "trailing magic", offset: size - 4,
                reason: "expected PAR1, found \(Self.show(tailMagic)); not a Parquet file or truncated")
        }
        guard head == Array("PAR1".utf8) else {
            throw CodecError.corrupt(
                what: "leading magic", offset: 0, reason: "expected PAR1, found \(Self.show(head))")
        }
        let footerLength = Int(UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24)
        guard footerLength <= size - 12 else {
            throw CodecError.corrupt(
                what: "footer length", offset: size - 8,
                reason: "footer of \(footerLength) bytes does not fit in a file of \(size) bytes")
        }
        guard footerLength <= Self.maxFooterSize else {
            throw CodecError.limitExceeded(what: "footer size", value: footerLength, limit: Self.maxFooterSize)
        }
        let footerStart = size - 8 - footerLength
        let footer = try file.read(offset: footerStart, count: footerLength, what: "footer")
        let metadata = try FileMetaData(bytes: footer, baseOffset: footerStart)
        if let algorithm = metadata.encryptionAlgorithm {
            throw CodecError.unsupported(
                what:
                    "encrypted Parquet is not supported: \(path) has \(algorithm)-encrypted columns (plaintext footer)")
        }
        if metadata.rowGroups.contains(where: { $0.columns.contains(where: \.isEncrypted) }) {
            throw CodecError.unsupported(
                what: "encrypted Parquet is not supported: column chunks of \(path) carry encryption metadata")
        }
        let schema = try ParquetSchema(elements: metadata.schema)
        for (i, group) in metadata.rowGroups.enumerated() {
            guard group.columns.count == schema.columns.count else {
                throw CodecError.corrupt(
                    what: "row group \(i)", offset: footerStart,
                    reason:
                        "has \(group.columns.count) column chunks but the schema has \(schema.columns.count) leaf columns"
                )
            }
            guard group.numRows >= 0 else {
                throw CodecError.corrupt(
                    what: "row group \(i)", offset: footerStart, reason: "negative num_rows \(group.numRows)")
            }
            // Rows with no column to hold them cost nothing in the file, so their count is unchecked by any
            // data: reading them would be sized by the footer alone (writers put 0 there, as pyarrow does).
            guard group.numRows == 0 || !schema.columns.isEmpty else {
                throw CodecError.corrupt(
                    what: "row group \(i)", offset: footerStart,
                    reason: "declares \(group.numRows) rows but the schema has no column to hold them")
            }
        }
        self.path = path
        self.fileSize = size
        self.metadata = metadata
        self.schema = schema
        self.file = file
        self.footerStart = footerStart
    }

    /// Where the footer starts; column chunks must end before it.
    package let footerStart: Int

    package var numRows: Int64 { metadata.numRows }
    package var rowGroupCount: Int { metadata.rowGroups.count }

    private static func show(_ bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return "'" + String(decoding: bytes, as: UTF8.self) + "'" }
        return bytes.map { String($0, radix: 16) }.joined(separator: " ")
    }
}
