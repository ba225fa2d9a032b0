import AWSCore
import AWSServices

/// `lakectl apply`: carries out a `LakeFilePlan`'s steps in order and stops at the first failure, reporting
/// what was done and what was not. Every step is idempotent (a create answered "already exists" is found, a
/// grant already held is left), so re-running apply after a failure finishes the job.
package struct LakeFileApplier: Sendable {
    let client: AWSClient
    let governance: LakeGovernance
    /// `apply --wait`: a snapshot export is waited for (and its tables cataloged) instead of left pending.
    package var waitForExports = false
    /// The clock an export is waited with (tests pass a manual one).
    package var clock: any AWSClock = SystemClock()

    package init(session: LakeSession) {
        self.init(client: session.client)
    }

    package init(client: AWSClient) {
        self.client = client
        self.governance = LakeGovernance(client: client)
    }

    /// A saved plan is applied only while a fresh plan of the same file shows exactly the same changes.
    package static func checkSaved(_ saved: LakeFilePlan, against fresh: LakeFilePlan) throws {
        if saved.account != fresh.account {
            throw LakeFileError.stalePlan(
                file: fresh.file, reason: "saved for account \(saved.account), now \(fresh.account)")
        }
        if saved.plan != fresh.plan || saved.steps != fresh.steps {
            throw LakeFileError.stalePlan(
                file: fresh.file,
                reason: "\(fresh.plan.pending.count) change(s) now, \(saved.plan.pending.count) when saved")
        }
    }

    /// The outcome of an apply: the changes made, the one that failed (with why) and the ones not attempted.
    package struct Outcome: Sendable {
        package var done: [PlannedChange] = []
        package var failed: PlannedChange?
        package var failure: String?
        package var notDone: [PlannedChange] = []
    }

    package func apply(_ plan: LakeFilePlan, progress: (PlannedChange) -> Void = { _ in }) async -> Outcome {
        var outcome = Outcome()
        let pending = zip(plan.plan.changes, plan.steps).filter { $0.0.action != .noop }
        for (index, (change, step)) in pending.enumerated() {
            do {
                try await run(step, account: plan.account)
                outcome.done.append(change)
                progress(change)
            } catch {
                outcome.failed = change
                outcome.failure = String(describing: error)
                outcome.notDone = pending.dropFirst(index + 1).map(\.0)
                break
            }
        }
        return outcome
    }

    private func run(_ step: LakeFileStep, account: String) async throws {
        switch step {
        case .none:
            return
        case .prune(let target):
            try await prune(target)
        case .createDatabase(let name, let description, let location, let parameters):
            let glue = GlueClient(client: client)
            do {
                try await glue.createDatabase(
                    GlueDatabaseInput(
                        name: name, description: description, locationUri: location, parameters: parameters))
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.alreadyExists) {
                return  // a retried create that reached Glue, or a concurrent run: the database is there
            }
        case .ensureFilter(let database, let table, let name, let rowFilter, let columns, let excluded):
            let spec = FilterSpec(
                database: database, table: table, name: name, rowFilter: rowFilter,
                columns: columns.map(ColumnSpec.include) ?? excluded.map(ColumnSpec.exclude) ?? .all)
            try await governance.checkFilter(
                database: database, table: table, rowFilter: rowFilter, columns: spec.columns)
            _ = try await governance.ensureFilter(spec, catalogId: account)
        case .addAdmins(let principals):
            // Read just before writing: PutDataLakeSettings replaces the whole settings value.
            var settings = try await governance.lf.getDataLakeSettings()
            let held = Set(settings.dataLakeAdmins.map(\.identifier))
            let missing = principals.filter { !held.contains($0) }
            if missing.isEmpty { return }
            settings.dataLakeAdmins += missing.map(LFPrincipal.init)
            try await governance.lf.putDataLakeSettings(settings)
        case .registerLocation(let arn):
            do {
                try await governance.lf.registerResource(resourceArn: arn)
            } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.alreadyExists) {
                return  // a retried register that went through
            }
        case .ensureStream(
            let name, let bucket, let prefix, let errorPrefix, let size, let interval, let compression, let role,
            let parquetTable, let tags):
            var spec = StreamSpec(
                name: name, bucket: bucket, prefix: prefix, errorPrefix: errorPrefix, bufferSizeMB: size,
                bufferIntervalSeconds: interval, compression: compression, parquetTable: parquetTable)
            spec.tags = tags
            _ = try await StreamPipeline(client: client).create(spec, role: role, events: { _ in })
        case .ensureWorkgroup(let name, let output, let cutoff, let enforce, let tags):
            var spec = WorkgroupSpec(name: name, outputLocation: output, bytesScannedCutoff: cutoff, enforce: enforce)
            spec.tags = tags
            _ = try await WorkgroupPipeline(client: client).create(spec)
        case .ensureCrawler(let name, let database, let paths, let schedule, let tablePrefix, let role, let tags):
            try await ensureCrawler(
                name: name, database: database, paths: paths, schedule: schedule, tablePrefix: tablePrefix, role: role,
                tags: tags)
        case .ensureJob(let job, let script, let digest, let role, let tags):
            try await ensureJob(job, script: script, digest: digest, role: role, tags: tags)
        case .ensureBucket(let name, let kmsKey, let versioning, let blockPublicAccess, let tags, let days):
            try await ensureBucket(
                name: name, kmsKey: kmsKey, versioning: versioning, blockPublicAccess: blockPublicAccess, tags: tags,
                expireAfterDays: days)
        case .ensureKey(let alias, let description, let tags):
            try await ensureKey(alias: alias, description: description, tags: tags)
        case .putManagedPolicy(let name, let document):
            _ = try await IAMResources(iam: IAMClient(client: client)).ensureManagedPolicy(
                name: name, document: try PolicyDocument(json: document))
        case .putRolePolicy(let role, let name, let document):
            try await IAMClient(client: client).putRolePolicy(roleName: role, policyName: name, document: document)
        case .exportSnapshot(let snapshot, let bucket, let prefix, let kmsKey, let role, let exportOnly, let catalog):
            let request = SnapshotExportRequest(
                snapshot: snapshot, bucket: bucket, prefix: prefix, kmsKey: kmsKey, roleName: role,
                exportOnly: exportOnly, catalogDatabase: catalog)
            _ = try await SnapshotExportPipeline(client: client, clock: clock).run(
                request, wait: waitForExports, events: { _ in })
        case .ensureTag(let key, let values):
            _ = try await governance.createTag(TagKeyValues(key: key, values: values))
        case .assignTags(let database, let table, let columns, let tags):
            let target: TagTarget =
                columns.map { .columns(database: database, table: table, names: $0) }
                ?? .table(database: database, name: table)
            let pairs = tags.keys.sorted().map { TagKeyValues(key: $0, values: tags[$0] ?? []) }
            _ = try await governance.assignTags(pairs, to: target)
        case .deleteFilter(let database, let table, let name):
            // `not found` when already gone (a retried delete) is fine.
            try await governance.deleteFilter(database: database, table: table, name: name)
        case .grant(let principal, let database, let table, let filter, let permissions):
            let resource: LFResource
            if let table, let filter {
                resource = LFResource(
                    dataCellsFilter: LFDataCellsFilterId(
                        tableCatalogId: account, databaseName: database, tableName: table, name: filter))
            } else if let table {
                resource = LFResource(table: .init(databaseName: database, name: table))
            } else {
                resource = LFResource(database: .init(name: database))
            }
            // Granting what is held is a no-op in Lake Formation, so a retried grant converges.
            try await governance.lf.grantPermissions(
                LFPrincipalPermissions(
                    principal: LFPrincipal(principal), resource: resource, permissions: permissions,
                    permissionsWithGrantOption: []))
        case .grantTags(let principal, let expression, let permissions):
            // Checks the keys and values are defined, and grants only what is not held: a retry converges.
            let conditions = expression.keys.sorted().map { TagKeyValues(key: $0, values: expression[$0] ?? []) }
            _ = try await governance.grant(
                GrantRequest(
                    principal: principal,
                    target: .tags(resourceType: DesiredGrant.tagResourceType, expression: conditions),
                    permissions: permissions))
        case .revoke(let principal, let resource, let permissions):
            do {
                try await governance.lf.revokePermissions(
                    LFPrincipalPermissions(
                        principal: LFPrincipal(principal), resource: resource, permissions: permissions,
                        permissionsWithGrantOption: []))
            } catch let error as AWSError
                where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound)
                || error.hasCode(LakeFormationClient.ErrorCode.invalidInput)
            {
                // Revoking what is no longer held (a retried revoke): the grant is gone, as wanted.
                return
            }
        }
    }
}
