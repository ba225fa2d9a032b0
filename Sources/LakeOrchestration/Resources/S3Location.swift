/// A bucket and key prefix, parsed once for every option that takes a bucket (`ingest snapshot
/// --bucket`, `iam policy generate --bucket`): a plain bucket name, or an S3 URL `s3://bucket/prefix`
/// split into the two, so `s3://…` never ends up inside an ARN as a bucket name.
package struct S3Location: Sendable, Equatable {
    package var bucket: String
    /// Without leading or trailing slashes; "" for the bucket root.
    package var prefix: String

    package init(bucket: String, prefix: String = "") {
        self.bucket = bucket
        self.prefix = Self.trimmed(prefix)
    }

    /// Parses `--bucket` (a name or `s3://bucket[/prefix]`) with an optional `--prefix`. A prefix in
    /// both places is accepted only when they agree.
    package static func parse(bucket text: String, prefix: String? = nil) throws -> S3Location {
        var name = text
        var urlPrefix = ""
        if let schemeEnd = text.range(of: "://") {
            let scheme = text[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "s3" else { throw S3LocationError.unsupportedScheme(text) }
            let rest = text[schemeEnd.upperBound...]
            if let slash = rest.firstIndex(of: "/") {
                name = String(rest[..<slash])
                urlPrefix = trimmed(String(rest[rest.index(after: slash)...]))
            } else {
                name = String(rest)
            }
        } else if text.hasPrefix("arn:") {
            guard text.hasPrefix("arn:aws:s3:::") || text.contains(":s3:::") else {
                throw S3LocationError.invalidBucketName(text, reason: "an ARN that is not an S3 bucket ARN")
            }
            let rest = text[(text.range(of: ":::")?.upperBound ?? text.endIndex)...]
            name = String(rest.prefix { $0 != "/" })
            urlPrefix = trimmed(String(rest.dropFirst(name.count)))
        }
        try validate(bucket: name, given: text)
        let optionPrefix = trimmed(prefix ?? "")
        if !urlPrefix.isEmpty && !optionPrefix.isEmpty && urlPrefix != optionPrefix {
            throw S3LocationError.conflictingPrefix(url: text, prefix: optionPrefix)
        }
        return S3Location(bucket: name, prefix: urlPrefix.isEmpty ? optionPrefix : urlPrefix)
    }

    /// S3's bucket naming rules (general purpose buckets): 3–63 characters, lower-case letters, digits,
    /// dots and hyphens, starting and ending with a letter or digit.
    static func validate(bucket: String, given: String) throws {
        guard (3...63).contains(bucket.count) else {
            throw S3LocationError.invalidBucketName(given, reason: "a bucket name has 3 to 63 characters")
        }
        let allowed = bucket.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
        guard allowed else {
            throw S3LocationError.invalidBucketName(
                given, reason: "a bucket name has only lower-case letters, digits, dots and hyphens")
        }
        guard let first = bucket.first, let last = bucket.last, first.isLetter || first.isNumber,
            last.isLetter || last.isNumber
        else {
            throw S3LocationError.invalidBucketName(
                given, reason: "a bucket name starts and ends with a letter or digit")
        }
    }

    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
