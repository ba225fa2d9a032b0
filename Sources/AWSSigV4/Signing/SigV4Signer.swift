import Foundation

/// Signs requests with AWS Signature Version 4
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
///
/// Pure: no clock, no I/O — the date is an argument, so retries re-sign with a fresh time and tests use
/// the suite's fixed one. Keep one signer per (credentials, region, service) rather than one per request:
/// it caches the derived signing key for the day.
package struct SigV4Signer: Sendable {
    package let credentials: SigningCredentials
    package let region: String
    package let service: String
    package let options: SigV4Options

    static let algorithm = "AWS4-HMAC-SHA256"
    static let dateHeader = "X-Amz-Date"
    static let tokenHeader = "X-Amz-Security-Token"
    static let contentSHA256Header = "x-amz-content-sha256"

    let keyCache: SigningKeyCache
    /// `/<region>/<service>/aws4_request`, the part of the credential scope after the date.
    let scopeSuffix: [UInt8]

    package init(credentials: SigningCredentials, region: String, service: String, options: SigV4Options = .init()) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.options = options
        keyCache = SigningKeyCache(secret: credentials.secretAccessKey, region: region, service: service)
        scopeSuffix = Array("/\(region)/\(service)/aws4_request".utf8)
    }

    /// The steps shared by header signing and presigning: canonical request → string to sign →
    /// signature (steps 1–5 of the SigV4 page).
    struct Computed {
        var canonicalRequest: [UInt8]
        var stringToSign: [UInt8]
        var signature: String
        var signedHeaders: [UInt8]
    }

    func compute(
        method: String, path: String, query: String, headers: [SignableHeader], excludingHeader: String?,
        payloadHash: String, amzDate: [UInt8]
    ) -> Computed {
        var canonical: [UInt8] = []
        canonical.reserveCapacity(512 + query.utf8.count + path.utf8.count * 3)
        canonical.append(contentsOf: method.utf8)
        canonical.append(UInt8(ascii: "\n"))
        CanonicalURI.append(
            path: path, normalize: options.normalizePath, doubleEncode: options.doubleEncodePath, to: &canonical)
        canonical.append(UInt8(ascii: "\n"))
        CanonicalQuery.append(query: query, to: &canonical)
        canonical.append(UInt8(ascii: "\n"))
        let signedHeaders = CanonicalHeaders.append(
            headers, excluding: excludingHeader, folding: options.foldedHeaderValues, to: &canonical)
        canonical.append(UInt8(ascii: "\n"))
        canonical.append(contentsOf: signedHeaders)
        canonical.append(UInt8(ascii: "\n"))
        canonical.append(contentsOf: payloadHash.utf8)

        let dateStamp = amzDate[0..<8]
        var toSign: [UInt8] = []
        toSign.reserveCapacity(140)
        toSign.append(contentsOf: Self.algorithm.utf8)
        toSign.append(UInt8(ascii: "\n"))
        toSign.append(contentsOf: amzDate)
        toSign.append(UInt8(ascii: "\n"))
        toSign.append(contentsOf: dateStamp)
        toSign.append(contentsOf: scopeSuffix)
        toSign.append(UInt8(ascii: "\n"))
        Hex.append(SHA256Digest.digest(canonical), to: &toSign)

        let signature = Hex.lowercase(keyCache.key(for: dateStamp).mac(toSign))
        return Computed(
            canonicalRequest: canonical, stringToSign: toSign, signature: signature, signedHeaders: signedHeaders)
    }

    /// `AKID/YYYYMMDD/region/service/aws4_request`.
    func credential(dateStamp: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(credentials.accessKeyId.utf8.count + 1 + dateStamp.count + scopeSuffix.count)
        out.append(contentsOf: credentials.accessKeyId.utf8)
        out.append(UInt8(ascii: "/"))
        out.append(contentsOf: dateStamp)
        out.append(contentsOf: scopeSuffix)
        return String(decoding: out, as: UTF8.self)
    }
}
