import AWSCore
import Foundation

/// One entry of a ListObjectsV2 page (`<Contents>`).
package struct S3Object: Sendable, Equatable {
    package var key: String
    package var size: Int64
    package var eTag: String?
    package var lastModified: Date?
    package var storageClass: String?

    package init(key: String, size: Int64, eTag: String? = nil, lastModified: Date? = nil, storageClass: String? = nil)
    {
        self.key = key
        self.size = size
        self.eTag = eTag
        self.lastModified = lastModified
        self.storageClass = storageClass
    }

    /// nil when the entry has no Key; a Size that is not a non-negative integer is an error in the reply.
    init?(_ element: XElement) throws(S3ReplyError) {
        guard let key = element.string("Key") else { return nil }
        let sizeText = element.string("Size") ?? "0"
        guard let size = Int64(sizeText.trimmingCharacters(in: .whitespaces)), size >= 0 else {
            throw S3ReplyError(field: "Contents/Size", value: sizeText)
        }
        self.init(
            key: key, size: size, eTag: element.string("ETag"),
            lastModified: element.string("LastModified").flatMap(AWSTimestamp.parse),
            storageClass: element.string("StorageClass"))
    }
}

/// A field of an S3 reply that does not hold what the API promises (turned into
/// `AWSClientError.invalidResponse` by the operation that read it).
struct S3ReplyError: Error, CustomStringConvertible {
    var field: String
    var value: String
    var description: String { "\(field) is \"\(value.prefix(64))\", not a valid value" }
}
