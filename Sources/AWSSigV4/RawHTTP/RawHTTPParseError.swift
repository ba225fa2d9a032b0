/// Why a raw request text could not be read, with the 1-based line it was found on, so `lakectl sign`
/// can point at the offending line of its input.
package enum RawHTTPParseError: Error, Sendable, Equatable {
    /// The input has no request line at all.
    case emptyInput
    /// The first line is not `METHOD target HTTP/x.y`.
    case malformedRequestLine(line: Int, reason: String)
    /// A header line without `:`, or with an empty name.
    case malformedHeader(line: Int, reason: String)
    /// A line starting with whitespace before any header it could continue.
    case continuationWithoutHeader(line: Int)
    /// The request line or a header is not valid UTF-8.
    case invalidUTF8(line: Int)

    /// The line the problem is on (1 for an empty input).
    package var line: Int {
        switch self {
        case .emptyInput: return 1
        case .malformedRequestLine(let line, _), .malformedHeader(let line, _), .continuationWithoutHeader(let line),
            .invalidUTF8(let line):
            return line
        }
    }
}

extension RawHTTPParseError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .emptyInput:
            return "line 1: empty request; expected a request line such as `GET /path?query HTTP/1.1`"
        case .malformedRequestLine(let line, let reason):
            return "line \(line): malformed request line (\(reason)); expected `METHOD /path?query HTTP/1.1`"
        case .malformedHeader(let line, let reason):
            return "line \(line): malformed header (\(reason)); expected `Name:value`"
        case .continuationWithoutHeader(let line):
            return "line \(line): continuation line (starts with whitespace) before any header"
        case .invalidUTF8(let line):
            return "line \(line): not valid UTF-8"
        }
    }
}
