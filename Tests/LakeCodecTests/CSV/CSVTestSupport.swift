@testable import LakeCodec

/// Small helpers shared by the CSV tests.
enum CSVTest {
    /// Reads `text` with `dialect`, in chunks of `chunk` bytes, and returns the header and all rows.
    static func read(
        _ text: String, dialect: CSVDialect = CSVDialect(), options: CSVReaderOptions = CSVReaderOptions(),
        chunk: Int? = nil
    ) throws -> (header: [String]?, rows: [[String?]]) {
        var options = options
        if let chunk { options.chunkBytes = chunk }
        let reader = CSVReader(source: CSVByteSource(bytes: Array(text.utf8)), dialect: dialect, options: options)
        let rows = try reader.readAll().flatMap { $0.rows() }
        return (reader.header, rows)
    }

    /// The `CodecError.csv` that reading `text` throws, or nil.
    static func readError(
        _ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), options: CSVReaderOptions = CSVReaderOptions()
    ) -> CodecError? {
        let reader = CSVReader(source: CSVByteSource(bytes: bytes), dialect: dialect, options: options)
        do {
            _ = try reader.readAll()
            return nil
        } catch let error as CodecError {
            return error
        } catch {
            return nil
        }
    }

    static func sniff(_ text: String, hints: CSVSniffer.Hints = CSVSniffer.Hints()) throws -> CSVSniffResult {
        try CSVSniffer(hints: hints).sniff(sample: Array(text.utf8), isComplete: true)
    }
}
