/// One record read from the input: its bytes (newline kept, so the objects Firehose writes stay one
/// record per line) and the input line it came from, so a rejected record can be named.
package struct StreamRecord: Sendable, Equatable {
    package var line: Int
    package var bytes: [UInt8]

    package init(line: Int, bytes: [UInt8]) {
        self.line = line
        self.bytes = bytes
    }
}
