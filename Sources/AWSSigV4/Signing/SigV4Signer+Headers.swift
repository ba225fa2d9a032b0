import Foundation

extension SigV4Signer {
    /// Header signing: adds `X-Amz-Date`, the session token and `x-amz-content-sha256` as the options
    /// say, then `Authorization` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-add-signature-to-request.html).
    ///
    /// Headers the signer owns are replaced in place when already present (a retry re-signing its
    /// previous attempt, or the suite's requests that carry `X-Amz-Date`), otherwise appended in the
    /// order the aws-c-auth suite renders them: token, content hash, date, authorization.
    package func sign(_ request: SignableRequest, payload: PayloadSigning, date: Date) -> SignedRequest {
        AmzDate.withBytes(date) { amzDate in
            let payloadHash = payload.canonicalValue
            var headers = request.headers
            headers.reserveCapacity(headers.count + 4)
            // Requests rarely carry any header the signer owns, so look once before editing.
            let owned = SignerHeaders.scan(headers)
            if owned.authorization {
                headers.removeAll { HeaderName.equalsIgnoringCase($0.name, "Authorization") }
            }
            if let token = credentials.sessionToken {
                Self.set(Self.tokenHeader, token, in: &headers, present: owned.token)
            }
            if options.addContentSHA256Header {
                Self.set(Self.contentSHA256Header, payloadHash, in: &headers, present: owned.contentSHA256)
            }
            Self.set(Self.dateHeader, String(decoding: amzDate, as: UTF8.self), in: &headers, present: owned.date)

            let excluded = options.sessionToken == .addedAfterSigning ? "x-amz-security-token" : nil
            let computed = compute(
                method: request.method, path: request.path, query: request.query, headers: headers,
                excludingHeader: excluded, payloadHash: payloadHash, amzDate: amzDate)
            headers.append(SignableHeader("Authorization", authorization(computed, dateStamp: amzDate)))

            var signed = request
            signed.headers = headers
            return SignedRequest(
                request: signed, canonicalRequest: computed.canonicalRequest, stringToSign: computed.stringToSign,
                signature: computed.signature, signedHeaders: computed.signedHeaders)
        }
    }

    /// `AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=a;b, Signature=hex`.
    private func authorization(_ computed: Computed, dateStamp amzDate: UnsafeBufferPointer<UInt8>) -> String {
        let capacity = 192 + credentials.accessKeyId.utf8.count + scopeSuffix.count + computed.signedHeaders.utf8.count
        return ByteWriter.withTemporary(capacity: capacity) { out in
            out.append(Self.algorithm)
            out.append(" Credential=")
            out.append(credentials.accessKeyId)
            out.append(UInt8(ascii: "/"))
            out.append(UnsafeBufferPointer(rebasing: amzDate[0..<8]))
            out.append(scopeSuffix)
            out.append(", SignedHeaders=")
            out.append(computed.signedHeaders)
            out.append(", Signature=")
            out.append(computed.signature)
            return out.string()
        }
    }

    /// Replaces the value of the first header called `name` (dropping later duplicates), or appends it.
    /// `present: false` says a scan found no such header, which skips the search.
    static func set(_ name: String, _ value: String, in headers: inout [SignableHeader], present: Bool = true) {
        guard present else {
            headers.append(SignableHeader(name, value))
            return
        }
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
