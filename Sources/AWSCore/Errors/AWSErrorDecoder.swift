import Foundation

/// Turns a non-2xx reply into an `AWSError`, whatever format it arrived in.
///
/// The service's own format is tried first, then the other one, then the status line — because real
/// endpoints do not always answer in their protocol: moto answers a JSON service's signature failure with
/// an XML `<ErrorResponse>` labelled text/html, proxies and load balancers return HTML 5xx pages, and
/// S3 HEAD errors have no body at all.
package enum AWSErrorDecoder {
    package static func decode(
        _ response: HTTPResponse, service: String, operation: String, protocol wire: WireProtocol
    ) -> AWSError {
        let parts: ErrorParts
        if wire.prefersXMLErrors {
            parts = xmlParts(response.body) ?? jsonParts(response) ?? statusParts(response)
        } else {
            parts = jsonParts(response) ?? xmlParts(response.body) ?? statusParts(response)
        }
        return AWSError(
            service: service, operation: operation, code: parts.code, message: parts.message,
            statusCode: response.status, requestId: parts.requestId ?? requestId(in: response.headers),
            retryAfterSeconds: retryAfter(in: response.headers))
    }

    struct ErrorParts {
        var code: String
        var message: String?
        var requestId: String?
    }

    /// JSON protocols: `__type` (or `code`) with a `prefix#` namespace and sometimes a `:http://…` suffix,
    /// `message` or `Message`; REST-JSON may put the code in the `x-amzn-ErrorType` header instead.
    static func jsonParts(_ response: HTTPResponse) -> ErrorParts? {
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        let headerCode = response.headers.value(for: "x-amzn-ErrorType")
        let bodyCode = (object?["__type"] ?? object?["code"] ?? object?["Code"]) as? String
        guard let rawCode = headerCode ?? bodyCode, !rawCode.isEmpty else { return nil }
        let message = (object?["message"] ?? object?["Message"] ?? object?["errorMessage"]) as? String
        return ErrorParts(code: sanitizeCode(rawCode), message: message, requestId: nil)
    }

    /// Query (`<ErrorResponse><Error><Code>…`), S3 (`<Error><Code>…`) and moto's XML-in-JSON replies.
    static func xmlParts(_ body: [UInt8]) -> ErrorParts? {
        guard let root = try? XMLReader.parse(body), let error = root.firstDescendant(named: "Error"),
            let code = error.string("Code"), !code.isEmpty
        else { return nil }
        let requestId = root.string("RequestId") ?? root.string("RequestID") ?? error.string("RequestId")
        return ErrorParts(code: sanitizeCode(code), message: error.string("Message"), requestId: requestId)
    }

    /// No readable body: a code named after the status, and for HTML pages their title, so "HTTP 500
    /// with an HTML page" (moto's unimplemented action, a proxy error) reads as what it is.
    static func statusParts(_ response: HTTPResponse) -> ErrorParts {
        let code = statusCode(response.status)
        let text = String(decoding: response.body.prefix(4096), as: UTF8.self)
        let contentType = response.headers.value(for: "Content-Type")?.lowercased() ?? ""
        if contentType.contains("html") || text.lowercased().contains("<html") {
            let title = htmlTitle(text).map { " (\($0))" } ?? ""
            return ErrorParts(
                code: code,
                message: "the endpoint answered with an HTML page\(title), not an AWS error reply; "
                    + "the operation may not be supported there, or a proxy answered instead",
                requestId: nil)
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return ErrorParts(code: code, message: trimmed.isEmpty ? nil : String(trimmed.prefix(300)), requestId: nil)
    }

    /// "aws.protocoltests#ValidationException:http://…" → "ValidationException".
    static func sanitizeCode(_ raw: String) -> String {
        var code = Substring(raw.trimmingCharacters(in: .whitespaces))
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return String(code)
    }

    static func statusCode(_ status: Int) -> String {
        switch status {
        case 400: return "BadRequest"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "NotFound"
        case 405: return "MethodNotAllowed"
        case 409: return "Conflict"
        case 412: return "PreconditionFailed"
        case 413: return "RequestEntityTooLarge"
        case 429: return "TooManyRequests"
        case 500: return "InternalServerError"
        case 501: return "NotImplemented"
        case 502: return "BadGateway"
        case 503: return "ServiceUnavailable"
        case 504: return "GatewayTimeout"
        default: return "HTTP\(status)"
        }
    }

    static func requestId(in headers: [HTTPHeader]) -> String? {
        headers.value(for: "x-amzn-RequestId") ?? headers.value(for: "x-amz-request-id")
    }

    /// `x-amz-retry-after` is milliseconds; `Retry-After` is seconds (the HTTP-date form is ignored).
    static func retryAfter(in headers: [HTTPHeader]) -> Double? {
        if let ms = headers.value(for: "x-amz-retry-after").flatMap(Double.init), ms.isFinite, ms >= 0 {
            return ms / 1000
        }
        if let seconds = headers.value(for: "Retry-After").flatMap(Double.init), seconds.isFinite, seconds >= 0 {
            return seconds
        }
        return nil
    }

    private static func htmlTitle(_ text: String) -> String? {
        guard let open = text.range(of: "<title>", options: .caseInsensitive),
            let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
        else { return nil }
        let title = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : String(title.prefix(120))
    }
}
