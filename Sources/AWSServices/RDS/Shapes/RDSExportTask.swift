import AWSCore
import Foundation

/// A snapshot export to S3 as RDS describes it (API_ExportTask).
package struct RDSExportTask: Sendable, Equatable {
    package var identifier: String
    package var arn: String?
    package var sourceArn: String
    /// SNAPSHOT or CLUSTER.
    package var sourceType: String?
    package var status: RDSExportTaskStatus
    package var percentProgress: Int
    package var totalExtractedDataInGB: Int
    package var s3Bucket: String
    package var s3Prefix: String?
    package var iamRoleArn: String?
    package var kmsKeyId: String?
    /// `database`, `database.table` … when only part of the snapshot is exported; empty for all.
    package var exportOnly: [String]
    package var snapshotTime: Date?
    package var taskStartTime: Date?
    package var taskEndTime: Date?
    /// Free text, set when FAILED ("The S3 bucket … isn't located in the current AWS Region.").
    package var failureCause: String?
    /// JSON text listing skipped tables and other warnings (AWS-NOTES B3).
    package var warningMessage: String?

    package init(
        identifier: String, arn: String? = nil, sourceArn: String, sourceType: String? = nil,
        status: RDSExportTaskStatus, percentProgress: Int = 0, totalExtractedDataInGB: Int = 0, s3Bucket: String,
        s3Prefix: String? = nil, iamRoleArn: String? = nil, kmsKeyId: String? = nil, exportOnly: [String] = [],
        snapshotTime: Date? = nil, taskStartTime: Date? = nil, taskEndTime: Date? = nil, failureCause: String? = nil,
        warningMessage: String? = nil
    ) {
        self.identifier = identifier
        self.arn = arn
        self.sourceArn = sourceArn
        self.sourceType = sourceType
        self.status = status
        self.percentProgress = percentProgress
        self.totalExtractedDataInGB = totalExtractedDataInGB
        self.s3Bucket = s3Bucket
        self.s3Prefix = s3Prefix
        self.iamRoleArn = iamRoleArn
        self.kmsKeyId = kmsKeyId
        self.exportOnly = exportOnly
        self.snapshotTime = snapshotTime
        self.taskStartTime = taskStartTime
        self.taskEndTime = taskEndTime
        self.failureCause = failureCause
        self.warningMessage = warningMessage
    }

    /// Reads an `<ExportTask>` element, or a StartExportTask/CancelExportTask result (same fields).
    /// PercentProgress is clamped to 0…100 so a progress bar never sees nonsense.
    init(_ element: XElement, operation: String) throws {
        let percent = try RDSClient.integer(element, "PercentProgress", operation: operation) ?? 0
        let extracted = try RDSClient.integer(element, "TotalExtractedDataInGB", operation: operation) ?? 0
        self.init(
            identifier: try RDSClient.required(element, "ExportTaskIdentifier", operation: operation),
            arn: element.string("ExportTaskArn"),
            sourceArn: element.string("SourceArn") ?? "",
            sourceType: element.string("SourceType"),
            status: RDSExportTaskStatus(element.string("Status") ?? ""),
            percentProgress: min(100, max(0, percent)),
            totalExtractedDataInGB: max(0, extracted),
            s3Bucket: element.string("S3Bucket") ?? "",
            s3Prefix: element.string("S3Prefix"),
            iamRoleArn: element.string("IamRoleArn"),
            kmsKeyId: element.string("KmsKeyId"),
            exportOnly: element.child("ExportOnly")?.children.map(\.text) ?? [],
            snapshotTime: RDSClient.date(element, "SnapshotTime"),
            taskStartTime: RDSClient.date(element, "TaskStartTime"),
            taskEndTime: RDSClient.date(element, "TaskEndTime"),
            failureCause: element.string("FailureCause").flatMap { $0.isEmpty ? nil : $0 },
            warningMessage: element.string("WarningMessage").flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// A DescribeExportTasks filter. RDS expects the names and status values in lower case.
package struct RDSExportTaskFilter: Sendable, Equatable {
    package var name: String
    package var values: [String]

    package init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    package static func status(_ statuses: RDSExportTaskStatus...) -> Self {
        Self(name: "status", values: statuses.map { $0.description.lowercased() })
    }
    package static func sourceArn(_ arn: String) -> Self { Self(name: "source-arn", values: [arn]) }
    package static func s3Bucket(_ bucket: String) -> Self { Self(name: "s3-bucket", values: [bucket]) }
}
