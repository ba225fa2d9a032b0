/// The one error type of LakeCodec. Every case carries enough context for a user to find the problem in
/// the file: what was being read, where (byte offset, or file path), and what was expected instead.
/// Decoders of untrusted bytes throw these; they never trap.
public enum CodecError: Error, Equatable, Sendable {
    /// The input ended before `needed` bytes of `what` could be read at `offset`.
    case truncated(what: String, offset: Int, needed: Int, available: Int)
    /// The bytes at `offset` are not valid for `what`; `reason` says what was expected.
    case corrupt(what: String, offset: Int, reason: String)
    /// A valid feature of the format that LakeCodec does not handle.
    case unsupported(what: String)
    /// A size, count or nesting depth declared by the input exceeds a safety limit.
    case limitExceeded(what: String, value: Int, limit: Int)
    /// A compression codec failed to decompress (or compress) a buffer.
    case compression(codec: String, reason: String)
    /// Reading or writing a file failed.
    case io(path: String, reason: String)
    /// CSV text that cannot be read under its dialect: `line` is the 1-based physical line (counting
    /// newlines inside quoted fields), `column` the 1-based byte column in that line when known.
    case csv(path: String, line: Int, column: Int?, reason: String)
    /// A JSON-lines record that is not valid JSON (RFC 8259) or not an object: `line` is the 1-based line,
    /// `column` the 1-based byte column of the offending character.
    case json(path: String, line: Int, column: Int, reason: String)
}

extension CodecError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .truncated(what, offset, needed, available):
            return "truncated \(what) at byte \(offset): needed \(needed) bytes, only \(available) left"
        case let .corrupt(what, offset, reason):
            return "corrupt \(what) at byte \(offset): \(reason)"
        case let .unsupported(what):
            return "not supported: \(what)"
        case let .limitExceeded(what, value, limit):
            return "\(what) of \(value) exceeds the limit of \(limit)"
        case let .compression(codec, reason):
            return "\(codec) decompression failed: \(reason)"
        case let .io(path, reason):
            return "\(path): \(reason)"
        case let .csv(path, line, column, reason):
            let place = column.map { "\(line):\($0)" } ?? "\(line)"
            return "\(path):\(place): \(reason)"
        case let .json(path, line, column, reason):
            return "\(path):\(line):\(column): \(reason)"
        }
    }
}
