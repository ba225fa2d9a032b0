import AWSCore

extension RDSClient {
    /// DB (instance) snapshots, one page (API_DescribeDBSnapshots).
    /// - Parameters:
    ///   - identifier: a snapshot name or ARN; RDS answers `DBSnapshotNotFound` if there is none.
    ///   - instanceIdentifier: only snapshots of this DB instance.
    package func describeDBSnapshots(
        identifier: String? = nil, instanceIdentifier: String? = nil, marker: String? = nil, maxRecords: Int? = nil
    ) async throws -> (snapshots: [RDSSnapshot], marker: String?) {
        let operation = "DescribeDBSnapshots"
        var parameters: [(String, String)] = []
        if let identifier { parameters.append(("DBSnapshotIdentifier", identifier)) }
        if let instanceIdentifier { parameters.append(("DBInstanceIdentifier", instanceIdentifier)) }
        if let marker { parameters.append(("Marker", marker)) }
        if let maxRecords { parameters.append(("MaxRecords", String(maxRecords))) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        let snapshots = try Self.items(result, "DBSnapshots").map {
            try RDSSnapshot($0, kind: .instance, operation: operation)
        }
        return (snapshots, result.string("Marker").flatMap { $0.isEmpty ? nil : $0 })
    }

    /// DB cluster (Aurora) snapshots, one page (API_DescribeDBClusterSnapshots); a missing one is
    /// `DBClusterSnapshotNotFoundFault`.
    package func describeDBClusterSnapshots(
        identifier: String? = nil, clusterIdentifier: String? = nil, marker: String? = nil, maxRecords: Int? = nil
    ) async throws -> (snapshots: [RDSSnapshot], marker: String?) {
        let operation = "DescribeDBClusterSnapshots"
        var parameters: [(String, String)] = []
        if let identifier { parameters.append(("DBClusterSnapshotIdentifier", identifier)) }
        if let clusterIdentifier { parameters.append(("DBClusterIdentifier", clusterIdentifier)) }
        if let marker { parameters.append(("Marker", marker)) }
        if let maxRecords { parameters.append(("MaxRecords", String(maxRecords))) }
        let result = try await client.query(Self.service, action: operation, parameters: parameters)
        let snapshots = try Self.items(result, "DBClusterSnapshots").map {
            try RDSSnapshot($0, kind: .cluster, operation: operation)
        }
        return (snapshots, result.string("Marker").flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Resolves a snapshot name or ARN to the snapshot. A name alone does not say which kind it is, so
    /// DB snapshots are tried first and cluster snapshots second; an ARN says it (`snapshot:` or
    /// `cluster-snapshot:`). Throws `DBSnapshotNotFound` naming the input when neither exists.
    package func findSnapshot(_ nameOrArn: String) async throws -> RDSSnapshot {
        let arn = ARNParts(nameOrArn)
        let isClusterArn = arn?.resource.hasPrefix("cluster-snapshot:") ?? false
        if !isClusterArn {
            for identifier in Self.lookupKeys(nameOrArn, arn: arn, kind: "snapshot:", region: client.region) {
                do {
                    let found = try await describeDBSnapshots(identifier: identifier).snapshots
                    if let snapshot = found.first(where: { arn == nil || $0.arn == nameOrArn }) { return snapshot }
                } catch let error as AWSError where error.hasCode(ErrorCode.dbSnapshotNotFound) {
                    // Try the next form; a bare name may still be a cluster snapshot.
                }
            }
        }
        if arn == nil || isClusterArn {
            for identifier in Self.lookupKeys(nameOrArn, arn: arn, kind: "cluster-snapshot:", region: client.region) {
                do {
                    let found = try await describeDBClusterSnapshots(identifier: identifier).snapshots
                    if let snapshot = found.first(where: { arn == nil || $0.arn == nameOrArn }) { return snapshot }
                } catch let error as AWSError where error.hasCode(ErrorCode.dbClusterSnapshotNotFound) {
                    // Reported below as one not-found for both kinds.
                }
            }
        }
        throw AWSError(
            service: Self.service.serviceId,
            operation: isClusterArn ? "DescribeDBClusterSnapshots" : "DescribeDBSnapshots",
            code: (isClusterArn ? ErrorCode.dbClusterSnapshotNotFound : ErrorCode.dbSnapshotNotFound).rawValue,
            message: "no DB snapshot or DB cluster snapshot named \(nameOrArn)", statusCode: 404)
    }

    /// The identifiers to look a snapshot up by: the input itself, and for an ARN in the client's region
    /// also the bare name, because some endpoints (moto) accept only names while RDS needs the ARN for
    /// snapshots shared from another account. A match by name is accepted only if its ARN is the input.
    static func lookupKeys(_ nameOrArn: String, arn: ARNParts?, kind: String, region: String) -> [String] {
        guard let arn, arn.region == region, arn.resource.hasPrefix(kind) else { return [nameOrArn] }
        return [nameOrArn, String(arn.resource.dropFirst(kind.count))]
    }

    /// Takes a manual snapshot of a DB instance (API_CreateDBSnapshot). Used by tests and the demo to
    /// have something to export; it is "creating" at first on AWS.
    package func createDBSnapshot(identifier: String, instanceIdentifier: String) async throws -> RDSSnapshot {
        let operation = "CreateDBSnapshot"
        let result = try await client.query(
            Self.service, action: operation,
            parameters: [("DBSnapshotIdentifier", identifier), ("DBInstanceIdentifier", instanceIdentifier)])
        guard let element = result.child("DBSnapshot") else {
            throw AWSClientError.invalidResponse(
                service: Self.service.serviceId, operation: operation, reason: "the reply has no DBSnapshot")
        }
        return try RDSSnapshot(element, kind: .instance, operation: operation)
    }
}
