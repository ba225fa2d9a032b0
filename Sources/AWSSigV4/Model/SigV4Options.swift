/// The per-service switches of SigV4. The defaults are right for every service except S3; use `.s3`
/// for S3 (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html).
package struct SigV4Options: Sendable, Equatable {
    /// RFC 3986 dot-segment removal and collapsing of empty segments in the canonical URI. Off for S3,
    /// whose keys may legitimately contain `//`, `.` and `..` (the suite's normalize-path.txt).
    package var normalizePath: Bool
    /// Encode the (already encoded) wire path once more for the canonical URI. The SDKs derive this as
    /// `serviceId != "S3"`; S3 signs the path encoded once.
    package var doubleEncodePath: Bool
    /// Send and sign `x-amz-content-sha256` with the payload hash; S3 requires it on every request
    /// (aws-c-auth suite: `sign_body`).
    package var addContentSHA256Header: Bool
    /// Whether the session token is signed or added after signing (aws-c-auth suite: `omit_session_token`).
    package var sessionToken: SessionTokenPlacement
    /// How folded multi-line header values are unfolded; only the 2015 suite needs `.commaSeparated`.
    package var foldedHeaderValues: FoldedHeaderValues

    package init(
        normalizePath: Bool = true, doubleEncodePath: Bool = true, addContentSHA256Header: Bool = false,
        sessionToken: SessionTokenPlacement = .signed, foldedHeaderValues: FoldedHeaderValues = .joinedWithSpace
    ) {
        self.normalizePath = normalizePath
        self.doubleEncodePath = doubleEncodePath
        self.addContentSHA256Header = addContentSHA256Header
        self.sessionToken = sessionToken
        self.foldedHeaderValues = foldedHeaderValues
    }

    /// S3: no path normalisation, single encoding, `x-amz-content-sha256` on every request.
    package static let s3 = SigV4Options(normalizePath: false, doubleEncodePath: false, addContentSHA256Header: true)
}
