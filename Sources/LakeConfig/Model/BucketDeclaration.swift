/// `buckets.<name>`: an S3 bucket with its default encryption, versioning, public access block and expiry.
package struct BucketDeclaration: Sendable, Equatable {
    package var name: String
    /// The bucket's S3 name, `${account}`/`${region}` still symbolic until plan time.
    package var bucketName: String
    package var kmsKey: NameReference?
    package var versioning: Bool
    package var blockPublicAccess: Bool
    package var expireAfterDays: Int?
    package var location: SourceLocation
}
