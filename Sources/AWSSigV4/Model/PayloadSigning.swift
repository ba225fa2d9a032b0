/// What the last line of the canonical request says about the body.
///
/// S3 may take `UNSIGNED-PAYLOAD` (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html);
/// every other service wants the hex SHA-256 of the exact bytes sent.
package enum PayloadSigning: Sendable, Equatable {
    /// Lowercase hex SHA-256 of the body (`e3b0c442…b855` for an empty body).
    case sha256Hex(String)
    /// The literal `UNSIGNED-PAYLOAD`.
    case unsigned

    /// Hashes the body now; the usual choice for JSON and query-protocol requests.
    package static func hashing(_ bytes: some Collection<UInt8>) -> PayloadSigning {
        .sha256Hex(SHA256Digest.hex(bytes))
    }

    /// `hashing` for the common case of a body already in an array (a concrete overload, so callers in
    /// other modules do not go through the generic collection entry point on every request).
    package static func hashing(_ bytes: [UInt8]) -> PayloadSigning {
        .sha256Hex(bytes.withUnsafeBytes { raw in SHA256Digest.withDigest(of: raw) { Hex.lowercase($0) } })
    }

    /// The hash of an empty body, precomputed because GET requests are common.
    package static let emptyBody = PayloadSigning.sha256Hex(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")

    /// The value written into the canonical request and `x-amz-content-sha256`.
    package var canonicalValue: String {
        switch self {
        case .sha256Hex(let hex): return hex
        case .unsigned: return "UNSIGNED-PAYLOAD"
        }
    }
}
