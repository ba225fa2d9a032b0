/// An `s3://bucket/key` argument of a local command. A key ending in "/" (or none at all) names a
/// prefix, every object under it; otherwise it names one object.
package struct S3ObjectURL: Sendable, Hashable, CustomStringConvertible {
    package var bucket: String
    /// As given, without the leading slash; may end in "/" for a prefix.
    package var key: String

    package init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    /// Whether `text` is meant as an S3 URL (so local paths never reach S3 by accident).
    package static func isS3(_ text: String) -> Bool { text.lowercased().hasPrefix("s3://") }

    /// Parses `s3://bucket[/key]`; a malformed bucket is a typed error naming the argument.
    package static func parse(_ text: String) throws -> S3ObjectURL {
        guard isS3(text) else { throw S3LocationError.unsupportedScheme(text) }
        let rest = text.dropFirst(5)
        let bucket = String(rest.prefix { $0 != "/" })
        try S3Location.validate(bucket: bucket, given: text)
        return S3ObjectURL(bucket: bucket, key: String(rest.dropFirst(bucket.count + 1)))
    }

    package var isPrefix: Bool { key.isEmpty || key.hasSuffix("/") }

    package var description: String { "s3://\(bucket)/\(key)" }
}
