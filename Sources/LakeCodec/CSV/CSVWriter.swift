#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes CSV per RFC 4180: fields are quoted only when they must be (they contain the delimiter, the
/// quote, CR or LF), quotes inside are doubled, and NULL is written as `nullText`. An empty string is
/// written as `""` when `nullText` is empty, so NULL and empty survive a round trip through `CSVReader`
/// (which reads an unquoted empty field as NULL and a quoted one as an empty string).
///
/// Output collects in a buffer; with a file it is written out every `flushBytes`, so converting millions
/// of rows holds about one buffer in memory. A class because it owns the file descriptor; not `Sendable`.
package final class CSVWriter {
    package struct Options: Sendable, Equatable {
        package var delimiter: UInt8
        package var quote: UInt8
        package var newline: CSVDialect.Newline
        package var nullText: String
        /// Quote every non-NULL field (some loaders want it); off by default.
        package var quoteAll: Bool

        package init(
            delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), newline: CSVDialect.Newline = .lf,
            nullText: String = "", quoteAll: Bool = false
        ) {
            self.delimiter = delimiter
            self.quote = quote
            self.newline = newline
            self.nullText = nullText
            self.quoteAll = quoteAll
        }
    }

    package let options: Options
    /// Bytes not yet written to the file (all output when there is no file).
    package private(set) var buffer: [UInt8] = []
    package private(set) var rowsWritten = 0
    private let path: String
    private var fd: Int32 = -1
    private let flushBytes: Int
    private let newline: [UInt8]
    private let nullText: [UInt8]
    private let needsQuotes: [Bool]

    /// Collects output in memory (`buffer`).
    package init(options: Options = Options()) {
        self.options = options
        path = "<memory>"
        flushBytes = Int.max
        newline = options.newline.bytes
        nullText = Array(options.nullText.utf8)
        var table = [Bool](repeating: false, count: 256)
        for b in [options.delimiter, options.quote, 0x0A, 0x0D] { table[Int(b)] = true }
        needsQuotes = table
    }

    /// Writes to `path`, replacing it.
    package convenience init(path: String, options: Options = Options(), flushBytes: Int = 1 << 20) throws {
        self.init(options: options, path: path, flushBytes: flushBytes)
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
    }

    private init(options: Options, path: String, flushBytes: Int) {
        self.options = options
        self.path = path
        self.flushBytes = max(1, flushBytes)
        newline = options.newline.bytes
        nullText = Array(options.nullText.utf8)
        var table = [Bool](repeating: false, count: 256)
        for b in [options.delimiter, options.quote, 0x0A, 0x0D] { table[Int(b)] = true }
        needsQuotes = table
    }

    deinit {
        if fd >= 0 { _ = systemClose(fd) }
    }

    /// Writes one row; nil is NULL.
    package func writeRow(_ fields: [String?]) throws {
        appendRow(fields)
        if buffer.count >= flushBytes { try flush() }
    }

    /// Adds one row to `buffer` without writing it anywhere (in-memory writers: `cat --output csv` prints
    /// the buffer per batch with `takeText`). nil is NULL.
    package func appendRow(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(options.delimiter) }
            if var text = field {
                text.withUTF8 { appendField($0) }
            } else {
                buffer.append(contentsOf: nullText)
            }
        }
        buffer.append(contentsOf: newline)
        rowsWritten += 1
    }

    /// The buffered rows as text, emptying the buffer.
    package func takeText() -> String {
        defer { buffer.removeAll(keepingCapacity: true) }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Rows as CSV text with a header, no final newline (the caller prints it as one block). nil is NULL,
    /// written empty, while an empty string is `""`, exactly as files written by `convert`.
    package static func render(header: [String], rows: [[String?]], options: Options = Options()) -> String {
        let writer = CSVWriter(options: options)
        writer.appendRow(header)
        for row in rows { writer.appendRow(row) }
        var text = writer.takeText()
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Rows of plain text, none NULL.
    package static func render(header: [String], rows: [[String]], options: Options = Options()) -> String {
        render(header: header, rows: rows.map { $0.map(Optional.some) }, options: options)
    }

    /// Writes every row of a batch read by `CSVReader`, re-quoting for this writer's dialect.
    package func write(_ batch: CSVBatch) throws {
        for row in 0..<batch.rowCount {
            for column in 0..<batch.columnCount {
                if column > 0 { buffer.append(options.delimiter) }
                if batch.isNull(row: row, column: column) {
                    buffer.append(contentsOf: nullText)
                } else {
                    batch.withValueBytes(row: row, column: column) { appendField($0) }
                }
            }
            try endRow()
        }
    }

    /// Writes what is buffered to the file and closes it. Further writes fail.
    package func close() throws {
        try flush()
        if fd >= 0 {
            let rc = systemClose(fd)
            fd = -1
            if rc != 0 { throw CodecError.io(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    private func endRow() throws {
        buffer.append(contentsOf: newline)
        rowsWritten += 1
        if buffer.count >= flushBytes { try flush() }
    }

    private func appendField(_ value: UnsafeBufferPointer<UInt8>) {
        var quoteIt = options.quoteAll || (value.isEmpty && nullText.isEmpty) || value.elementsEqual(nullText)
        if !quoteIt {
            for b in value where needsQuotes[Int(b)] {
                quoteIt = true
                break
            }
        }
        guard quoteIt else {
            buffer.append(contentsOf: value)
            return
        }
        buffer.append(options.quote)
        for b in value {
            if b == options.quote { buffer.append(b) }
            buffer.append(b)
        }
        buffer.append(options.quote)
    }

    private func flush() throws {
        guard fd >= 0, !buffer.isEmpty else { return }
        var written = 0
        while written < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                systemWrite(fd, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw CodecError.io(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The C calls under names the class's own `write`/`close` methods do not shadow.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
