/// `snapshots.<name>`: an RDS snapshot export, declared (what `lakectl ingest snapshot` does).
package struct SnapshotSpec: Sendable, Equatable {
    package var name: String
    package var snapshot: String
    package var bucket: Reference
    package var prefix: String?
    package var kmsKey: Reference
    package var catalog: Reference?
    package var exportOnly: [String]
    package var location: SourceLocation
}
