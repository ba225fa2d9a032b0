import Foundation

/// Signs requests with AWS Signature Version 4
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
///
/// Pure: no clock, no I/O — the date is an argument, so retries re-sign with a fresh time and tests use
/// the suite's fixed one. Keep one signer per (credentials, region, service) rather than one per request:
/// it caches the derived signing key for the day.
package struct SigV4Signer: Sendable {
    /// Everything a signer holds lives in one immutable object, so passing the signer around (and the
    /// closures of the signing path capturing it) costs one reference count, not one per string.
    private final class State: Sendable {
        let credentials: SigningCredentials
        let region: String
        let service: String
        let options: SigV4Options
        let keyCache: SigningKeyCache
        /// `/<region>/<service>/aws4_request`, the part of the credential scope after the date.
        let scopeSuffix: [UInt8]

        init(credentials: SigningCredentials, region: String, service: String, options: SigV4Options) {
            self.credentials = credentials
            self.region = region
            self.service = service
            self.options = options
            keyCache = SigningKeyCache(secret: credentials.secretAccessKey, region: region, service: service)
            scopeSuffix = Array("/\(region)/\(service)/aws4_request".utf8)
        }
    }

    private let state: State

    package var credentials: SigningCredentials { state.credentials }
    package var region: String { state.region }
    package var service: String { state.service }
    package var options: SigV4Options { state.options }
    var keyCache: SigningKeyCache { state.keyCache }
    var scopeSuffix: [UInt8] { state.scopeSuffix }

    static let algorithm = "AWS4-HMAC-SHA256"
    static let algorithmLine: [UInt8] = Array("AWS4-HMAC-SHA256\n".utf8)
    static let dateHeader = "X-Amz-Date"
    static let tokenHeader = "X-Amz-Security-Token"
    static let contentSHA256Header = "x-amz-content-sha256"

    package init(credentials: SigningCredentials, region: String, service: String, options: SigV4Options = .init()) {
        state = State(credentials: credentials, region: region, service: service, options: options)
    }

    /// The steps shared by header signing and presigning: canonical request → string to sign →
    /// signature (steps 1–5 of the SigV4 page).
    struct Computed {
        var canonicalRequest: String
        var stringToSign: String
        var signature: String
        var signedHeaders: String
    }

    /// Builds the canonical request, string to sign and signature in stack buffers sized from the
    /// inputs (`ByteWriter` moves to the heap if an estimate is ever short).
    func compute(
        method: String, path: String, query: String, headers: [SignableHeader], excludingHeader: String?,
        payloadHash: String, amzDate: UnsafeBufferPointer<UInt8>
    ) -> Computed {
        var headerBytes = 0
        for header in headers { headerBytes += header.name.utf8.count + header.value.utf8.count }
        let headerLines = headerBytes + 3 * headers.count
        let bound =
            method.utf8.count + 3 * (path.utf8.count + query.utf8.count) + 2 * headerLines + payloadHash.utf8.count + 32
        return ByteWriter.withTemporary(capacity: bound) { canonical in
            ByteWriter.withTemporary(capacity: headerLines + 1) { signedHeaders in
                canonical.append(method)
                canonical.append(UInt8(ascii: "\n"))
                CanonicalURI.append(
                    path: path, normalize: options.normalizePath, doubleEncode: options.doubleEncodePath,
                    to: &canonical)
                canonical.append(UInt8(ascii: "\n"))
                CanonicalQuery.append(query: query, to: &canonical)
                canonical.append(UInt8(ascii: "\n"))
                CanonicalHeaders.append(
                    headers, excluding: excludingHeader, folding: options.foldedHeaderValues, to: &canonical,
                    signed: &signedHeaders, inputBytes: headerBytes)
                canonical.append(UInt8(ascii: "\n"))
                signedHeaders.withBytes { canonical.append($0) }
                canonical.append(UInt8(ascii: "\n"))
                canonical.append(payloadHash)
                let (stringToSign, signature) = sign(canonical: canonical, amzDate: amzDate)
                return Computed(
                    canonicalRequest: canonical.string(), stringToSign: stringToSign, signature: signature,
                    signedHeaders: signedHeaders.string())
            }
        }
    }

    /// String to sign (step 3) and signature (steps 4–5) for a finished canonical request.
    private func sign(canonical: borrowing ByteWriter, amzDate: UnsafeBufferPointer<UInt8>) -> (String, String) {
        let dateStamp = UnsafeBufferPointer(rebasing: amzDate[0..<8])
        return ByteWriter.withTemporary(capacity: 112 + scopeSuffix.count) { toSign in
            toSign.append(Self.algorithmLine)
            toSign.append(amzDate)
            toSign.append(UInt8(ascii: "\n"))
            toSign.append(dateStamp)
            toSign.append(scopeSuffix)
            toSign.append(UInt8(ascii: "\n"))
            canonical.withBytes { bytes in
                SHA256Digest.withDigest(of: UnsafeRawBufferPointer(bytes)) { toSign.appendHex($0) }
            }
            let key = keyCache.key(for: dateStamp)
            var mac: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            let signature = withUnsafeMutableBytes(of: &mac) { raw in
                let out = raw.bindMemory(to: UInt8.self)
                toSign.withBytes { key.mac(UnsafeRawBufferPointer($0), into: out) }
                return Hex.lowercase(UnsafeBufferPointer(out))
            }
            return (toSign.string(), signature)
        }
    }

    /// `AKID/YYYYMMDD/region/service/aws4_request`.
    func credential(dateStamp: UnsafeBufferPointer<UInt8>) -> String {
        var out = ByteWriter(capacity: credentials.accessKeyId.utf8.count + 1 + dateStamp.count + scopeSuffix.count)
        out.append(credentials.accessKeyId)
        out.append(UInt8(ascii: "/"))
        out.append(dateStamp)
        out.append(scopeSuffix)
        return out.string()
    }
}
