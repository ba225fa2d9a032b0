import AWSCore
import AWSServices

extension LakeFileApplier {
    /// Ensures a key behind `alias`. CreateKey has no idempotency token, so every key made for the alias is tagged
    /// `lakectl-alias`; once one is made, the oldest such key without an alias is kept and the others (a CreateKey
    /// retried after its reply was lost, or an earlier apply stopped before its alias) are scheduled for deletion
    /// before the alias is made. Until the alias exists the plan shows the key as to create, so a failure anywhere
    /// here is finished by the next apply, and one usable key is left.
    func ensureKey(alias: String, description: String?, tags: [String: String]) async throws {
        let kms = KMSClient(client: client)
        if let live = try await aliasedKey(alias, kms) {
            if let description, live.description != description {
                try await kms.updateKeyDescription(live.keyId, description)
            }
            return
        }
        var all = tags.keys.sorted().map { KMSTag($0, tags[$0] ?? "") }
        all.append(KMSTag(LakeFileKeys.aliasTag, alias))
        _ = try await kms.createKey(description: description, tags: all)
        let made = try await keysMade(for: alias, kms)
        guard let kept = made.first else { throw LakeFileError.keyNotFound(alias: alias) }
        for extra in made.dropFirst() {
            do {
                _ = try await kms.scheduleKeyDeletion(extra, pendingWindowInDays: 7)
            } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.invalidState) {
                continue  // a retried schedule that went through: already pending deletion
            }
        }
        do {
            try await kms.createAlias(alias, targetKeyId: kept)
        } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.alreadyExists) {
            // A retried CreateAlias that went through.
        }
    }

    private func aliasedKey(_ alias: String, _ kms: KMSClient) async throws -> KeyMetadata? {
        do {
            return try await kms.describeKey(alias)
        } catch let error as AWSError where error.hasCode(KMSClient.ErrorCode.notFound) {
            return nil
        }
    }

    /// The usable keys lakectl made for `alias` (tagged so) that no alias points at yet, oldest first (then by id,
    /// so every run keeps the same one). Keys with an alias are skipped unread; a key whose tags cannot be read now
    /// is skipped too (a retried apply reads it again), so one unreadable key never blocks the lake's keys.
    private func keysMade(for alias: String, _ kms: KMSClient) async throws -> [String] {
        let aliased = Set(try await kms.allAliases().compactMap(\.targetKeyId))
        var out: [KeyMetadata] = []
        for id in try await kms.allKeyIds() where !aliased.contains(id) {
            guard let tags = try? await kms.keyTags(id),
                tags.contains(KMSTag(LakeFileKeys.aliasTag, alias)), tags.contains(.managedByLakectl)
            else { continue }
            let key = try await kms.describeKey(id)
            if key.keyState == "Enabled" { out.append(key) }
        }
        return out.sorted {
            ($0.creationDate ?? .distantPast, $0.keyId) < ($1.creationDate ?? .distantPast, $1.keyId)
        }.map(\.keyId)
    }
}
