import AWSCore
import Foundation

extension S3Client {
    /// S3's smallest allowed part (all but the last) and largest part count (API_UploadPart).
    package static let minimumPartSize = 5 * 1_048_576
    package static let maximumPartCount = 10_000

    /// Uploads a file, choosing by size: one streamed PUT below `multipartThreshold`, otherwise a
    /// multipart upload whose parts are read from disk one at a time (memory stays at one part). Any
    /// failure after the upload started aborts it, so no orphaned parts are left behind.
    /// - Parameters:
    ///   - partSize: bytes per part, raised to 5 MiB if smaller and grown so the file fits 10,000 parts.
    ///   - progress: called after each part with the bytes sent so far and the total.
    @discardableResult
    package func upload(
        file path: String, bucket: String, key: String, contentType: String? = nil,
        multipartThreshold: Int64 = 16 * 1_048_576, partSize: Int = 8 * 1_048_576,
        progress: (@Sendable (_ sent: Int64, _ total: Int64) -> Void)? = nil
    ) async throws -> S3UploadResult {
        let size = try S3Client.fileSize(path, operation: "PutObject")
        if size < max(multipartThreshold, 1) {
            let eTag = try await putObject(bucket: bucket, key: key, file: path, contentType: contentType)
            progress?(size, size)
            return S3UploadResult(eTag: eTag, size: size, partCount: 0)
        }
        let part = S3Client.partSize(fileSize: size, requested: partSize)
        let uploadId = try await createMultipartUpload(bucket: bucket, key: key, contentType: contentType)
        do {
            let parts = try await uploadParts(
                path: path, size: size, partSize: part, bucket: bucket, key: key, uploadId: uploadId, progress: progress
            )
            let eTag = try await completeMultipartUpload(bucket: bucket, key: key, uploadId: uploadId, parts: parts)
            return S3UploadResult(eTag: eTag, size: size, partCount: parts.count)
        } catch {
            // Best effort: the original failure is what the caller needs to see.
            try? await abortMultipartUpload(bucket: bucket, key: key, uploadId: uploadId)
            throw error
        }
    }

    private func uploadParts(
        path: String, size: Int64, partSize: Int, bucket: String, key: String, uploadId: String,
        progress: (@Sendable (Int64, Int64) -> Void)?
    ) async throws -> [S3CompletedPart] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AWSClientError.invalidRequest(
                service: Self.service.serviceId, operation: "UploadPart", reason: "cannot open \(path)")
        }
        defer { try? handle.close() }
        var parts: [S3CompletedPart] = []
        var sent: Int64 = 0
        var number = 1
        while sent < size {
            try Task.checkCancellation()
            let wanted = Int(min(Int64(partSize), size - sent))
            let bytes: [UInt8]
            do {
                bytes = [UInt8](try handle.read(upToCount: wanted) ?? Data())
            } catch {
                throw AWSClientError.invalidRequest(
                    service: Self.service.serviceId, operation: "UploadPart",
                    reason: "cannot read \(path): \(error.localizedDescription)")
            }
            guard bytes.count == wanted else {
                throw AWSClientError.invalidRequest(
                    service: Self.service.serviceId, operation: "UploadPart",
                    reason:
                        "\(path) changed while uploading: expected \(wanted) bytes at offset \(sent), read \(bytes.count)"
                )
            }
            parts.append(
                try await uploadPart(bucket: bucket, key: key, uploadId: uploadId, partNumber: number, bytes: bytes))
            sent += Int64(bytes.count)
            number += 1
            progress?(sent, size)
        }
        return parts
    }

    /// The part size to use: at least 5 MiB, and large enough that the file needs at most 10,000 parts.
    package static func partSize(fileSize: Int64, requested: Int) -> Int {
        var part = Int64(max(requested, minimumPartSize))
        let count = Int64(maximumPartCount)
        if fileSize > part * count {
            let (quotient, remainder) = fileSize.quotientAndRemainder(dividingBy: count)
            part = quotient + (remainder > 0 ? 1 : 0)
        }
        return Int(clamping: part)
    }
}

/// The outcome of `upload(file:bucket:key:)`.
package struct S3UploadResult: Sendable, Equatable {
    package var eTag: String?
    package var size: Int64
    /// 0 for a single PUT.
    package var partCount: Int
}
