import AWSServices

/// One S3 object read into memory as parallel ranged GETs: a result file of tens of megabytes arrives over
/// several connections at once instead of one stream, which is where a large result's fetch time goes.
struct S3RangedRead: Sendable {
    let s3: S3Client
    /// Bytes per GET; an object this size or smaller is one plain GET.
    var partBytes = 8 << 20
    /// GETs in flight at once.
    var parallel = 8

    func read(bucket: String, key: String, size: Int64) async throws -> [UInt8] {
        let total = Int(size)
        if total <= partBytes {
            return try await s3.getObject(bucket: bucket, key: key).bytes
        }
        let starts = Array(stride(from: 0, to: total, by: partBytes))
        var parts = [[UInt8]](repeating: [], count: starts.count)
        try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            var next = 0
            func launch() {
                let index = next
                let first = starts[index]
                let last = min(total, first + partBytes) - 1
                group.addTask {
                    (index, try await s3.getObject(bucket: bucket, key: key, range: "bytes=\(first)-\(last)").bytes)
                }
                next += 1
            }
            while next < starts.count && next < parallel { launch() }
            while let (index, bytes) = try await group.next() {
                parts[index] = bytes
                if next < starts.count { launch() }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for part in parts { out.append(contentsOf: part) }
        guard out.count == total else {
            throw QueryFetchError.shortRead(key: "s3://\(bucket)/\(key)", expected: size, got: Int64(out.count))
        }
        return out
    }
}
