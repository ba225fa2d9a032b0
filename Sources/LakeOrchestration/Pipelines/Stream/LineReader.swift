import Foundation

/// Reads a file or stdin one line at a time with bounded memory: a fixed-size chunk buffer plus the line
/// being assembled. Each line keeps its newline (a last line without one gets it added), so records sent
/// to Firehose stay one per line in the objects it writes. Blank lines are skipped but still counted, so
/// line numbers match what an editor shows.
package final class LineReader: @unchecked Sendable {
    // @unchecked Sendable: used by one task at a time (the pipeline's reading loop), never shared.
    private let handle: FileHandle
    private let closeAtEnd: Bool
    private let chunkSize: Int
    /// stdin or another pipe: read what is there instead of waiting for a full chunk.
    private let isPipe: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    package private(set) var lineNumber = 0

    package init(handle: FileHandle, closeAtEnd: Bool = false, chunkSize: Int = 1 << 20, isPipe: Bool = false) {
        self.handle = handle
        self.isPipe = isPipe
        self.closeAtEnd = closeAtEnd
        self.chunkSize = chunkSize
    }

    /// Opens a path, or stdin for "-".
    package static func open(_ path: String) throws -> LineReader {
        if path == "-" { return LineReader(handle: FileHandle.standardInput, isPipe: true) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StreamIngestError.cannotOpen(path: path)
        }
        return LineReader(handle: handle, closeAtEnd: true)
    }

    /// The next non-blank line with its newline, or nil at the end of the input.
    package func next() throws -> StreamRecord? {
        var line: [UInt8] = []
        while true {
            if position == buffer.count {
                if atEnd { break }
                try refill()
                if position == buffer.count { break }
            }
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: buffer[position...newline])
                position = newline + 1
                lineNumber += 1
                if Self.isBlank(line) {
                    line.removeAll(keepingCapacity: true)
                    continue
                }
                return StreamRecord(line: lineNumber, bytes: line)
            }
            line.append(contentsOf: buffer[position...])
            position = buffer.count
        }
        guard !line.isEmpty else { return nil }
        lineNumber += 1
        if Self.isBlank(line) { return nil }
        line.append(UInt8(ascii: "\n"))
        return StreamRecord(line: lineNumber, bytes: line)
    }

    private func refill() throws {
        // `availableData` answers as soon as a pipe has bytes (up to its buffer), so a slow producer on stdin
        // is streamed line by line; `read(upToCount:)` would wait for a full chunk or the end of the input.
        let data =
            isPipe ? handle.availableData : try handle.read(upToCount: chunkSize) ?? Data()
        buffer = Array(data)
        position = 0
        if data.isEmpty {
            atEnd = true
            if closeAtEnd { try? handle.close() }
        }
    }

    private static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: " ") }
    }
}
