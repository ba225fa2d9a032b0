import AWSCore

extension S3Client {
    /// S3's per-request limit for DeleteObjects.
    package static let deleteBatchLimit = 1000

    /// Deletes keys in batches of at most 1,000 (API_DeleteObjects), quiet mode so only failures come
    /// back. A key that cannot be deleted does not stop the rest; every failure is returned.
    @discardableResult
    package func deleteObjects(bucket: String, keys: [String]) async throws -> [S3DeleteFailure] {
        var failures: [S3DeleteFailure] = []
        var start = 0
        while start < keys.count {
            let end = min(keys.count, start + Self.deleteBatchLimit)
            failures += try await deleteBatch(bucket: bucket, keys: Array(keys[start..<end]))
            start = end
        }
        return failures
    }

    private func deleteBatch(bucket: String, keys: [String]) async throws -> [S3DeleteFailure] {
        var xml = XMLWriter()
        xml.element("Delete", attributes: [("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/")]) { body in
            body.element("Quiet", value: "true")
            for key in keys { body.element("Object") { $0.element("Key", value: key) } }
        }
        let bytes = xml.bytes
        // S3 requires an integrity header on this call: Content-MD5, or (since 2022) a SHA-256 checksum.
        let checksum = PayloadChecksum.sha256Base64(bytes)
        let reply = try await send(
            "DeleteObjects", method: "POST", bucket: bucket, query: [("delete", "")],
            headers: [
                HTTPHeader("x-amz-checksum-sha256", checksum), HTTPHeader("x-amz-sdk-checksum-algorithm", "SHA256"),
            ],
            body: .bytes(bytes))
        return (reply.document?.children(named: "Error") ?? []).map {
            S3DeleteFailure(key: $0.string("Key") ?? "", code: $0.string("Code") ?? "", message: $0.string("Message"))
        }
    }
}

/// A key DeleteObjects could not delete, with S3's reason (`AccessDenied`, …).
package struct S3DeleteFailure: Sendable, Equatable {
    package var key: String
    package var code: String
    package var message: String?
}
