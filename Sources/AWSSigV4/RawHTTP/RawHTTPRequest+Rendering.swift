extension RawHTTPRequest {
    /// The two text layouts of the published suites.
    package enum Style: Sendable, Equatable {
        /// aws-c-auth `*-signed-request.txt`: every line ends in `\n`, then an empty line, then the body.
        case signingSuite
        /// The 2015 aws-sig-v4-test-suite `.sreq`: lines joined by `\n` with none after the last header,
        /// `Authorization: ` written with a space after the colon, and `\n\n` + body only when there is one.
        case legacySuite
    }

    /// The request as text (bytes, because the body need not be UTF-8).
    package func rendered(_ style: Style = .signingSuite) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + body.count)
        out.append(contentsOf: request.method.utf8)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: request.path.utf8)
        if !request.query.isEmpty {
            out.append(UInt8(ascii: "?"))
            out.append(contentsOf: request.query.utf8)
        }
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: httpVersion.utf8)
        for header in request.headers {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: header.name.utf8)
            out.append(UInt8(ascii: ":"))
            if style == .legacySuite, HeaderName.equalsIgnoringCase(header.name, "Authorization") {
                out.append(UInt8(ascii: " "))
            }
            out.append(contentsOf: header.value.utf8)
        }
        switch style {
        case .signingSuite:
            out.append(contentsOf: "\n\n".utf8)
            out.append(contentsOf: body)
        case .legacySuite:
            if !body.isEmpty {
                out.append(contentsOf: "\n\n".utf8)
                out.append(contentsOf: body)
            }
        }
        return out
    }

    /// `rendered(style)` decoded as UTF-8 (invalid body bytes become U+FFFD).
    package func renderedText(_ style: Style = .signingSuite) -> String {
        String(decoding: rendered(style), as: UTF8.self)
    }
}
