import ArgumentParser
import Foundation
import LakeOrchestration

extension PolicyPurpose: ExpressibleByArgument {}

/// `--for`, `--bucket`, `--prefix`, `--kms-key`: what a generated policy is for and what it may touch.
/// Shared by `iam policy generate` and `iam policy create --for`.
struct PolicyTargetOptions: ParsableArguments {
    @Option(
        name: .customLong("for"),
        help: "What the policy is for: \(PolicyPurpose.allCases.map(\.rawValue).joined(separator: ", ")).")
    var purpose: PolicyPurpose?

    @Option(help: "The S3 bucket the role may use, or s3://bucket/prefix.")
    var bucket: String?

    @Option(help: "Limit object access to this key prefix (default: the whole bucket).")
    var prefix: String?

    @Option(
        name: .customLong("kms-key"),
        help: "The KMS key encrypting the data (ARN; an id or alias/NAME is looked up with KMS DescribeKey).")
    var kmsKey: String?

    /// Checks that `--for` comes with `--bucket`; returns nil when `--for` was not given.
    func validated() throws -> (purpose: PolicyPurpose, bucket: String)? {
        guard let purpose else {
            if bucket != nil || prefix != nil || kmsKey != nil {
                throw ValidationError("--bucket, --prefix and --kms-key go with --for")
            }
            return nil
        }
        guard let bucket, !bucket.isEmpty else { throw ValidationError("--for \(purpose.rawValue) needs --bucket") }
        return (purpose, bucket)
    }

    /// What to generate, or nil when `--for` was not given. Resolving a key id or alias to the ARN a policy
    /// needs is orchestration's job (`PolicyRequest.document`).
    func request() throws -> PolicyRequest? {
        guard let (purpose, bucket) = try validated() else { return nil }
        // `--bucket s3://bucket/prefix` is a bucket and a prefix, never a bucket name with "s3://" in it.
        let location = try S3Location.parse(bucket: bucket, prefix: prefix)
        return PolicyRequest(
            purpose: purpose, bucket: location.bucket, prefix: location.prefix.isEmpty ? nil : location.prefix,
            kmsKey: kmsKey)
    }
}

/// Reading policy documents from files for the IAM commands.
enum PolicyFile {
    static func read(_ path: String) throws -> PolicyDocument {
        let text: String
        do {
            text =
                path == "-"
                ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                : try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError.unreadableInput(what: path, reason: error.localizedDescription)
        }
        do {
            return try PolicyDocument(json: text)
        } catch {
            throw CLIError.invalidInput("\(path): \(error)")
        }
    }
}
