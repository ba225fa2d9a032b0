import AWSCore
import AWSServices
import AWSSigV4
import Foundation

extension LakeFileApplier {
    /// Uploads the script (only when the object differs), ensures the job's role (for `role: auto`: the generated
    /// policy over the scripts location, the places its arguments name and their buckets' keys), then creates the job
    /// or replaces its definition with the file's (UpdateJob). The script is read again and must still be the bytes
    /// that were planned. Each part finds what a retried call already made, so re-running apply converges.
    func ensureJob(_ job: GlueJob, script path: String, digest: String, role: String?, tags: [String: String])
        async throws
    {
        let name = job.name ?? ""
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LakeFileError.scriptChanged(job: name, path: path, reason: "it cannot be read any more")
        }
        let bytes = [UInt8](data)
        guard SHA256Digest.hex(bytes) == digest else {
            throw LakeFileError.scriptChanged(job: name, path: path, reason: "it changed since the plan was made")
        }
        let url = try S3Location.parse(bucket: job.command?.scriptLocation ?? "")
        let pipeline = JobPipeline(client: client)
        _ = try await pipeline.ensureScript(bucket: url.bucket, key: url.prefix, bytes: bytes)
        if role == nil {
            let iam = IAMResources(iam: IAMClient(client: client)).tagged(tags)
            let roleName = JobPipeline.roleName(job: name)
            let policy = try await iam.ensureManagedPolicy(
                name: roleName, document: try await LakeFileGeneratedPolicies(client: client).job(job).document,
                description: "Glue job \(name) (lakectl)")
            _ = try await iam.ensureRole(
                name: roleName, trust: TrustPolicy.service(PolicyPurpose.glueJob.servicePrincipal ?? ""),
                attach: [policy.arn], description: "Glue job role for \(name) (lakectl)")
        }
        let glue = GlueClient(client: client)
        do {
            _ = try await glue.getJob(name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            do {
                try await glue.createJob(
                    job, tags: tags.merging([Ownership.key: Ownership.value]) { _, owned in owned })
                return
            } catch let error as AWSError
                where error.hasCode(GlueClient.ErrorCode.alreadyExists)
                || error.code == "IdempotentParameterMismatchException"
            {
                // A retried create that reached Glue: replaced below with the same definition.
            }
        }
        try await glue.updateJob(name, job)
    }
}
