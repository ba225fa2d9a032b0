/// What inference learned about one file: its format, columns and, for CSV, how it is spelled — enough
/// to build a Glue table (`GlueTableDefinition`) and to decide whether two files belong to one table.
package struct FileSchema: Sendable, Equatable {
    package var path: String
    package var format: DataFormat
    package var columns: [GlueField]
    /// CSV only: the delimiter byte, whether any field was quoted, whether the first row is a header.
    package var csv: CSVLayout?
    /// `gzip` when the file is gzip-compressed (the crawler's `compressionType`), else nil.
    package var compression: String?
    /// Records the types were inferred from.
    package var recordsSampled: Int
    /// Bytes of the file on disk.
    package var sizeInBytes: Int

    package struct CSVLayout: Sendable, Equatable, Hashable {
        package var delimiter: UInt8
        package var quote: UInt8?
        package var escape: UInt8?
        package var quoted: Bool
        package var hasHeader: Bool

        package init(delimiter: UInt8, quote: UInt8?, escape: UInt8?, quoted: Bool, hasHeader: Bool) {
            self.delimiter = delimiter
            self.quote = quote
            self.escape = escape
            self.quoted = quoted
            self.hasHeader = hasHeader
        }
    }

    package init(
        path: String, format: DataFormat, columns: [GlueField], csv: CSVLayout? = nil, compression: String? = nil,
        recordsSampled: Int, sizeInBytes: Int
    ) {
        self.path = path
        self.format = format
        self.columns = columns
        self.csv = csv
        self.compression = compression
        self.recordsSampled = recordsSampled
        self.sizeInBytes = sizeInBytes
    }
}
