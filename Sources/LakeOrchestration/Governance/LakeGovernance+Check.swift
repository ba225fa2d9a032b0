import AWSCore
import AWSServices

extension LakeGovernance {
    /// `lakectl lf check`: the two classic reasons a filter does nothing (AWS-NOTES B1) — IAM_ALLOWED_PRINCIPALS
    /// still holding permissions on a database or table, and a table whose S3 location is not registered.
    package func check(database: String? = nil) async throws -> [GovernanceWarning] {
        let databases: [String]
        if let database { databases = [database] } else { databases = try await glue.allDatabases().map(\.name) }
        var warnings: Set<[String]> = []
        var found: [GovernanceWarning] = []
        func add(_ warning: GovernanceWarning) {
            if warnings.insert([warning.kind.rawValue, warning.resource]).inserted { found.append(warning) }
        }
        for grant in try await normalGrants() where grant.principal == LFPrincipal.iamAllowedPrincipals.identifier {
            guard let owner = grant.resource.databaseName, databases.contains(owner) else { continue }
            add(
                GovernanceWarning(
                    kind: .iamAllowedPrincipals, resource: grant.resource.name,
                    message: "IAM_ALLOWED_PRINCIPALS holds \(grant.permission) on \(grant.resource.kind) "
                        + "\(grant.resource.name): Lake Formation grants and filters are not enforced there; revoke it "
                        + "(`lakectl revoke --principal IAM_ALLOWED_PRINCIPALS …`)"))
        }
        let registered = try await lf.listResourcesPages().collect().flatMap(\.items).map(\.resourceArn)
        for name in databases {
            for table in try await glue.allTables(database: name) {
                guard let location = table.storageDescriptor?.location, let arn = Self.s3Arn(location) else { continue }
                if !Self.isRegistered(arn, in: registered) {
                    add(
                        GovernanceWarning(
                            kind: .unregisteredLocation, resource: "\(name).\(table.name)",
                            message: "the location \(location) of \(name).\(table.name) is not registered with Lake "
                                + "Formation, so IAM alone governs its data; register it (RegisterResource)"))
                }
            }
        }
        return found.sorted()
    }

    /// `s3://bucket/prefix/` → `arn:aws:s3:::bucket/prefix`.
    package static func s3Arn(_ location: String) -> String? {
        for scheme in ["s3://", "s3a://", "s3n://"] where location.hasPrefix(scheme) {
            var path = String(location.dropFirst(scheme.count))
            while path.hasSuffix("/") { path.removeLast() }
            return path.isEmpty ? nil : "arn:aws:s3:::\(path)"
        }
        return nil
    }

    /// A location is governed when it or a parent folder (at a `/` boundary) is registered.
    package static func isRegistered(_ arn: String, in registered: [String]) -> Bool {
        registered.contains { candidate in
            var base = candidate
            while base.hasSuffix("/") { base.removeLast() }
            return arn == base || arn.hasPrefix(base + "/")
        }
    }
}
