import Foundation

/// Makes requests safe to log: secrets are replaced, everything useful for debugging is kept.
///
/// Redacted headers: `Authorization` (signature and key id), `X-Amz-Security-Token`, SSE customer keys,
/// cookies. Redacted query parameters: the presigning ones (`X-Amz-Signature`, `X-Amz-Credential`,
/// `X-Amz-Security-Token`) and legacy `Signature`/`AWSAccessKeyId`.
package enum LogRedaction {
    package static let placeholder = "<redacted>"

    static let secretHeaders: Set<String> = [
        "authorization", "x-amz-security-token", "x-amz-server-side-encryption-customer-key",
        "x-amz-copy-source-server-side-encryption-customer-key", "cookie", "set-cookie", "proxy-authorization",
    ]
    static let secretQueryNames: Set<String> = [
        "x-amz-signature", "x-amz-credential", "x-amz-security-token", "signature", "awsaccesskeyid",
    ]

    package static func headers(_ headers: [HTTPHeader]) -> [HTTPHeader] {
        headers.map { header in
            secretHeaders.contains(header.name.lowercased()) ? HTTPHeader(header.name, placeholder) : header
        }
    }

    /// One `Name: value` per line, redacted, for trace logs.
    package static func headerText(_ headers: [HTTPHeader]) -> String {
        self.headers(headers).map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    package static func url(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let base = url[..<question]
        let query = url[url.index(after: question)...]
        let items = query.split(separator: "&", omittingEmptySubsequences: false).map { item -> String in
            let name = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let decodedName = name.removingPercentEncodingIfPossible.lowercased()
            return secretQueryNames.contains(decodedName) ? "\(name)=\(placeholder)" : String(item)
        }
        return "\(base)?\(items.joined(separator: "&"))"
    }
}

extension Substring {
    /// Query names we care about never contain escapes, but a client may encode `-` as `%2D`.
    fileprivate var removingPercentEncodingIfPossible: String {
        String(self).replacingOccurrences(of: "%2D", with: "-").replacingOccurrences(of: "%2d", with: "-")
    }
}
