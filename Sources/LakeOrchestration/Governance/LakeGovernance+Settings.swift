import AWSCore
import AWSServices

extension LakeGovernance {
    /// The data lake settings, summarised.
    package func settings() async throws -> LakeSettingsSummary {
        let settings = try await lf.getDataLakeSettings()
        func text(_ grants: [LFDataLakeSettings.DefaultPermission]) -> [String] {
            grants.map { "\($0.principal.identifier): \($0.permissions.joined(separator: ","))" }
        }
        return LakeSettingsSummary(
            admins: settings.dataLakeAdmins.map(\.identifier),
            databaseDefaults: text(settings.createDatabaseDefaultPermissions),
            tableDefaults: text(settings.createTableDefaultPermissions))
    }

    /// `lakectl lf register s3://bucket/prefix [--role R]`: registers the location so Lake Formation governs it;
    /// answers `registered`, or `unchanged` when it already was (with `--role`: with that role; another role is
    /// an error naming both).
    package func register(location: String, roleArn: String?) async throws -> String {
        guard let arn = Self.s3Arn(location) else {
            throw GovernanceError.invalidRequest("\(location) is not an S3 location; write it as s3://bucket/prefix")
        }
        do {
            try await lf.registerResource(resourceArn: arn, roleArn: roleArn)
            return "registered"
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.alreadyExists) {
            // Already registered (or a retry whose first attempt went through): unchanged, unless --role names
            // another role than the one Lake Formation uses for it — then saying `unchanged` would hide that.
            guard let roleArn else { return "unchanged" }
            let registered = try await lf.listResourcesPages().collect().flatMap(\.items)
                .first { $0.resourceArn == arn }
            if let current = registered?.roleArn, current != roleArn {
                throw GovernanceError.invalidRequest(
                    "\(location) is already registered with role \(current), not \(roleArn); deregister it first "
                        + "(aws lakeformation deregister-resource) to register it with another role")
            }
            return "unchanged"
        }
    }
}

extension LakeGovernance {
    /// `lakectl lf settings --add-admin … --remove-admin … --iam-allowed-defaults on|off`: read, change, put
    /// only when something differs; a re-run is `unchanged`.
    package func updateSettings(_ change: SettingsChange, catalogId: String? = nil) async throws -> Change {
        try change.validate()
        return try await DataLakeSettingsResource(lf: lf, catalogId: catalogId).ensure(change)
    }
}
