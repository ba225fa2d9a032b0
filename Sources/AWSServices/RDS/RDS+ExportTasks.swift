import AWSCore

extension RDSClient {
    /// What StartExportTask needs (API_StartExportTask). The KMS key is required by RDS, and the bucket
    /// must be in the snapshot's region; both are checked only once the task runs (it then FAILS).
    package struct ExportRequest: Sendable, Equatable {
        package var identifier: String
        package var sourceArn: String
        package var s3Bucket: String
        package var iamRoleArn: String
        package var kmsKeyId: String
        package var s3Prefix: String?
        package var exportOnly: [String]

        package init(
            identifier: String, sourceArn: String, s3Bucket: String, iamRoleArn: String, kmsKeyId: String,
            s3Prefix: String? = nil, exportOnly: [String] = []
        ) {
            self.identifier = identifier
            self.sourceArn = sourceArn
            self.s3Bucket = s3Bucket
            self.iamRoleArn = iamRoleArn
            self.kmsKeyId = kmsKeyId
            self.s3Prefix = s3Prefix
            self.exportOnly = exportOnly
        }
    }

    /// Starts an export. A task id that exists already is `ExportTaskAlreadyExists`: callers that use a
    /// deterministic id treat it as "resume waiting".
    package func startExportTask(_ request: ExportRequest) async throws -> RDSExportTask {
        let operation = "StartExportTask"
        var parameters = [
            ("ExportTaskIdentifier", request.identifier), ("SourceArn", request.sourceArn),
            ("S3BucketName", request.s3Bucket), ("IamRoleArn", request.iamRoleArn), ("KmsKeyId", request.kmsKeyId),
        ]
        if let prefix = request.s3Prefix, !prefix.isEmpty { parameters.append(("S3Prefix", prefix)) }
        parameters += Self.list("ExportOnly", request.exportOnly)
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        return try RDSExportTask(result, operation: operation)
    }

    /// One page of export tasks (API_DescribeExportTasks).
    /// - Parameters:
    ///   - identifier: one task; RDS answers `ExportTaskNotFound` when it does not exist.
    ///   - maxRecords: 20…100 (RDS's range); nil for RDS's default of 100.
    package func describeExportTasks(
        identifier: String? = nil, sourceArn: String? = nil, filters: [RDSExportTaskFilter] = [], marker: String? = nil,
        maxRecords: Int? = nil
    ) async throws -> Page<RDSExportTask> {
        let operation = "DescribeExportTasks"
        var parameters: [(String, String)] = []
        if let identifier { parameters.append(("ExportTaskIdentifier", identifier)) }
        if let sourceArn { parameters.append(("SourceArn", sourceArn)) }
        for (index, filter) in filters.enumerated() {
            let prefix = "Filters.Filter.\(index + 1)"
            parameters.append(("\(prefix).Name", filter.name))
            parameters += Self.list("\(prefix).Values", item: "Value", filter.values)
        }
        if let marker { parameters.append(("Marker", marker)) }
        if let maxRecords { parameters.append(("MaxRecords", String(min(100, max(20, maxRecords))))) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        let tasks = try Self.items(result, "ExportTasks").map { try RDSExportTask($0, operation: operation) }
        return Page(items: tasks, nextToken: result.string("Marker"))
    }

    /// Every page of export tasks matching the filters, fetched as iterated.
    package func describeExportTasksPages(
        sourceArn: String? = nil, filters: [RDSExportTaskFilter] = [], maxRecords: Int? = nil
    ) -> Paginator<Page<RDSExportTask>> {
        Paginator(
            service: Self.service.serviceId, operation: "DescribeExportTasks",
            fetch: { marker in
                try await self.describeExportTasks(
                    sourceArn: sourceArn, filters: filters, marker: marker, maxRecords: maxRecords)
            },
            nextToken: { $0.nextToken })
    }

    /// One task by id. `ExportTaskNotFound` when RDS does not know it; an empty list (which some
    /// endpoints answer instead) is reported the same way.
    package func describeExportTask(_ identifier: String) async throws -> RDSExportTask {
        let page = try await describeExportTasks(identifier: identifier)
        guard let task = page.items.first(where: { $0.identifier == identifier }) else {
            throw AWSError(
                service: Self.service.serviceId, operation: "DescribeExportTasks",
                code: ErrorCode.exportTaskNotFound.rawValue,
                message: "no export task \(identifier)", statusCode: 404)
        }
        return task
    }

    /// Asks RDS to stop a running export (CANCELING, then CANCELED); data already written stays in S3.
    package func cancelExportTask(_ identifier: String) async throws -> RDSExportTask {
        let operation = "CancelExportTask"
        let result = try await client.query(
            Self.service, action: operation, parameters: [("ExportTaskIdentifier", identifier)])
        return try RDSExportTask(result, operation: operation)
    }
}
