import AWSCore

extension S3Client {
    /// Creates `bucket` in `region` (default: the client's region).
    ///
    /// us-east-1 takes no `CreateBucketConfiguration` (S3 answers `InvalidLocationConstraint` if one names
    /// it); every other region must be named, or the bucket lands in us-east-1 / the call is refused
    /// (API_CreateBucket). `BucketAlreadyOwnedByYou` is thrown as is: callers that ensure a bucket treat it
    /// as success (`hasCode(S3Client.ErrorCode.bucketAlreadyOwnedByYou)`), while a plain create should say so.
    package func createBucket(_ bucket: String, region: String? = nil) async throws {
        let region = region ?? client.region
        var body = HTTPBody.empty
        if region != "us-east-1" {
            var xml = XMLWriter()
            xml.element(
                "CreateBucketConfiguration", attributes: [("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/")]
            ) { $0.element("LocationConstraint", value: region) }
            body = .bytes(xml.bytes)
        }
        _ = try await send("CreateBucket", method: "PUT", bucket: bucket, body: body)
    }

    /// The bucket's region, normalised: an empty `LocationConstraint` means us-east-1 and the legacy
    /// `EU` means eu-west-1 (API_GetBucketLocation). RDS exports need it to equal the snapshot's region.
    package func getBucketLocation(_ bucket: String) async throws -> String {
        let operation = "GetBucketLocation"
        let reply = try await send(operation, method: "GET", bucket: bucket, query: [("location", "")])
        return S3BucketLocation.region(fromConstraint: reply.document?.text)
    }

    /// Whether the bucket exists and is reachable with these credentials. A 404 (which has no body on a
    /// HEAD) is reported as `NoSuchBucket` naming the bucket; a 403 stays `Forbidden`/`AccessDenied`.
    /// Returns the bucket's region when S3 says it (`x-amz-bucket-region`).
    @discardableResult
    package func headBucket(_ bucket: String) async throws -> String? {
        let operation = "HeadBucket"
        do {
            let reply = try await send(operation, method: "HEAD", bucket: bucket)
            return reply.response.headers.value(for: "x-amz-bucket-region")
        } catch var error as AWSError where error.statusCode == 404 {
            // A HEAD reply has no body, so whatever the decoder guessed from the empty page says nothing.
            error.code = ErrorCode.noSuchBucket.rawValue
            error.message = "the bucket \(bucket) does not exist"
            throw error
        }
    }

    /// Deletes an empty bucket (tests and `--prune`); S3 refuses with `BucketNotEmpty` otherwise.
    package func deleteBucket(_ bucket: String) async throws {
        _ = try await send("DeleteBucket", method: "DELETE", bucket: bucket)
    }
}
