import AWSCore
import Foundation

extension S3Client {
    /// Stores `bytes` as one object. The body is hashed into the signature, so corruption on the way
    /// is refused by S3. Returns the ETag.
    @discardableResult
    package func putObject(
        bucket: String, key: String, bytes: [UInt8], contentType: String? = nil
    ) async throws -> String? {
        var headers = [HTTPHeader("Content-Type", contentType ?? "application/octet-stream")]
        headers.append(HTTPHeader("Content-Length", String(bytes.count)))
        let reply = try await send(
            "PutObject", method: "PUT", bucket: bucket, key: key, headers: headers, body: .bytes(bytes))
        return reply.response.headers.value(for: "ETag")
    }

    /// Stores a file as one object, streamed from disk (at most 5 GiB, S3's single-PUT limit; use
    /// `upload(file:bucket:key:)` to pick multipart for large files). Returns the ETag.
    @discardableResult
    package func putObject(
        bucket: String, key: String, file path: String, contentType: String? = nil
    ) async throws -> String? {
        let length = try S3Client.fileSize(path, operation: "PutObject")
        let headers = [
            HTTPHeader("Content-Type", contentType ?? "application/octet-stream"),
            HTTPHeader("Content-Length", String(length)),
        ]
        let reply = try await send(
            "PutObject", method: "PUT", bucket: bucket, key: key, headers: headers,
            body: .file(path: path, length: length),
            timeoutSeconds: S3Client.transferTimeout(bytes: length))
        return reply.response.headers.value(for: "ETag")
    }

    /// The whole object in memory (small objects: export metadata JSON, Parquet footers via `range`).
    /// - Parameter range: an HTTP byte range such as `bytes=-65536` (the last 64 KiB).
    package func getObject(bucket: String, key: String, range: String? = nil) async throws -> (
        bytes: [UInt8], metadata: S3ObjectMetadata
    ) {
        let headers = range.map { [HTTPHeader("Range", $0)] } ?? []
        let reply = try await objectCall("GetObject", method: "GET", bucket: bucket, key: key, headers: headers)
        return (reply.response.body, S3ObjectMetadata(headers: reply.response.headers))
    }

    /// Streams the object to `path` (created or truncated) without holding it in memory.
    @discardableResult
    package func getObject(bucket: String, key: String, toFile path: String) async throws -> S3ObjectMetadata {
        let reply = try await objectCall("GetObject", method: "GET", bucket: bucket, key: key, writingBodyTo: path)
        return S3ObjectMetadata(headers: reply.response.headers)
    }

    /// The object's size, ETag, type and dates without its body. 404 is reported as `NoSuchKey`.
    package func headObject(bucket: String, key: String) async throws -> S3ObjectMetadata {
        let reply = try await objectCall("HeadObject", method: "HEAD", bucket: bucket, key: key)
        return S3ObjectMetadata(headers: reply.response.headers)
    }

    /// Deletes one object; deleting a key that does not exist succeeds (S3 answers 204 either way).
    package func deleteObject(bucket: String, key: String) async throws {
        _ = try await send("DeleteObject", method: "DELETE", bucket: bucket, key: key)
    }

    /// GET/HEAD of one object, with a body-less 404 named: HEAD errors carry no XML, so the decoder
    /// only sees "NotFound"; S3's own code for a missing key is `NoSuchKey`.
    private func objectCall(
        _ operation: String, method: String, bucket: String, key: String, headers: [HTTPHeader] = [],
        writingBodyTo file: String? = nil
    ) async throws -> RESTXMLResponse {
        do {
            return try await send(
                operation, method: method, bucket: bucket, key: key, headers: headers, writingBodyTo: file)
        } catch var error as AWSError where error.statusCode == 404 && error.hasCode(ErrorCode.notFound) {
            error.code = ErrorCode.noSuchKey.rawValue
            error.message = error.message ?? "no object \(key) in bucket \(bucket)"
            throw error
        }
    }

    /// A file's size, or a typed error naming it (the upload cannot start).
    static func fileSize(_ path: String, operation: String) throws -> Int64 {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard let size = (attributes[.size] as? NSNumber)?.int64Value else {
                throw AWSClientError.invalidRequest(
                    service: service.serviceId, operation: operation, reason: "cannot read the size of \(path)")
            }
            return size
        } catch let error as AWSClientError {
            throw error
        } catch {
            throw AWSClientError.invalidRequest(
                service: service.serviceId, operation: operation,
                reason: "cannot read \(path): \(error.localizedDescription)")
        }
    }

    /// A per-attempt deadline that allows ~1 MiB/s plus a minute, so a large transfer is not cut off by
    /// the transport's default while a stalled one still ends (the transport also has a stall timeout).
    static func transferTimeout(bytes: Int64) -> Double {
        60 + Double(max(0, bytes)) / 1_048_576
    }
}
