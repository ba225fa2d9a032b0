import AWSCore
import Foundation

/// A DB snapshot or DB cluster snapshot: what `ingest snapshot` resolves a name to before exporting.
/// Both kinds share the fields lakectl needs, so they are one shape with a `kind`.
package struct RDSSnapshot: Sendable, Equatable {
    package enum Kind: String, Sendable, Equatable {
        /// DescribeDBSnapshots: an instance snapshot (`arn:aws:rds:…:snapshot:name`).
        case instance
        /// DescribeDBClusterSnapshots: an Aurora cluster snapshot (`arn:aws:rds:…:cluster-snapshot:name`).
        case cluster
    }

    package var kind: Kind
    package var identifier: String
    package var arn: String
    /// "available" once it can be exported; "creating" before.
    package var status: String
    package var engine: String?
    /// The DB instance (or, for a cluster snapshot, the cluster) it was taken from.
    package var sourceIdentifier: String?
    package var encrypted: Bool
    package var kmsKeyId: String?
    package var createdAt: Date?

    package init(
        kind: Kind, identifier: String, arn: String, status: String, engine: String? = nil,
        sourceIdentifier: String? = nil, encrypted: Bool = false, kmsKeyId: String? = nil, createdAt: Date? = nil
    ) {
        self.kind = kind
        self.identifier = identifier
        self.arn = arn
        self.status = status
        self.engine = engine
        self.sourceIdentifier = sourceIdentifier
        self.encrypted = encrypted
        self.kmsKeyId = kmsKeyId
        self.createdAt = createdAt
    }

    /// The region named in the ARN (`arn:aws:rds:REGION:account:…`): an export bucket must be there.
    package var region: String? { ARNParts(arn)?.region }

    /// Reads a `<DBSnapshot>` or `<DBClusterSnapshot>` element.
    init(_ element: XElement, kind: Kind, operation: String) throws {
        switch kind {
        case .instance:
            self.init(
                kind: kind,
                identifier: try RDSClient.required(element, "DBSnapshotIdentifier", operation: operation),
                arn: try RDSClient.required(element, "DBSnapshotArn", operation: operation),
                status: element.string("Status") ?? "",
                engine: element.string("Engine"),
                sourceIdentifier: element.string("DBInstanceIdentifier"),
                encrypted: RDSClient.bool(element, "Encrypted") ?? false,
                kmsKeyId: element.string("KmsKeyId"),
                createdAt: RDSClient.date(element, "SnapshotCreateTime"))
        case .cluster:
            self.init(
                kind: kind,
                identifier: try RDSClient.required(element, "DBClusterSnapshotIdentifier", operation: operation),
                arn: try RDSClient.required(element, "DBClusterSnapshotArn", operation: operation),
                status: element.string("Status") ?? "",
                engine: element.string("Engine"),
                sourceIdentifier: element.string("DBClusterIdentifier"),
                encrypted: RDSClient.bool(element, "StorageEncrypted") ?? false,
                kmsKeyId: element.string("KmsKeyId"),
                createdAt: RDSClient.date(element, "SnapshotCreateTime"))
        }
    }
}
