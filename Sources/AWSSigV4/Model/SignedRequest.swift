/// The outcome of signing: the request to send plus the intermediate texts, which are what one compares
/// with AWS's `SignatureDoesNotMatch` message (it quotes the canonical request and string to sign it
/// expected) when a signature is rejected.
///
/// The four texts share one allocation (`SigningTexts`); each property makes its string when read.
package struct SignedRequest: Sendable, Equatable {
    /// The input with `X-Amz-Date`, `Authorization`, `X-Amz-Security-Token` and `x-amz-content-sha256`
    /// added as appropriate (header signing), or with the `X-Amz-*` query parameters appended (presigning).
    package var request: SignableRequest
    var texts: SigningTexts

    package var canonicalRequest: String {
        get { texts.text(.canonicalRequest) }
        set { texts = texts.replacing(.canonicalRequest, with: newValue) }
    }

    package var stringToSign: String {
        get { texts.text(.stringToSign) }
        set { texts = texts.replacing(.stringToSign, with: newValue) }
    }

    /// Lowercase hex HMAC-SHA256 of `stringToSign` with the derived signing key.
    package var signature: String {
        get { texts.text(.signature) }
        set { texts = texts.replacing(.signature, with: newValue) }
    }

    /// `;`-joined lowercase names of the signed headers.
    package var signedHeaders: String {
        get { texts.text(.signedHeaders) }
        set { texts = texts.replacing(.signedHeaders, with: newValue) }
    }

    package init(
        request: SignableRequest, canonicalRequest: String, stringToSign: String, signature: String,
        signedHeaders: String
    ) {
        self.request = request
        texts = SigningTexts(
            canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
            signedHeaders: signedHeaders)
    }

    init(request: SignableRequest, texts: SigningTexts) {
        self.request = request
        self.texts = texts
    }
}
