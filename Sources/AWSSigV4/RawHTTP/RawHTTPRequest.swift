/// A request in the AWS SigV4 test suite's text form — `request.txt` / `.req` in, `*-signed-request.txt` /
/// `.sreq` out — which is also what `lakectl sign` reads on stdin and prints.
///
/// The format is HTTP/1.1 message syntax (RFC 9112) without its strictness: a request line
/// `METHOD target HTTP/1.1` whose target may hold raw spaces and UTF-8 (the suite's get-space and get-utf8),
/// `Name:value` header lines whose value is kept verbatim (including the space after the colon, so the
/// rendering round-trips), continuation lines starting with whitespace (obsolete line folding, kept in the
/// value as `\n` plus the line), an empty line, and the body.
package struct RawHTTPRequest: Sendable, Equatable {
    package var request: SignableRequest
    package var body: [UInt8]
    /// The protocol token of the request line, usually `HTTP/1.1`.
    package var httpVersion: String

    package init(request: SignableRequest, body: [UInt8] = [], httpVersion: String = "HTTP/1.1") {
        self.request = request
        self.body = body
        self.httpVersion = httpVersion
    }

    /// Parses the text form. Lines end in `\n` (a `\r` before it is dropped); everything after the first
    /// empty line is the body, byte for byte.
    package static func parse(_ text: String) throws(RawHTTPParseError) -> RawHTTPRequest {
        try parse(bytes: Array(text.utf8))
    }

    package static func parse(bytes: [UInt8]) throws(RawHTTPParseError) -> RawHTTPRequest {
        var lines = LineReader(bytes)
        guard let first = lines.next(), !first.bytes.isEmpty else { throw .emptyInput }
        let (method, path, query, version) = try parseRequestLine(first.bytes, line: first.number)

        var headers: [SignableHeader] = []
        var body: [UInt8] = []
        while let line = lines.next() {
            if line.bytes.isEmpty {
                body = Array(bytes[lines.offset...])
                break
            }
            let text = try utf8(line.bytes, line: line.number)
            if let lead = line.bytes.first, lead == UInt8(ascii: " ") || lead == UInt8(ascii: "\t") {
                guard !headers.isEmpty else { throw .continuationWithoutHeader(line: line.number) }
                headers[headers.count - 1].value += "\n" + text
                continue
            }
            guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else {
                throw .malformedHeader(line: line.number, reason: "no ':' separating name and value")
            }
            let name = String(text[..<colon])
            guard !name.isEmpty else { throw .malformedHeader(line: line.number, reason: "empty header name") }
            guard !name.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else {
                throw .malformedHeader(line: line.number, reason: "whitespace in header name '\(name)'")
            }
            headers.append(SignableHeader(name, String(text[text.utf8.index(after: colon)...])))
        }
        return RawHTTPRequest(
            request: SignableRequest(method: method, path: path, query: query, headers: headers),
            body: body, httpVersion: version)
    }

    private static func parseRequestLine(_ bytes: ArraySlice<UInt8>, line: Int) throws(RawHTTPParseError)
        -> (method: String, path: String, query: String, version: String)
    {
        let text = try utf8(bytes, line: line)
        // The target may contain spaces (the suite's get-space), so split at the first and last space.
        guard let firstSpace = text.firstIndex(of: " ") else {
            throw .malformedRequestLine(line: line, reason: "no space after the method")
        }
        guard let lastSpace = text.lastIndex(of: " "), lastSpace > firstSpace else {
            throw .malformedRequestLine(line: line, reason: "no protocol version after the target")
        }
        let method = String(text[..<firstSpace])
        let version = String(text[text.index(after: lastSpace)...])
        let target = text[text.index(after: firstSpace)..<lastSpace]
        guard !method.isEmpty else { throw .malformedRequestLine(line: line, reason: "empty method") }
        guard version.hasPrefix("HTTP/") else {
            throw .malformedRequestLine(line: line, reason: "protocol '\(version)' is not HTTP/x.y")
        }
        guard target.hasPrefix("/") else {
            throw .malformedRequestLine(line: line, reason: "target '\(target)' does not start with '/'")
        }
        guard let question = target.firstIndex(of: "?") else { return (method, String(target), "", version) }
        return (method, String(target[..<question]), String(target[target.index(after: question)...]), version)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, line: Int) throws(RawHTTPParseError) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else { throw .invalidUTF8(line: line) }
        return text
    }
}

/// Splits bytes into numbered lines, remembering where the next line starts (for the body).
struct LineReader {
    private let bytes: [UInt8]
    private(set) var offset = 0
    private var number = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> (bytes: ArraySlice<UInt8>, number: Int)? {
        guard offset < bytes.count else { return nil }
        number += 1
        let start = offset
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        offset = end < bytes.count ? end + 1 : end
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        return (bytes[start..<lineEnd], number)
    }
}
