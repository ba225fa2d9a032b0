/// Whether `X-Amz-Security-Token` is part of what is signed.
///
/// Most services require it signed. A few want it added after signing; the AWS suite covers both
/// (post-sts-header-before / post-sts-header-after, aws-c-auth's `omit_session_token`; see the suite's
/// post-sts-token/readme.txt).
package enum SessionTokenPlacement: Sendable, Equatable {
    /// The token header (or presign query parameter) is added before signing and signed.
    case signed
    /// The token is added to the request after the signature is computed and is not signed.
    case addedAfterSigning
}
