/// What the client needs to know about one AWS service: how to name it, sign for it, find it and speak
/// to it. Each service in AWSServices declares one as a static constant.
package struct ServiceConfig: Sendable, Equatable {
    /// The SDK service id ("STS", "Glue", "Lake Formation"): shown in errors, used for
    /// `AWS_ENDPOINT_URL_<ID>` by the endpoint resolver.
    package var serviceId: String
    /// The SigV4 credential-scope service name ("sts", "glue", "lakeformation", "s3").
    package var signingName: String
    /// The host label of the default endpoint (`{prefix}.{region}.amazonaws.com`).
    package var endpointPrefix: String
    package var wireProtocol: WireProtocol
    /// The API version ("2011-06-15"): the query protocol's `Version` parameter.
    package var apiVersion: String
    /// The JSON protocols' `X-Amz-Target` prefix ("AWSGlue", "TrentService").
    package var jsonTargetPrefix: String?
    /// A partition-global service (IAM): one endpoint without a region, always signed for
    /// `globalSigningRegion`.
    package var isGlobal: Bool
    package var globalSigningRegion: String
    /// S3 signing rules (single-encoded, unnormalised path; `x-amz-content-sha256`) and path-style
    /// addressing on custom endpoints, where `bucket.host` would not resolve.
    package var isS3: Bool

    package init(
        serviceId: String, signingName: String, endpointPrefix: String? = nil, wireProtocol: WireProtocol,
        apiVersion: String, jsonTargetPrefix: String? = nil, isGlobal: Bool = false,
        globalSigningRegion: String = "us-east-1", isS3: Bool = false
    ) {
        self.serviceId = serviceId
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix ?? signingName
        self.wireProtocol = wireProtocol
        self.apiVersion = apiVersion
        self.jsonTargetPrefix = jsonTargetPrefix
        self.isGlobal = isGlobal
        self.globalSigningRegion = globalSigningRegion
        self.isS3 = isS3
    }
}
