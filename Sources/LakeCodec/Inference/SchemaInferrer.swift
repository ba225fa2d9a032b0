/// Infers one file's schema: detects the format the way the crawler's classifier order does (AWS-NOTES
/// B2: parquet before json before csv — Parquet by its `PAR1` magic, JSON lines when the first
/// non-blank byte opens an object, CSV otherwise) and hands it to the format's inference.
package struct SchemaInferrer: Sendable {
    package var rules: InferenceRules
    /// What the user stated about CSV files (delimiter, quote, header, ragged rows).
    package var csv: CSVReadSettings

    package init(rules: InferenceRules = .glue, csv: CSVReadSettings = CSVReadSettings()) {
        self.rules = rules
        self.csv = csv
    }

    package func infer(path: String) throws -> FileSchema {
        guard let entry = LocalPath.entry(path), !entry.isDirectory else {
            throw CodecError.io(path: path, reason: "not a readable file")
        }
        let head = try LocalPath.head(path, count: 4)
        if head == Array("PAR1".utf8) { return try ParquetSchemaInference.infer(path: path, sizeInBytes: entry.size) }
        let gzip = head.starts(with: [0x1F, 0x8B])
        let compression = gzip ? "gzip" : nil
        if try Self.looksLikeJSONLines(path) {
            return try JSONSchemaInference.infer(
                path: path, rules: rules, sizeInBytes: entry.size, compression: compression)
        }
        return try CSVSchemaInference.infer(
            path: path, rules: rules, sizeInBytes: entry.size, compression: compression, csv: csv)
    }

    /// Whether the first non-blank byte (after decompression and a byte-order mark) is `{`.
    static func looksLikeJSONLines(_ path: String) throws -> Bool {
        let source = try CSVByteSource(path: path)
        var bytes: [UInt8] = []
        while bytes.count < 64 << 10, try source.readChunk(into: &bytes, maxBytes: 4096) > 0 {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            if let first = bytes[start...].first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
                return first == UInt8(ascii: "{")
            }
        }
        return false
    }

    /// Whether a crawler would look at this file at all: names starting with `_` or `.` are Hadoop/Spark
    /// markers (`_SUCCESS`, `.crc`) that Athena and Glue skip, and `$folder$` objects are S3 console folders.
    package static func isDataFile(name: String) -> Bool {
        !(name.hasPrefix("_") || name.hasPrefix(".") || name.hasSuffix("$folder$"))
    }
}
