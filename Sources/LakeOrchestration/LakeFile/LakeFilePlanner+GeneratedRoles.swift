import AWSCore
import AWSServices
import LakeConfig

/// The roles lakectl generated (`role: auto`) for the crawlers, jobs and streams `--prune` deletes: without this,
/// pruning a crawler would leave its role and policy behind, granting read access to paths nothing uses any more.
/// A role is taken when the pruned resource uses it, it has lakectl's generated name for that resource and
/// lakectl's mark, and no resource the file declares names it as its `role:`. Each is deleted just before the
/// resource that uses it (its policies first, the role last): until the role is gone the resource still names it,
/// so a re-run after a failed apply finds what is left through the resource, with no listing of every role.
extension LakeFilePlanner {
    func generatedRoles(of orphans: [LakeFilePrune.Orphan], _ lake: LakeFile, account: String) async throws
        -> [LakeFilePrune.Orphan]
    {
        let declared = Set(
            (lake.crawlers.map(\.role) + lake.jobs.map(\.role) + lake.streams.map(\.role)).compactMap { choice in
                if case .arn(let arn) = choice { Self.roleName(arn) } else { nil }
            })
        let glue = GlueClient(client: client)
        let iam = IAMClient(client: client)
        var out: [LakeFilePrune.Orphan] = []
        for orphan in orphans {
            let generated: String
            let used: String?
            switch orphan.target {
            case .crawler(let name):
                generated = CrawlPipeline.roleName(crawler: name)
                used = try await Self.absentAsNil { try await glue.getCrawler(name).role }
            case .job(let name):
                generated = JobPipeline.roleName(job: name)
                used = try await Self.absentAsNil { try await glue.getJob(name).role }
            case .stream(let name):
                generated = StreamPipeline.roleName(stream: name)
                used = try await Self.absentAsNil {
                    try await FirehoseClient(client: client).describeDeliveryStream(name: name).s3Destination?.roleARN
                }
            default:
                continue
            }
            guard let used, Self.roleName(used) == generated, !declared.contains(generated) else { continue }
            let role: Role
            do {
                role = try await iam.getRole(name: generated)
            } catch let error as AWSError where error.hasCode(IAMClient.ErrorCode.noSuchEntity) {
                continue
            }
            guard role.tags.contains(.managedByLakectl) else { continue }
            out.append(
                .init(
                    kind: LakeFileRolePolicyDiff.kind, id: generated,
                    target: .generatedRole(name: generated, policyArn: "arn:aws:iam::\(account):policy/\(generated)"),
                    field: FieldChange("generated for", old: "\(orphan.kind) \(orphan.id)", new: nil)))
        }
        return out
    }

    /// A role's name from its ARN (`arn:aws:iam::ACCOUNT:role/PATH/NAME`) or a bare name, as Glue accepts both.
    private static func roleName(_ arnOrName: String) -> String {
        String(arnOrName.split(separator: "/").last ?? Substring(arnOrName))
    }

    /// nil when the resource is gone (a Glue or Firehose not-found).
    private static func absentAsNil(_ read: () async throws -> String?) async throws -> String? {
        do {
            return try await read()
        } catch let error as AWSError
            where error.hasCode(GlueClient.ErrorCode.entityNotFound)
            || error.hasCode(FirehoseClient.ErrorCode.resourceNotFound)
        {
            return nil
        }
    }
}
