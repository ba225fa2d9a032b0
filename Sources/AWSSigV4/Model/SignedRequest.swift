/// The outcome of signing: the request to send plus the intermediate texts, which are what one compares
/// with AWS's `SignatureDoesNotMatch` message (it quotes the canonical request and string to sign it
/// expected) when a signature is rejected.
package struct SignedRequest: Sendable, Equatable {
    /// The input with `X-Amz-Date`, `Authorization`, `X-Amz-Security-Token` and `x-amz-content-sha256`
    /// added as appropriate (header signing), or with the `X-Amz-*` query parameters appended (presigning).
    package var request: SignableRequest
    package var canonicalRequest: String
    package var stringToSign: String
    /// Lowercase hex HMAC-SHA256 of `stringToSign` with the derived signing key.
    package var signature: String
    /// `;`-joined lowercase names of the signed headers.
    package var signedHeaders: String

    package init(
        request: SignableRequest, canonicalRequest: String, stringToSign: String, signature: String,
        signedHeaders: String
    ) {
        self.request = request
        self.canonicalRequest = canonicalRequest
        self.stringToSign = stringToSign
        self.signature = signature
        self.signedHeaders = signedHeaders
    }
}
