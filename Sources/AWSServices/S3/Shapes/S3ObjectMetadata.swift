import AWSCore
import Foundation

/// What HeadObject and GetObject say about an object, read from the reply headers.
package struct S3ObjectMetadata: Sendable, Equatable {
    package var contentLength: Int64
    /// Quoted as S3 sends it; a multipart upload's ETag ends in `-<part count>` and is not an MD5.
    package var eTag: String?
    package var contentType: String?
    package var lastModified: Date?
    package var versionId: String?
    /// `x-amz-meta-*` headers, names lower-cased without the prefix.
    package var userMetadata: [String: String]

    package init(
        contentLength: Int64, eTag: String? = nil, contentType: String? = nil, lastModified: Date? = nil,
        versionId: String? = nil, userMetadata: [String: String] = [:]
    ) {
        self.contentLength = contentLength
        self.eTag = eTag
        self.contentType = contentType
        self.lastModified = lastModified
        self.versionId = versionId
        self.userMetadata = userMetadata
    }

    /// Reads the headers; a missing or malformed Content-Length reads as 0 rather than trapping.
    package init(headers: [HTTPHeader]) {
        var metadata: [String: String] = [:]
        for header in headers where header.name.lowercased().hasPrefix("x-amz-meta-") {
            metadata[String(header.name.lowercased().dropFirst("x-amz-meta-".count))] = header.value
        }
        self.init(
            contentLength: headers.value(for: "Content-Length").flatMap {
                Int64($0.trimmingCharacters(in: .whitespaces))
            } ?? 0,
            eTag: headers.value(for: "ETag"),
            contentType: headers.value(for: "Content-Type"),
            lastModified: headers.value(for: "Last-Modified").flatMap(HTTPDate.parse),
            versionId: headers.value(for: "x-amz-version-id"),
            userMetadata: metadata)
    }
}

/// RFC 7231 IMF-fixdate ("Wed, 12 Oct 2009 17:50:00 GMT"), the format of S3's Last-Modified header.
package enum HTTPDate {
    package static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
