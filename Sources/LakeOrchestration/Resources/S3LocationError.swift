/// A `--bucket` (with `--prefix`) that names no S3 location: what was given, why, and the accepted forms.
package enum S3LocationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidBucketName(String, reason: String)
    case unsupportedScheme(String)
    case conflictingPrefix(url: String, prefix: String)

    package var description: String {
        switch self {
        case .invalidBucketName(let given, let reason):
            return "--bucket \(given) is not a bucket: \(reason); pass a bucket name or s3://bucket/prefix"
        case .unsupportedScheme(let given):
            return "--bucket \(given) is not an S3 location; pass a bucket name or s3://bucket/prefix"
        case .conflictingPrefix(let url, let prefix):
            return "--bucket \(url) already has a prefix and --prefix \(prefix) differs; give the prefix once"
        }
    }
}
