import AWSServices

/// What `ingest snapshot` did, as a value the CLI renders (table or `--output json`) and tests check.
package struct SnapshotExportResult: Sendable, Equatable {
    package var snapshotArn: String
    package var taskId: String
    /// True when this run started the task; false when it found the task already there (a re-run).
    package var started: Bool
    package var task: RDSExportTask
    package var access: ExportAccess
    /// Empty unless the task is COMPLETE.
    package var tables: [ExportedTable]
    /// Glue tables written with `--catalog`, with what happened to each.
    package var catalog: [CatalogedTable]
    /// `s3://bucket/prefix/task/`.
    package var exportLocation: String
    /// The changes this run planned and applied, in order (the catalog's once the task completed).
    package var plan: Plan = Plan()
}

/// One Glue table ensured from an exported table's Parquet footer.
package struct CatalogedTable: Sendable, Equatable {
    package var database: String
    package var table: String
    package var location: String
    package var columns: Int
    package var change: Change
}
