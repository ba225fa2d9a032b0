import Foundation

extension SigV4Signer {
    /// Header signing: adds `X-Amz-Date`, the session token and `x-amz-content-sha256` as the options
    /// say, then `Authorization` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-add-signature-to-request.html).
    ///
    /// Headers the signer owns are replaced in place when already present (a retry re-signing its
    /// previous attempt, or the suite's requests that carry `X-Amz-Date`), otherwise appended in the
    /// order the aws-c-auth suite renders them: token, content hash, date, authorization.
    package func sign(_ request: SignableRequest, payload: PayloadSigning, date: Date) -> SignedRequest {
        let amzDate = AmzDate.bytes(date)
        let payloadHash = payload.canonicalValue
        var headers = request.headers
        headers.reserveCapacity(headers.count + 4)
        headers.removeAll { HeaderName.equalsIgnoringCase($0.name, "Authorization") }
        if let token = credentials.sessionToken {
            Self.set(Self.tokenHeader, token, in: &headers)
        }
        if options.addContentSHA256Header {
            Self.set(Self.contentSHA256Header, payloadHash, in: &headers)
        }
        Self.set(Self.dateHeader, String(decoding: amzDate, as: UTF8.self), in: &headers)

        let excluded = options.sessionToken == .addedAfterSigning ? "x-amz-security-token" : nil
        let computed = compute(
            method: request.method, path: request.path, query: request.query, headers: headers,
            excludingHeader: excluded, payloadHash: payloadHash, amzDate: amzDate)

        let credential = credential(dateStamp: amzDate[0..<8])
        var authorization = ""
        authorization.reserveCapacity(64 + credential.utf8.count + computed.signedHeaders.count + 64)
        authorization += Self.algorithm
        authorization += " Credential="
        authorization += credential
        authorization += ", SignedHeaders="
        authorization += String(decoding: computed.signedHeaders, as: UTF8.self)
        authorization += ", Signature="
        authorization += computed.signature
        headers.append(SignableHeader("Authorization", authorization))

        var signed = request
        signed.headers = headers
        return SignedRequest(
            request: signed,
            canonicalRequest: String(decoding: computed.canonicalRequest, as: UTF8.self),
            stringToSign: String(decoding: computed.stringToSign, as: UTF8.self),
            signature: computed.signature,
            signedHeaders: String(decoding: computed.signedHeaders, as: UTF8.self))
    }

    /// Replaces the value of the first header called `name` (dropping later duplicates), or appends it.
    static func set(_ name: String, _ value: String, in headers: inout [SignableHeader]) {
        guard let index = headers.firstIndex(where: { HeaderName.equalsIgnoringCase($0.name, name) }) else {
            headers.append(SignableHeader(name, value))
            return
        }
        headers[index].value = value
        var later = index + 1
        while later < headers.count {
            if HeaderName.equalsIgnoringCase(headers[later].name, name) {
                headers.remove(at: later)
            } else {
                later += 1
            }
        }
    }
}
