import AWSCore
import Foundation

/// One ListObjectsV2 reply (API_ListObjectsV2): objects, common prefixes ("folders" under a delimiter)
/// and the token for the next page.
package struct S3ListObjectsPage: Sendable, Equatable {
    package var objects: [S3Object]
    package var commonPrefixes: [String]
    package var isTruncated: Bool
    /// Present only when `isTruncated`; pass it back as `continuation-token`.
    package var nextContinuationToken: String?
    package var keyCount: Int?

    package init(
        objects: [S3Object], commonPrefixes: [String] = [], isTruncated: Bool = false,
        nextContinuationToken: String? = nil, keyCount: Int? = nil
    ) {
        self.objects = objects
        self.commonPrefixes = commonPrefixes
        self.isTruncated = isTruncated
        self.nextContinuationToken = nextContinuationToken
        self.keyCount = keyCount
    }

    /// Reads a `<ListBucketResult>`. With `encoding-type=url` (which lakectl always asks for, so keys with
    /// control characters survive XML) keys and prefixes arrive percent-encoded and are decoded here.
    init(_ root: XElement, urlEncoded: Bool) throws(S3ReplyError) {
        func decode(_ text: String) throws(S3ReplyError) -> String {
            guard urlEncoded else { return text }
            // S3 encodes a space as `+` in this mode (form encoding), so `+` must be turned back first.
            guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                throw S3ReplyError(field: "Key", value: text)
            }
            return decoded
        }
        var objects: [S3Object] = []
        for element in root.children(named: "Contents") {
            guard var object = try S3Object(element) else { continue }
            object.key = try decode(object.key)
            objects.append(object)
        }
        var prefixes: [String] = []
        for element in root.children(named: "CommonPrefixes") {
            if let prefix = element.string("Prefix") { prefixes.append(try decode(prefix)) }
        }
        let truncated = root.string("IsTruncated")?.trimmingCharacters(in: .whitespaces).lowercased() == "true"
        let token = root.string("NextContinuationToken").flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            objects: objects, commonPrefixes: prefixes, isTruncated: truncated,
            nextContinuationToken: truncated ? token : nil,
            keyCount: root.string("KeyCount").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
    }
}
