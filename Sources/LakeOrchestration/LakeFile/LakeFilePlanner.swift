import AWSCore
import AWSServices
import LakeConfig
import LakeFilter

/// `lakectl plan` for a lake file: checks the account, reads the live state of what the file declares and
/// lakectl's resource kinds cover, and builds one `LakeFilePlan` in LAKEFILE.md's order (KMS keys → buckets →
/// IAM policies → Glue databases → LF settings, locations, tags → crawlers, jobs → streams → workgroups → snapshot
/// exports and their tables → tag assignments on those tables → data cells filters → grants), then with `--prune`
/// the deletes of what the file no longer declares.
package struct LakeFilePlanner: Sendable {
    let client: AWSClient
    let governance: LakeGovernance

    package init(session: LakeSession) {
        self.init(client: session.client)
    }

    package init(client: AWSClient) {
        self.client = client
        self.governance = LakeGovernance(client: client)
    }

    package func plan(_ lake: LakeFile, prune: Bool) async throws -> LakeFilePlan {
        let caller = try await STSClient(client: client).getCallerIdentity()
        if let declared = lake.account, declared != caller.account {
            throw LakeFileError.accountMismatch(file: lake.file, declared: declared, actual: caller.account)
        }
        var out = LakeFilePlan(file: lake.file, account: caller.account, region: client.region, prune: prune)
        try await planKeys(lake, account: caller.account, into: &out)
        try await planBuckets(lake, account: caller.account, into: &out)
        try await planWorkgroupAccess(lake, account: caller.account, into: &out)
        try await planDatabases(lake, account: caller.account, into: &out)
        try await planSettings(lake, account: caller.account, into: &out)
        try await planTags(lake, into: &out)
        try await planCrawlers(lake, account: caller.account, into: &out)
        try await planJobs(lake, account: caller.account, into: &out)
        try await planStreams(lake, account: caller.account, into: &out)
        try await planWorkgroups(lake, account: caller.account, into: &out)
        try await planSnapshots(lake, account: caller.account, into: &out)
        // After the exports: the tables they catalog are the ones tags are assigned to.
        try await planTagAssignments(lake, into: &out)
        let desired = LakeFileGrants.desired(lake, account: caller.account)
        let (missing, schemas) = try await catalogTables(desired)
        out.warnings += missing
        try LakeFileLoader.checkGrants(lake, schemas: schemas)
        let filterChanges = try await planFilters(desired.filters, prune: prune)
        for (change, step) in filterChanges where change.action != .delete { out.add(change, step) }
        try await planGrants(desired.grants, lake: lake, caller: caller.arn, into: &out)
        // A filter is deleted only after the grants on it are revoked.
        for (change, step) in filterChanges where change.action == .delete { out.add(change, step) }
        // Then what the file no longer declares, dependants first.
        try await planPrune(lake, account: caller.account, into: &out)
        return out
    }

    /// The catalog's schemas of the tables grants name, by `database.table` (row filters and column lists are checked
    /// against them before anything is planned), and a warning for each that does not exist yet (crawlers and
    /// snapshot exports make them): its filters and grants are planned, and said up front to fail on apply.
    private func catalogTables(_ desired: LakeFileGrants.Desired) async throws -> ([String], [String: FilterSchema]) {
        var tables: [[String]] = []
        for grant in desired.grants {
            if let table = grant.table, !tables.contains([grant.database, table]) {
                tables.append([grant.database, table])
            }
        }
        var missing: [String] = []
        var schemas: [String: FilterSchema] = [:]
        for table in tables {
            do {
                let live = try await GlueClient(client: client).getTable(database: table[0], name: table[1])
                schemas["\(table[0]).\(table[1])"] = LakeGovernance.schema(of: live)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                missing.append(
                    "table \(table[0]).\(table[1]) does not exist yet: its filters and grants will fail on apply until "
                        + "a crawler or snapshot export creates it")
            }
        }
        return (missing, schemas)
    }

    private func planSettings(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let lf = lake.lakeFormation
        if !lf.admins.isEmpty {
            let live = try await governance.lf.getDataLakeSettings().dataLakeAdmins.map(\.identifier)
            let desired = lf.admins.map { lake.substitute($0, account: account) }
            if let (change, step) = LakeFileSettingsDiff.admins(desired: desired, live: live) { out.add(change, step) }
        }
        guard !lf.locations.isEmpty else { return }
        let buckets = Dictionary(lake.buckets.map { ($0.name, lake.substitute($0.bucketName, account: account)) }) {
            a, _ in a
        }
        let desired = lf.locations.compactMap { location -> String? in
            guard let bucket = buckets[location.bucket.name] else { return nil }
            return LakeGovernance.s3Arn("s3://\(bucket)/\(lake.substitute(location.prefix, account: account))")
        }
        let registered = try await governance.lf.listResourcesPages().collect().flatMap(\.items).map(\.resourceArn)
        for (change, step) in LakeFileSettingsDiff.locations(desired: desired, registered: registered) {
            out.add(change, step)
        }
    }

    private func planStreams(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let (streams, warnings) = LakeFileStreams.planned(lake, account: account)
        out.warnings += warnings
        let kind = DeliveryStreamResource(firehose: FirehoseClient(client: client))
        for stream in streams {
            let (change, _) = try await kind.plan(.init(spec: stream.spec, roleArn: stream.roleArn))
            if change.action != .noop, let table = stream.spec.parquetTableName {
                do {
                    _ = try await GlueClient(client: client).getTable(database: table.database, name: table.table)
                } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                    out.warnings.append(
                        "stream \(stream.spec.name): its Parquet schema table \(table.database).\(table.table) does "
                            + "not exist yet: the stream will fail on apply until a crawler or snapshot export creates it"
                    )
                }
            }
            let s = stream.spec
            out.add(
                change,
                .ensureStream(
                    name: s.name, bucket: s.bucket, prefix: s.prefix, errorPrefix: s.errorPrefix,
                    bufferSizeMB: s.bufferSizeMB, bufferIntervalSeconds: s.bufferIntervalSeconds,
                    compression: s.compression, role: stream.role, parquetTable: s.parquetTable, tags: lake.tags))
            if stream.role == nil, change.action != .create {
                try await planRolePolicy(role: StreamPipeline.roleName(stream: s.name), account: account, into: &out) {
                    try await StreamPipeline(client: client).deliveryPolicy(s, kmsKeyArn: nil)
                }
            }
        }
    }

    /// LF-tag keys, with the other Lake Formation settings.
    private func planTags(_ lake: LakeFile, into out: inout LakeFilePlan) async throws {
        for tag in lake.lakeFormation.tags {
            let live = try await governance.definedTag(tag.key)?.values
            let (change, step) = LakeFileTagDiff.tag(key: tag.key, values: tag.values, live: live)
            out.add(change, step)
        }
    }

    /// Their assignments, once the tables exist: planned after the snapshot exports, whose tables (as a lake made
    /// from nothing has them) are cataloged by the export step. A table that does not exist yet carries none:
    /// planned, and failing on apply until a crawler or snapshot export makes it, as its grants do.
    private func planTagAssignments(_ lake: LakeFile, into out: inout LakeFilePlan) async throws {
        let lf = lake.lakeFormation
        for assignment in lf.tagAssignments {
            let (database, table) = (assignment.table.database, assignment.table.table)
            let target: TagTarget =
                assignment.columns.map { .columns(database: database, table: table, names: $0) }
                ?? .table(database: database, name: table)
            let held: [TagAssignment]
            do {
                held = try await governance.tagAssignments(target)
            } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
                held = []
            }
            let (change, step) = LakeFileTagDiff.assignment(
                database: database, table: table, columns: assignment.columns, tags: assignment.tags, held: held)
            out.add(change, step)
        }
    }

    private func planWorkgroups(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let kind = WorkgroupResource(athena: AthenaClient(client: client))
        for workgroup in lake.workgroups {
            let spec = LakeFileWorkgroups.spec(workgroup, lake: lake, account: account)
            let (change, _) = try await kind.plan(spec)
            out.add(
                change,
                .ensureWorkgroup(
                    name: spec.name, output: spec.outputLocation ?? "", bytesScannedCutoff: spec.bytesScannedCutoff,
                    enforce: spec.enforce, tags: lake.tags))
        }
    }

    private func planDatabases(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let kind = GlueDatabaseResource(glue: GlueClient(client: client))
        for database in lake.databases {
            var parameters = lake.tags
            parameters[Ownership.key] = Ownership.value
            let location = database.locationURI.map { lake.substitute($0, account: account) }
            let desired = GlueDatabaseResource.Desired(
                name: database.name, description: database.description ?? "Created by lakectl", parameters: parameters)
            var (change, _) = try await kind.plan(desired)
            // An existing database is used as it is (it may hold other teams' tables); a new one gets its location.
            if change.action == .create, let location {
                change.fields.insert(FieldChange("location", old: nil, new: location), at: 0)
            }
            out.add(
                change,
                .createDatabase(
                    name: desired.name, description: desired.description, location: location, parameters: parameters))
        }
    }

    private func planFilters(_ filters: [FilterSpec], prune: Bool) async throws -> [(PlannedChange, LakeFileStep)] {
        let tables = Set(filters.map { [$0.database, $0.table] })
        var live: [String: FilterSpec] = [:]
        for table in tables.sorted(by: { $0.joined() < $1.joined() }) {
            for spec in try await liveFilters(database: table[0], table: table[1]) {
                live["\(spec.database).\(spec.table)/\(spec.name)"] = spec
            }
        }
        return LakeFileFilterDiff.changes(desired: filters, live: Array(live.values), prune: prune)
    }

    /// The filters of a table; none when the table (or its database) does not exist yet.
    private func liveFilters(database: String, table: String) async throws -> [FilterSpec] {
        do {
            let pages = try await governance.lf.listDataCellsFilterPages(
                table: .init(databaseName: database, name: table)
            ).collect()
            return pages.flatMap(\.items).map(FilterSpec.init)
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            return []
        }
    }

    /// The LF-tag expression grants the file's principals hold on expressions of the file's tag keys (the
    /// resources the file declares), each asked of Lake Formation by principal and expression as `grant` does.
    private func liveTagGrants(_ desired: [DesiredGrant], listed: [NormalGrant]) async throws -> [NormalGrant] {
        var out: [NormalGrant] = []
        for grant in desired {
            guard let tags = grant.tags else { continue }
            let resource = governance.lfResource(.tags(resourceType: DesiredGrant.tagResourceType, expression: tags))
            do {
                let held = try await governance.normalGrants(principal: grant.principal, resource: resource)
                out += held.filter { !listed.contains($0) && !out.contains($0) }
            } catch let error as AWSError
                where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound)
                || error.hasCode(LakeFormationClient.ErrorCode.invalidInput)
            {
                continue  // a tag key or value this plan defines first: nothing can be held on it yet
            }
        }
        return out
    }

    private func planGrants(_ desired: [DesiredGrant], lake: LakeFile, caller: String, into out: inout LakeFilePlan)
        async throws
    {
        let declared = Set(lake.databases.map(\.name))
        let revokeIAP = Set(lake.lakeFormation.revokeIAMAllowedPrincipals.map(\.name))
        let admins = Set((try? await governance.lf.getDataLakeSettings().dataLakeAdmins.map(\.identifier)) ?? [])
        let iap = LFPrincipal.iamAllowedPrincipals.identifier
        let principals = Set(desired.map(\.principal))
        let tagKeys = Set(lake.lakeFormation.tags.map(\.key))
        var live = try await governance.normalGrants().filter { grant in
            if let keys = grant.source?.lfTagPolicy?.expression.map(\.tagKey) {
                // A tag expression grant is on the file's resources when every key is one of the file's tags.
                return principals.contains(grant.principal) && !keys.isEmpty && keys.allSatisfy(tagKeys.contains)
            }
            return grant.resource.databaseName.map(declared.contains) ?? false
        }
        live += try await liveTagGrants(desired, listed: live)
        for grant in live where grant.principal == iap {
            guard let database = grant.resource.databaseName, !revokeIAP.contains(database) else { continue }
            out.warnings.append(
                "IAM_ALLOWED_PRINCIPALS holds \(grant.permission) on \(grant.resource.kind) \(grant.resource.name): "
                    + "Lake Formation grants and filters are not enforced there; add \(database) to "
                    + "lake_formation.revoke_iam_allowed_principals")
        }
        let changes = LakeFileGrantDiff.changes(
            desired: desired, live: live, prune: out.prune,
            prunable: { grant in
                // Never the caller's or an admin's own grants (they hold what they created), never IAM_ALLOWED_PRINCIPALS
                // (that is revoke_iam_allowed_principals' decision).
                grant.principal != caller && !admins.contains(grant.principal) && grant.principal != iap
            },
            forced: { grant in grant.principal == iap && (grant.resource.databaseName.map(revokeIAP.contains) ?? false)
            })
        for (change, step) in changes { out.add(change, step) }
    }
}
