import AWSServices
import LakeConfig

/// `kms_keys:` as KMS keys found by their alias: created (symmetric, KMS's default policy delegating to IAM)
/// with the ownership tag, the file's tags and a `lakectl-alias` tag naming the alias, so an apply interrupted
/// between CreateKey and CreateAlias finds the key it made instead of making another. A key the file no longer
/// declares is only scheduled for deletion by `--prune` (`LakeFilePrune`).
enum LakeFileKeys {
    static let kind = "kms key"
    static let aliasTag = "lakectl-alias"

    struct Desired: Sendable, Equatable {
        var alias: String
        var description: String?
        var tags: [String: String]
    }

    static func desired(_ lake: LakeFile, account: String) -> [Desired] {
        var tags = lake.tags
        tags[Ownership.key] = Ownership.value
        return lake.kmsKeys.map { key in
            Desired(
                alias: lake.substitute(key.alias, account: account),
                description: key.description.map { lake.substitute($0, account: account) }, tags: tags)
        }
    }

    /// Create with the description, or update the description when the file declares a different one.
    static func change(_ desired: Desired, live: KeyMetadata?) -> PlannedChange {
        guard let live else {
            return PlannedChange(
                action: .create, kind: kind, id: desired.alias,
                fields: [FieldChange("description", old: nil, new: desired.description ?? "(none)")])
        }
        let liveDescription = live.description.flatMap { $0.isEmpty ? nil : $0 }
        guard let description = desired.description, description != liveDescription else {
            return .noop(kind: kind, id: desired.alias)
        }
        return PlannedChange(
            action: .update, kind: kind, id: desired.alias,
            fields: [FieldChange("description", old: liveDescription, new: description)])
    }
}
