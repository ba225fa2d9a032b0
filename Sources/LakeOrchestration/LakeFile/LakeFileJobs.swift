import AWSServices
import AWSSigV4
import Foundation
import LakeConfig

/// `jobs:` as Glue job definitions, as `job deploy` makes them (`glueetl`, Python 3, the script uploaded to the
/// scripts location under its file name), with what the file adds: the timeout, bookmarks as Glue's
/// `--job-bookmark-option` argument, and the role `auto` means (`JobPipeline.roleName(job:)`). The script is read
/// from disk relative to the lake file at plan time; the plan carries its SHA-256 so apply uploads exactly the
/// bytes that were planned.
enum LakeFileJobs {
    static let kind = "glue job"
    static let bookmarkOption = "--job-bookmark-option"

    struct Desired: Sendable, Equatable {
        var name: String
        /// The script on disk, as apply reads it again.
        var scriptPath: String
        var script: [UInt8]
        var scriptLocation: S3Location
        var scriptKey: String
        /// The definition sent to CreateJob/UpdateJob, with the role's ARN.
        var job: GlueJob
        /// nil: the generated role.
        var role: String?

        var scriptURL: String { "s3://\(scriptLocation.bucket)/\(scriptKey)" }
        var digest: String { SHA256Digest.hex(script) }
    }

    static func desired(_ lake: LakeFile, account: String) throws -> [Desired] {
        var out: [Desired] = []
        var problems: [LakeFileProblem] = []
        let directory = URL(fileURLWithPath: lake.file).deletingLastPathComponent()
        for job in lake.jobs {
            let path =
                job.script.hasPrefix("/") ? job.script : directory.appendingPathComponent(job.script).standardized.path
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(
                    LakeFileProblem(
                        location: job.location, path: "jobs.\(job.name).script",
                        problem: "cannot read the script \(path)",
                        expected: "a file relative to the lake file (it is uploaded on apply)"))
                continue
            }
            let location = try S3Location.parse(bucket: lake.substitute(job.scriptsLocation, account: account))
            let fileName = URL(fileURLWithPath: job.script).lastPathComponent
            let key = location.prefix.isEmpty ? fileName : "\(location.prefix)/\(fileName)"
            let role: String?
            switch job.role {
            case .auto: role = nil
            case .arn(let arn): role = lake.substitute(arn, account: account)
            }
            var arguments = job.arguments.mapValues { lake.substitute($0, account: account) }
            if arguments[bookmarkOption] == nil {
                arguments[bookmarkOption] = job.bookmarks ? "job-bookmark-enable" : "job-bookmark-disable"
            }
            let definition = GlueJob(
                name: job.name,
                role: role ?? "arn:aws:iam::\(account):role/\(JobPipeline.roleName(job: job.name))",
                command: GlueJobCommand(
                    name: "glueetl", scriptLocation: "s3://\(location.bucket)/\(key)", pythonVersion: "3"),
                description: "Deployed by lakectl", defaultArguments: arguments, glueVersion: job.glueVersion,
                workerType: job.workerType, numberOfWorkers: job.workers,
                timeout: job.timeoutSeconds.map { ($0 + 59) / 60 })
            out.append(
                Desired(
                    name: job.name, scriptPath: path, script: [UInt8](data), scriptLocation: location, scriptKey: key,
                    job: definition, role: role))
        }
        if !problems.isEmpty { throw LakeFileProblems(problems) }
        return out
    }

    /// The plan line for one job: every field on create, the differing ones on update. The script is compared by
    /// content with the object at its location; a timeout the file leaves out is Glue's default and not compared.
    static func change(_ desired: Desired, live: GlueJob?, liveScript: [UInt8]?) -> PlannedChange {
        func arguments(_ values: [String: String]?) -> String? {
            guard let values, !values.isEmpty else { return nil }
            return values.keys.sorted().map { "\($0)=\(values[$0] ?? "")" }.joined(separator: " ")
        }
        func script(_ bytes: [UInt8]?) -> String? {
            bytes.map { "\($0.count) bytes, sha256 \(SHA256Digest.hex($0).prefix(12))" }
        }
        let want = desired.job
        var pairs: [(String, String?, String?)] = [
            ("script", script(liveScript), script(desired.script)),
            ("script location", live?.command?.scriptLocation, want.command?.scriptLocation),
            ("glue version", live?.glueVersion, want.glueVersion),
            ("worker type", live?.workerType, want.workerType),
            ("workers", live?.numberOfWorkers.map(String.init), want.numberOfWorkers.map(String.init)),
            ("arguments", arguments(live?.defaultArguments), arguments(want.defaultArguments)),
            ("role", live?.role, want.role),
        ]
        if let timeout = want.timeout {
            pairs.append(("timeout minutes", live?.timeout.map(String.init), String(timeout)))
        }
        guard let live else {
            let fields = pairs.filter { $0.2 != nil }.map { FieldChange($0.0, old: nil, new: $0.2) }
            return PlannedChange(action: .create, kind: kind, id: desired.name, fields: fields)
        }
        let differing = pairs.filter { $0.1 != $0.2 }.map { FieldChange($0.0, old: $0.1, new: $0.2) }
        if differing.isEmpty { return .noop(kind: kind, id: live.name ?? desired.name) }
        return PlannedChange(action: .update, kind: kind, id: desired.name, fields: differing)
    }

    /// The `s3://` places the job's arguments name (its sources and targets), in argument order.
    static func places(_ arguments: [String: String]) -> [S3Location] {
        arguments.keys.sorted().compactMap { key -> S3Location? in
            guard let value = arguments[key], value.hasPrefix("s3://") else { return nil }
            return try? S3Location.parse(bucket: value)
        }
    }

    /// The generated role's policy: `glue-job`'s document over the scripts location, read/write on every place
    /// the arguments name, and the buckets' default keys (`keyArns`), under numbered statement ids.
    static func policy(scripts: S3Location, arguments: [String: String], keyArns: [String]) -> PolicyDocument {
        var document = PolicyGenerator.forGlueJob(
            bucket: scripts.bucket, prefix: scripts.prefix.isEmpty ? nil : scripts.prefix)
        for (index, place) in places(arguments).enumerated() {
            let one = PolicyGenerator.forGlueJob(
                bucket: place.bucket, prefix: place.prefix.isEmpty ? nil : place.prefix)
            for var statement in one.statements where ["DataBucket", "DataObjects"].contains(statement.sid) {
                statement.sid = "\(statement.sid ?? "")\(index + 1)"
                document.statements.append(statement)
            }
        }
        for (index, key) in keyArns.enumerated() {
            document.statements.append(
                PolicyGenerator.kmsStatement(
                    sid: "DataKey\(index + 1)", keyArn: key, actions: PolicyGenerator.writeKeyActions))
        }
        return document
    }
}
