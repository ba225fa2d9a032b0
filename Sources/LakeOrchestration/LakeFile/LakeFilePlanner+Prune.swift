import AWSCore
import AWSServices
import LakeConfig

/// The live resources lakectl made for this file that it no longer declares (`LakeFilePrune` says which are the
/// file's and what the plan does with them), read kind by kind, dependants first: the order the deletes run in.
extension LakeFilePlanner {
    func planPrune(_ lake: LakeFile, account: String, into out: inout LakeFilePlan) async throws {
        let tagged = try await tagged(lake)
        var orphans = try await wholeOrphans(
            tagged, kind: WorkgroupResource.kind, declared: lake.workgroups.map(\.name), target: { .workgroup($0) },
            exists: { try await WorkgroupResource(athena: AthenaClient(client: client)).read(.init(name: $0)) != nil })
        orphans += try await wholeOrphans(
            tagged, kind: DeliveryStreamResource.kind, declared: lake.streams.map(\.name), target: { .stream($0) },
            exists: { name in
                do {
                    _ = try await FirehoseClient(client: client).describeDeliveryStream(name: name)
                    return true
                } catch let error as AWSError where error.hasCode(FirehoseClient.ErrorCode.resourceNotFound) {
                    return false
                }
            })
        let glue = GlueClient(client: client)
        orphans += try await wholeOrphans(
            tagged, kind: LakeFileJobs.kind, declared: lake.jobs.map(\.name), target: { .job($0) },
            exists: { name in try await Self.glueExists { _ = try await glue.getJob(name) } })
        orphans += try await wholeOrphans(
            tagged, kind: LakeFileCrawlers.kind, declared: lake.crawlers.map(\.name), target: { .crawler($0) },
            exists: { name in try await Self.glueExists { _ = try await glue.getCrawler(name) } })
        orphans = try await generatedRoles(of: orphans, lake, account: account) + orphans
        orphans += try await orphanTagAssignments(lake)
        orphans += try await orphanDatabases(lake)
        orphans += try await orphanBuckets(lake, tagged, account: account)
        orphans += try await orphanKeys(lake, tagged, account: account)
        let (changes, warnings) = LakeFilePrune.changes(orphans, prune: out.prune)
        out.warnings += warnings
        for (change, step) in changes { out.add(change, step) }
    }

    private func owned(_ tags: [String: String], _ lake: LakeFile) -> Bool {
        LakeFilePrune.owns(tags, fileTags: lake.tags)
    }

    private static var marked: FieldChange {
        FieldChange(Ownership.key, old: Ownership.value, new: nil)
    }

    /// The buckets, keys, crawlers, jobs, streams and workgroups carrying lakectl's mark and the file's tags, by
    /// kind and name, found with one Resource Groups Tagging API listing (a resource's tags are not read one by
    /// one), each with its tags checked again here.
    private func tagged(_ lake: LakeFile) async throws -> [String: [(name: String, arn: String)]] {
        var wanted = lake.tags
        wanted[Ownership.key] = Ownership.value
        let found = try await TaggingClient(client: client).resources(
            tagged: wanted, types: ["s3", "kms", "glue:crawler", "glue:job", "firehose", "athena"])
        var out: [String: [(name: String, arn: String)]] = [:]
        for resource in found where owned(resource.tags, lake) {
            let parts = resource.arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6 else { continue }
            let (service, path) = (parts[2], parts[5])
            let kind: String
            let name: Substring
            switch service {
            case "s3" where !path.contains("/"):
                (kind, name) = (LakeFileBuckets.kind, path)
            case "kms" where path.hasPrefix("key/"):
                (kind, name) = (LakeFileKeys.kind, path.dropFirst(4))
            case "glue" where path.hasPrefix("crawler/"):
                (kind, name) = (LakeFileCrawlers.kind, path.dropFirst(8))
            case "glue" where path.hasPrefix("job/"):
                (kind, name) = (LakeFileJobs.kind, path.dropFirst(4))
            case "firehose" where path.hasPrefix("deliverystream/"):
                (kind, name) = (DeliveryStreamResource.kind, path.dropFirst(15))
            case "athena" where path.hasPrefix("workgroup/"):
                (kind, name) = (WorkgroupResource.kind, path.dropFirst(10))
            default:
                continue
            }
            out[kind, default: []].append((String(name), resource.arn))
        }
        return out.mapValues { $0.sorted { $0.name < $1.name } }
    }

    /// Workgroups, streams, jobs and crawlers: deleted whole. Each is looked up first: the tagging API may still
    /// list a resource deleted moments ago (its index is eventually consistent; moto keeps Glue's tags after a
    /// delete), and a plan must not delete what is gone.
    private func wholeOrphans(
        _ tagged: [String: [(name: String, arn: String)]], kind: String, declared: [String],
        target: (String) -> LakeFilePruneTarget, exists: (String) async throws -> Bool
    ) async throws -> [LakeFilePrune.Orphan] {
        let declared = Set(declared)
        var out: [LakeFilePrune.Orphan] = []
        for name in (tagged[kind] ?? []).map(\.name) where !declared.contains(name) {
            guard try await exists(name) else { continue }
            out.append(.init(kind: kind, id: name, target: target(name), field: Self.marked))
        }
        return out
    }

    private static func glueExists(_ read: () async throws -> Void) async throws -> Bool {
        do {
            try await read()
            return true
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            return false
        }
    }

