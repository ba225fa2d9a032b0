import Foundation

extension SigV4Signer {
    /// Query signing (a presigned URL): the authentication parameters go in the query string and the
    /// request gets no `Authorization` header
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html,
    /// "query string"; S3: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html).
    ///
    /// Parameters are appended to the wire query in the order the aws-c-auth suite renders them
    /// (Algorithm, Credential, Date, SignedHeaders, Expires, Security-Token, Signature); the canonical
    /// query sorts them with the request's own parameters. For S3 pass `.unsigned`: then no
    /// `x-amz-content-sha256` header is signed, so the URL works from any HTTP client.
    ///
    /// With `addContentSHA256Header` and a hashed body, `x-amz-content-sha256` is signed (listed in
    /// X-Amz-SignedHeaders, the body's hash in the canonical request) but not added to the returned
    /// request, as aws-c-auth's query variants of POST with a form body expect: a presigned request
    /// carries its authentication in the URL, and whoever sends it supplies the body and its hash.
    package func presign(
        _ request: SignableRequest, expiresIn seconds: Int, payload: PayloadSigning, date: Date
    ) -> SignedRequest {
        AmzDate.withBytes(date) { amzDate in
            presign(request, expiresIn: seconds, payload: payload, amzDate: amzDate)
        }
    }

    private func presign(
        _ request: SignableRequest, expiresIn seconds: Int, payload: PayloadSigning, amzDate: UnsafeBufferPointer<UInt8>
    ) -> SignedRequest {
        let amzDateText = String(decoding: amzDate, as: UTF8.self)
        let payloadHash = payload.canonicalValue
        var headers = request.headers
        headers.removeAll { HeaderName.equalsIgnoringCase($0.name, "Authorization") }
        let returnedHeaders = headers
        if options.addContentSHA256Header, payload != .unsigned {
            Self.set(Self.contentSHA256Header, payloadHash, in: &headers)
        }

        // The signed-headers list is needed inside the query before the canonical request is built;
        // computing it separately keeps `compute` shared with header signing.
        var scratch = ByteWriter(capacity: 256)
        var signedHeaderBytes = ByteWriter(capacity: 64)
        CanonicalHeaders.append(
            headers, excluding: nil, folding: options.foldedHeaderValues, to: &scratch, signed: &signedHeaderBytes)
        let signedHeaders = signedHeaderBytes.string()

        let credential = credential(dateStamp: UnsafeBufferPointer(rebasing: amzDate[0..<8]))
        var added = "X-Amz-Algorithm=" + Self.algorithm
        added += "&X-Amz-Credential=" + PercentEncoding.encoded(credential)
        added += "&X-Amz-Date=" + amzDateText
        added += "&X-Amz-SignedHeaders=" + PercentEncoding.encoded(signedHeaders)
        added += "&X-Amz-Expires=" + String(seconds)
        var tokenParameter = ""
        if let token = credentials.sessionToken, !token.isEmpty {
            tokenParameter = "&X-Amz-Security-Token=" + PercentEncoding.encoded(token)
        }
        let prefix = request.query.isEmpty ? "" : request.query + "&"
        let signedQuery = prefix + added + (options.sessionToken == .signed ? tokenParameter : "")

        let computed = compute(
            method: request.method, path: request.path, query: signedQuery, headers: headers,
            excludingHeader: nil, payloadHash: payloadHash, amzDate: amzDate)

        var signed = request
        signed.headers = returnedHeaders
        signed.query = prefix + added + tokenParameter + "&X-Amz-Signature=" + computed.text(.signature)
        return SignedRequest(request: signed, texts: computed)
    }
}
