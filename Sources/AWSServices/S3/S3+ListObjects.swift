import AWSCore

extension S3Client {
    /// One ListObjectsV2 page (API_ListObjectsV2).
    /// - Parameters:
    ///   - prefix: only keys starting with it.
    ///   - delimiter: usually "/": keys past the next delimiter are rolled up into `commonPrefixes`.
    ///   - maxKeys: at most 1,000 per page (S3's cap, also its default).
    ///   - continuationToken: the previous page's `nextContinuationToken`.
    package func listObjectsV2(
        bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
        continuationToken: String? = nil, startAfter: String? = nil
    ) async throws -> S3ListObjectsPage {
        let operation = "ListObjectsV2"
        var query: [(String, String)] = [("list-type", "2"), ("encoding-type", "url")]
        if let prefix, !prefix.isEmpty { query.append(("prefix", prefix)) }
        if let delimiter, !delimiter.isEmpty { query.append(("delimiter", delimiter)) }
        if let maxKeys { query.append(("max-keys", String(max(0, min(maxKeys, 1000))))) }
        if let continuationToken { query.append(("continuation-token", continuationToken)) }
        if let startAfter { query.append(("start-after", startAfter)) }
        let reply = try await send(operation, method: "GET", bucket: bucket, query: query)
        let root = try document(reply, operation: operation)
        // Decode only when S3 confirms it encoded: an endpoint that ignores encoding-type sends raw keys.
        let encoded = root.string("EncodingType")?.lowercased() == "url"
        do {
            return try S3ListObjectsPage(root, urlEncoded: encoded)
        } catch {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "\(error)")
        }
    }

    /// Every page of a listing, fetched as the sequence is iterated. Stops when S3 says the listing is
    /// not truncated; a repeated token is an error rather than an endless loop.
    package func listObjectsV2Pages(
        bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil
    ) -> Paginator<S3ListObjectsPage> {
        Paginator(
            service: Self.service.serviceId, operation: "ListObjectsV2",
            fetch: { token in
                try await self.listObjectsV2(
                    bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: maxKeys, continuationToken: token)
            },
            nextToken: { $0.isTruncated ? $0.nextContinuationToken : nil })
    }

    /// Every object under `prefix`, all pages collected (for listings known to be modest: an export's
    /// tables, a partition's files).
    package func listAllObjects(bucket: String, prefix: String? = nil, maxKeys: Int? = nil) async throws -> [S3Object] {
        var objects: [S3Object] = []
        for try await page in listObjectsV2Pages(bucket: bucket, prefix: prefix, maxKeys: maxKeys) {
            objects += page.objects
        }
        return objects
    }
}