    /// Tags of the file's LF-tag keys on the tables (and their columns) of the databases it declares, that no
    /// `tag_assignments` entry asks for.
    private func orphanTagAssignments(_ lake: LakeFile) async throws -> [LakeFilePrune.Orphan] {
        let keys = Set(lake.lakeFormation.tags.map(\.key))
        guard !keys.isEmpty else { return [] }
        var wanted = Set<TagAssignment>()
        for assignment in lake.lakeFormation.tagAssignments {
            let base = "\(assignment.table.database).\(assignment.table.table)"
            let names = assignment.columns.map { $0.map { "\(base).\($0)" } } ?? [base]
            for name in names {
                for (key, values) in assignment.tags {
                    for value in values { wanted.insert(TagAssignment(resource: name, key: key, value: value)) }
                }
            }
        }
        let glue = GlueClient(client: client)
        var out: [LakeFilePrune.Orphan] = []
        for database in lake.databases.map(\.name).sorted() {
            let tables: [GlueTable]
            do {
                tables = try await glue.allTables(database: database)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                continue  // made by this plan
            }
            for table in tables.sorted(by: { $0.name < $1.name }) {
                var held = try await governance.tagAssignments(.table(database: database, name: table.name))
                let columns =
                    (table.storageDescriptor?.columns ?? []).map(\.name) + (table.partitionKeys ?? []).map(\.name)
                if !columns.isEmpty {
                    held += try await governance.tagAssignments(
                        .columns(database: database, table: table.name, names: columns))
                }
                for tag in Set(held).sorted() where keys.contains(tag.key) && !wanted.contains(tag) {
                    let prefix = "\(database).\(table.name)"
                    let column =
                        tag.resource.count > prefix.count ? String(tag.resource.dropFirst(prefix.count + 1)) : nil
                    out.append(
                        .init(
                            kind: LakeFileTagDiff.assignmentKind, id: "\(tag.resource) \(tag.key)=\(tag.value)",
                            target: .tagAssignment(
                                database: database, table: table.name, column: column, key: tag.key, value: tag.value),
                            field: FieldChange("tags", old: "\(tag.key)=\(tag.value)", new: nil)))
                }
            }
        }
        return out
    }

    private func orphanDatabases(_ lake: LakeFile) async throws -> [LakeFilePrune.Orphan] {
        let glue = GlueClient(client: client)
        let declared = Set(lake.databases.map(\.name))
        var out: [LakeFilePrune.Orphan] = []
        for database in try await glue.allDatabases().sorted(by: { $0.name < $1.name })
        where !declared.contains(database.name) && owned(database.parameters ?? [:], lake) {
            let tables: [GlueTable]
            do {
                tables = try await glue.allTables(database: database.name)
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
                continue
            }
            out.append(
                .init(
                    kind: GlueDatabaseResource.kind, id: database.name, target: .database(database.name),
                    field: Self.marked,
                    blocked: tables.isEmpty
                        ? nil : "it holds \(tables.count) table(s) (DeleteDatabase would delete them; drop them first)")
            )
        }
        return out
    }

    private func orphanBuckets(_ lake: LakeFile, _ tagged: [String: [(name: String, arn: String)]], account: String)
        async throws -> [LakeFilePrune.Orphan]
    {
        let s3 = S3Client(client: client)
        let declared = Set(LakeFileBuckets.desired(lake, account: account).map(\.name))
        var out: [LakeFilePrune.Orphan] = []
        for bucket in (tagged[LakeFileBuckets.kind] ?? []).map(\.name) where !declared.contains(bucket) {
            let objects: [S3Object]
            do {
                objects = try await s3.listObjectsV2(bucket: bucket, maxKeys: 1).objects
            } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.noSuchBucket) {
                continue
            }
            out.append(
                .init(
                    kind: LakeFileBuckets.kind, id: bucket, target: .bucket(bucket), field: Self.marked,
                    blocked: objects.isEmpty ? nil : "it still holds objects (empty it first)"))
        }
        return out
    }

    /// Keys marked as the file's behind no alias the file declares, not already pending deletion. A key lakectl
    /// made for a declared alias that lost the race to its alias is `ensureKey`'s to clean up, not prune's.
    private func orphanKeys(_ lake: LakeFile, _ tagged: [String: [(name: String, arn: String)]], account: String)
        async throws -> [LakeFilePrune.Orphan]
    {
        let candidates = (tagged[LakeFileKeys.kind] ?? []).map(\.name)
        guard !candidates.isEmpty else { return [] }
        let kms = KMSClient(client: client)
        let declared = Set(LakeFileKeys.desired(lake, account: account).map(\.alias))
        let aliases = Dictionary(grouping: try await kms.allAliases().filter { $0.targetKeyId != nil }) {
            $0.targetKeyId ?? ""
        }
        var out: [LakeFilePrune.Orphan] = []
        for id in candidates {
            let names = (aliases[id] ?? []).map(\.aliasName).sorted()
            guard !names.contains(where: declared.contains) else { continue }
            let tags = Dictionary(try await kms.keyTags(id).map { ($0.tagKey, $0.tagValue) }) { a, _ in a }
            if let alias = tags[LakeFileKeys.aliasTag], declared.contains(alias) { continue }
            let state = try await kms.describeKey(id).keyState
            guard state == "Enabled" || state == "Disabled" else { continue }
            out.append(
                .init(
                    kind: LakeFileKeys.kind, id: names.first ?? tags[LakeFileKeys.aliasTag] ?? id,
                    target: .key(keyId: id, aliases: names),
                    field: FieldChange("key", old: id, new: "deletion scheduled in 7 days")))
        }
        return out
    }
}
