import AWSCore
import AWSServices

/// Drift of the roles lakectl generated for the file's crawlers, jobs and streams (`role: auto`): each one's managed
/// policy (named as its role) compared with what apply would write now, shown as `~ iam role NAME` with the
/// statements that differ, and written back by `.putManagedPolicy`. Only for a crawler, job or stream that exists:
/// creating one makes its role and policy in the same step.
extension LakeFilePlanner {
    func planRolePolicy(
        role: String, account: String, into out: inout LakeFilePlan, desired: () async throws -> PolicyDocument
    ) async throws {
        let document: PolicyDocument
        do {
            document = try await desired()
        } catch let error as AWSError where error.hasCode(S3Client.ErrorCode.noSuchBucket) {
            return  // its bucket is made earlier in this plan: the next plan compares the policy
        }
        let iam = IAMResources(iam: IAMClient(client: client))
        var liveDocument: PolicyDocument?
        // By ARN (the policy is made at the root path under the role's name): one GetPolicy, not a listing.
        if let live = try await iam.findPolicy("arn:aws:iam::\(account):policy/\(role)") {
            liveDocument = try await iam.defaultDocument(of: live)
        }
        guard let change = LakeFileRolePolicyDiff.change(role: role, desired: document, live: liveDocument) else {
            return
        }
        out.add(change, .putManagedPolicy(name: role, document: document.canonicalJSON(pretty: false)))
    }
}
