import AWSCore

/// Amazon S3 (https://docs.aws.amazon.com/AmazonS3/latest/API/): buckets and objects for the lake's raw
/// and curated zones and for RDS snapshot exports. A restXml service; requests use path-style addressing
/// (`/bucket/key`) on custom endpoints (the emulator) and for bucket names with dots (whose virtual host
/// would not match the wildcard TLS certificate), virtual-hosted style (`bucket.s3.region…`) otherwise.
package struct S3Client: Sendable {
    package static let service = ServiceConfig(
        serviceId: "S3", signingName: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01", isS3: true)

    package let client: AWSClient

    package init(client: AWSClient) {
        self.client = client
    }

    /// The service config and path for a bucket-level (`key == nil`) or object-level request.
    ///
    /// Virtual-hosted style is expressed as a service whose endpoint prefix is `bucket.s3`, so the
    /// client's endpoint rules build `https://bucket.s3.{region}.amazonaws.com`; the service id stays
    /// "S3", so a configured S3 endpoint still applies (and then path style is used).
    func target(bucket: String, key: String? = nil) -> (service: ServiceConfig, path: String) {
        let encodedKey = key.map { "/" + S3Client.encodeKey($0) } ?? ""
        if client.usesPathStyle(for: Self.service) || bucket.contains(".") {
            return (Self.service, "/" + S3Client.encodeKey(bucket) + encodedKey)
        }
        var service = Self.service
        service.endpointPrefix = "\(bucket).s3"
        return (service, encodedKey.isEmpty ? "/" : encodedKey)
    }

    /// Keys travel percent-encoded once, slashes kept: a space is `%20`, `+` is `%2B` (a literal `+`
    /// in an S3 path means plus, but some proxies read it as a space), UTF-8 bytes as `%XX`. The signer
    /// signs this path as is (S3 is single-encoded).
    package static func encodeKey(_ key: String) -> String {
        QueryEncoding.percentEncode(key, keepingSlashes: true)
    }

    /// Sends one request for `bucket`/`key` and returns the reply.
    func send(
        _ operation: String, method: String, bucket: String, key: String? = nil, query: [(String, String)] = [],
        headers: [HTTPHeader] = [], body: HTTPBody = .empty, timeoutSeconds: Double? = nil,
        writingBodyTo file: String? = nil
    ) async throws -> RESTXMLResponse {
        let (service, path) = target(bucket: bucket, key: key)
        return try await client.restXML(
            service, operation: operation, method: method, path: path, query: query, headers: headers, body: body,
            timeoutSeconds: timeoutSeconds, writingBodyTo: file)
    }

    /// The parsed XML body a successful reply must carry, or an `invalidResponse` naming the operation.
    func document(_ reply: RESTXMLResponse, operation: String) throws -> XElement {
        guard let document = reply.document else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no XML body")
        }
        return document
    }

    /// A required text field of a reply, or an `invalidResponse` naming it.
    func required(_ element: XElement, _ path: String..., operation: String) throws -> String {
        guard let value = element.element(at: path)?.text, !value.isEmpty else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation,
                reason: "the reply has no \(path.joined(separator: "/"))")
        }
        return value
    }
}
