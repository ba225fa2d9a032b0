import AWSCore

extension S3Client {
    /// Starts a multipart upload and returns its upload id (API_CreateMultipartUpload).
    package func createMultipartUpload(bucket: String, key: String, contentType: String? = nil) async throws -> String {
        let operation = "CreateMultipartUpload"
        let reply = try await send(
            operation, method: "POST", bucket: bucket, key: key, query: [("uploads", "")],
            headers: [HTTPHeader("Content-Type", contentType ?? "application/octet-stream")])
        return try required(try document(reply, operation: operation), "UploadId", operation: operation)
    }

    /// Uploads one part (1…10,000). Every part but the last must be at least 5 MiB, or
    /// CompleteMultipartUpload fails with `EntityTooSmall`. Returns the part's ETag, needed to complete.
    package func uploadPart(
        bucket: String, key: String, uploadId: String, partNumber: Int, bytes: [UInt8]
    ) async throws -> S3CompletedPart {
        let operation = "UploadPart"
        let reply = try await send(
            operation, method: "PUT", bucket: bucket, key: key,
            query: [("partNumber", String(partNumber)), ("uploadId", uploadId)],
            headers: [HTTPHeader("Content-Length", String(bytes.count))], body: .bytes(bytes),
            timeoutSeconds: S3Client.transferTimeout(bytes: Int64(bytes.count)))
        guard let eTag = reply.response.headers.value(for: "ETag"), !eTag.isEmpty else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation,
                reason: "part \(partNumber) was answered without an ETag")
        }
        return S3CompletedPart(partNumber: partNumber, eTag: eTag)
    }

    /// Joins the parts into the object. S3 may answer 200 with an `<Error>` body when assembly fails
    /// late (API_CompleteMultipartUpload), so the body is checked, not just the status. Returns the ETag.
    @discardableResult
    package func completeMultipartUpload(
        bucket: String, key: String, uploadId: String, parts: [S3CompletedPart]
    ) async throws -> String? {
        let operation = "CompleteMultipartUpload"
        var xml = XMLWriter()
        xml.element("CompleteMultipartUpload", attributes: [("xmlns", "http://s3.amazonaws.com/doc/2006-03-01/")]) {
            body in
            for part in parts.sorted(by: { $0.partNumber < $1.partNumber }) {
                body.element("Part") {
                    $0.element("PartNumber", value: String(part.partNumber))
                    $0.element("ETag", value: part.eTag)
                }
            }
        }
        let reply = try await send(
            operation, method: "POST", bucket: bucket, key: key, query: [("uploadId", uploadId)],
            body: .bytes(xml.bytes))
        if let root = reply.document, root.localName == "Error" {
            throw AWSError(
                service: Self.service.serviceId, operation: operation, code: root.string("Code") ?? "InternalError",
                message: root.string("Message"), statusCode: reply.response.status, requestId: root.string("RequestId"))
        }
        return reply.document?.string("ETag")
    }

    /// Abandons an upload so its parts stop costing storage. Callers run it when any step fails.
    package func abortMultipartUpload(bucket: String, key: String, uploadId: String) async throws {
        _ = try await send(
            "AbortMultipartUpload", method: "DELETE", bucket: bucket, key: key, query: [("uploadId", uploadId)])
    }
}

/// A part as CompleteMultipartUpload needs it back.
package struct S3CompletedPart: Sendable, Equatable {
    package var partNumber: Int
    package var eTag: String

    package init(partNumber: Int, eTag: String) {
        self.partNumber = partNumber
        self.eTag = eTag
    }
}
