/// `snapshots.<name>`: an RDS snapshot export, declared (what `lakectl ingest snapshot` does).
package struct SnapshotDeclaration: Sendable, Equatable {
    package var name: String
    package var snapshot: String
    package var bucket: NameReference
    package var prefix: String?
    package var kmsKey: NameReference
    package var catalog: NameReference?
    package var exportOnly: [String]
    package var location: SourceLocation
}
