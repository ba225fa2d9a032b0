/// Streaming JSON-lines reader (https://jsonlines.org): one JSON object per line, blank lines skipped,
/// `\n` or `\r\n` endings, gzip decoded transparently (the same byte source as the CSV reader). Memory stays
/// at one chunk plus one line; a line longer than `maxLineBytes` is an error rather than an unbounded
/// buffer. Every failure is a `CodecError.json` with the path, line and column.
///
/// A class because it owns its source; not `Sendable`, one reader per task.
package final class JSONLinesReader {
    /// One record and the 1-based line it started on.
    package struct Record: Sendable {
        package var line: Int
        package var fields: [(String, JSONValue)]
    }

    package let path: String
    package let maxLineBytes: Int
    package let maxDepth: Int
    /// Bytes of input consumed so far (after decompression): lines handed out plus their newlines.
    package private(set) var bytesRead = 0
    package private(set) var line = 0

    private let source: CSVByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEOF = false

    package init(
        path: String, maxLineBytes: Int = 16 << 20, maxDepth: Int = JSONParser.defaultMaxDepth
    ) throws {
        self.path = path
        self.maxLineBytes = max(1, maxLineBytes)
        self.maxDepth = maxDepth
        source = try CSVByteSource(path: path)
    }

    package init(bytes: [UInt8], name: String = "<memory>", maxLineBytes: Int = 16 << 20) {
        path = name
        self.maxLineBytes = max(1, maxLineBytes)
        maxDepth = JSONParser.defaultMaxDepth
        source = CSVByteSource(bytes: bytes, name: name)
    }

    /// The next object, or nil at the end of the input.
    package func next() throws -> Record? {
        while true {
            guard let (start, end) = try nextLine() else { return nil }
            var lineEnd = end
            if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            var first = start
            if line == 1, buffer[first..<lineEnd].starts(with: [0xEF, 0xBB, 0xBF]) { first += 3 }
            if buffer[first..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let depth = maxDepth
            let parsed: Result<JSONValue, JSONParser.Failure> = buffer.withUnsafeBufferPointer { all in
                let slice = UnsafeBufferPointer(rebasing: all[first..<lineEnd])
                do throws(JSONParser.Failure) {
                    return .success(try JSONParser.parse(slice, maxDepth: depth))
                } catch {
                    return .failure(error)
                }
            }
            let offset = first - start
            switch parsed {
            case .success(.object(let fields)):
                return Record(line: line, fields: fields)
            case .success:
                throw CodecError.json(
                    path: path, line: line, column: offset + 1,
                    reason: "expected a JSON object on each line (JSON lines), found another value")
            case .failure(let failure):
                throw CodecError.json(path: path, line: line, column: failure.column + offset, reason: failure.reason)
            }
        }
    }

    /// The byte range of the next physical line in `buffer` (newline excluded), refilling as needed.
    private func nextLine() throws -> (Int, Int)? {
        var scanFrom = position
        while true {
            if let newline = buffer[scanFrom...].firstIndex(of: 0x0A) {
                return take(upTo: newline, consumed: newline + 1)
            }
            if atEOF {
                guard position < buffer.count else { return nil }
                return take(upTo: buffer.count, consumed: buffer.count)
            }
            if buffer.count - position > maxLineBytes {
                throw CodecError.limitExceeded(
                    what: "\(path): line \(line + 1) length in bytes", value: buffer.count - position,
                    limit: maxLineBytes)
            }
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            scanFrom = buffer.count
            if try source.readChunk(into: &buffer, maxBytes: 1 << 20) == 0 { atEOF = true }
        }
    }

    private func take(upTo end: Int, consumed: Int) -> (Int, Int) {
        let start = position
        line += 1
        bytesRead += consumed - start
        position = consumed
        return (start, end)
    }
}
