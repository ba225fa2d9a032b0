/// Removes known secret values from text before it goes into an error message. Used where we wrap an
/// error we did not write (from STS, the transport, a fetcher) and hold secrets that it might echo: the
/// source credentials of an AssumeRole call, a web identity token, a container authorization token.
package enum Redactor {
    package static let placeholder = "<redacted>"

    package static func scrub(_ text: String, secrets: [String?]) -> String {
        var result = text
        // Very short strings would match by accident and carry no secret worth hiding.
        for secret in secrets.compactMap({ $0 }) where secret.count >= 4 {
            result = result.replacingOccurrences(of: secret, with: placeholder)
        }
        return result
    }

    /// The secrets inside a set of credentials.
    package static func secrets(of credentials: AWSCredentials?) -> [String?] {
        [credentials?.secretAccessKey, credentials?.sessionToken]
    }
}

extension String {
    /// Plain substring replacement without Foundation's NSString bridging.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var output = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            output += rest[..<range.lowerBound]
            output += replacement
            rest = rest[range.upperBound...]
        }
        output += rest
        return output
    }
}
