import AWSServices

extension QueryPipeline {
    /// About how many rows a plain single-table SELECT returns at most, from its Glue table
    /// (`CatalogRowEstimate`: a crawler's counts, else the bytes under the table's location), for `auto`.
    /// Nil, without a call, when the text already bounds the result to one page or the statement reads
    /// anything but one table; nil too when the table cannot be read (not found, a view, no permission):
    /// the query itself reports what is wrong, and `auto` then chooses as for an unknown size.
    func catalogRows(_ request: QueryRequest, maxRows: Int?) async -> Int? {
        guard AthenaQueryText.isSelect(request.sql), let (database, name) = AthenaQueryText.singleTable(request.sql)
        else { return nil }
        if let bound = QueryFetch.expectedRows(sql: request.sql, maxRows: maxRows), bound <= QueryFetch.pageMaxRows {
            return nil
        }
        let glue = GlueClient(client: athena.client)
        guard let table = try? await glue.getTable(database: database ?? request.database ?? "default", name: name),
            table.tableType != "VIRTUAL_VIEW"
        else { return nil }
        if let rows = CatalogRowEstimate.rows(table) { return rows }
        guard let location = table.storageDescriptor?.location, var url = try? S3ObjectURL.parse(location) else {
            return nil
        }
        if !url.isPrefix { url.key += "/" }
        // Listing stops once the bytes put the table past the largest threshold: a huge table is not walked.
        let enough = Int64(QueryFetch.csvMaxRows + 1) * Int64(CatalogRowEstimate.storedBytesPerRow)
        var bytes: Int64 = 0
        do {
            for try await page in s3.listObjectsV2Pages(bucket: url.bucket, prefix: url.key.isEmpty ? nil : url.key) {
                bytes += page.objects.reduce(0) { $0 + $1.size }
                if bytes >= enough { break }
            }
        } catch {
            return nil
        }
        return CatalogRowEstimate.rows(storedBytes: bytes)
    }
}
