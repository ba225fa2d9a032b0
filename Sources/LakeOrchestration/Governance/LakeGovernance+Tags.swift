import AWSCore
import AWSServices

extension LakeGovernance {
    /// `lakectl tag create KEY --values …`: defines the key with exactly these values. Answers `created`,
    /// `updated` (values added or removed to match) or `unchanged`.
    package func createTag(_ tag: TagKeyValues) async throws -> String {
        guard let existing = try await definedTag(tag.key) else {
            do {
                try await lf.createLFTag(key: tag.key, values: tag.values)
            } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.alreadyExists) {
                // A retried create whose first attempt went through: compare with what is there now.
                return try await createTag(tag) == "unchanged" ? "created" : "updated"
            }
            return "created"
        }
        let adding = tag.values.filter { !existing.values.contains($0) }
        let removing = existing.values.filter { !tag.values.contains($0) }
        if adding.isEmpty, removing.isEmpty { return "unchanged" }
        try await lf.updateLFTag(key: tag.key, adding: adding, removing: removing)
        return "updated"
    }

    /// `lakectl tag delete KEY`: `deleted`, or `not found` (nothing sent) when no such key is defined.
    package func deleteTag(key: String) async throws -> String {
        guard try await definedTag(key) != nil else { return "not found" }
        do {
            try await lf.deleteLFTag(key: key)
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            // A retried delete whose first attempt went through: gone, as wanted.
        }
        return "deleted"
    }

    /// Every defined LF-tag with its values, sorted by key.
    package func tags() async throws -> [TagKeyValues] {
        try await lf.listLFTagsPages().collect().flatMap(\.items)
            .map { TagKeyValues(key: $0.tagKey, values: $0.tagValues) }.sorted()
    }

    /// `lakectl tag assign`: sets each `KEY=V` on the target (one value per key; a different value replaces the
    /// old one). The keys and values are checked against the definitions first. Answers `assigned` or
    /// `unchanged` when every resource already carries every tag.
    package func assignTags(_ tags: [TagKeyValues], to target: TagTarget) async throws -> String {
        try await checkAssignable(tags)
        let held = Set(try await tagAssignments(target))
        let wanted = target.names.flatMap { name in
            tags.map { TagAssignment(resource: name, key: $0.key, value: $0.values[0]) }
        }
        if wanted.allSatisfy(held.contains) { return "unchanged" }
        let pairs = tags.map { LFTagPair(tagKey: $0.key, tagValues: $0.values) }
        let failures = try await lf.addLFTagsToResource(resource(target), tags: pairs)
        if !failures.isEmpty {
            throw GovernanceError.partialFailure(
                failures.map {
                    "\($0.tag.map { "\($0.tagKey)=\($0.tagValues.joined(separator: ","))" } ?? "?"): "
                        + "\($0.errorMessage ?? $0.errorCode ?? "refused")"
                })
        }
        return "assigned"
    }

    /// `lakectl tag unassign`: removes the `KEY=V` tags the target carries; `not assigned` (nothing sent) when it
    /// carries none of them.
    package func unassignTags(_ tags: [TagKeyValues], from target: TagTarget) async throws -> String {
        let held = try await tagAssignments(target)
        let present = tags.filter { tag in held.contains { $0.key == tag.key && tag.values.contains($0.value) } }
        if present.isEmpty { return "not assigned" }
        let pairs = present.flatMap { tag in
            tag.values.filter { value in held.contains { $0.key == tag.key && $0.value == value } }
                .map { LFTagPair(tagKey: tag.key, tagValues: [$0]) }
        }
        let failures = try await lf.removeLFTagsFromResource(resource(target), tags: pairs)
        if !failures.isEmpty {
            throw GovernanceError.partialFailure(failures.map { $0.errorMessage ?? $0.errorCode ?? "refused" })
        }
        return "unassigned"
    }

    /// The tags assigned to the target (for a table, the table's own; for columns, each named column's).
    package func tagAssignments(_ target: TagTarget) async throws -> [TagAssignment] {
        let answer = try await lf.getResourceLFTags(resource(target))
        func rows(_ name: String, _ pairs: [LFTagPair]) -> [TagAssignment] {
            pairs.flatMap { pair in pair.tagValues.map { TagAssignment(resource: name, key: pair.tagKey, value: $0) } }
        }
        switch target {
        case .database(let d): return rows(d, answer.database).sorted()
        case .table(let d, let t): return rows("\(d).\(t)", answer.table).sorted()
        case .columns(let d, let t, _):
            return answer.columns.flatMap { rows("\(d).\(t).\($0.name)", $0.tags) }.sorted()
        }
    }

    /// Each key is defined and each value is one of its values, one value per key: said before anything is sent.
    func checkAssignable(_ tags: [TagKeyValues]) async throws {
        for tag in tags {
            if tag.values.count != 1 {
                throw GovernanceError.invalidRequest(
                    "a resource carries one value per tag key; \(tag) names \(tag.values.count)")
            }
            guard let defined = try await definedTag(tag.key) else {
                throw GovernanceError.tagNotFound(tag.key)
            }
            if let value = tag.values.first(where: { !defined.values.contains($0) }) {
                throw GovernanceError.tagValueNotAllowed(key: tag.key, value: value, allowed: defined.values)
            }
        }
    }

    /// The tag key's definition, or nil when it is not defined.
    func definedTag(_ key: String) async throws -> TagKeyValues? {
        do {
            let tag = try await lf.getLFTag(key: key)
            return TagKeyValues(key: tag.tagKey, values: tag.tagValues)
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            return nil
        }
    }

    func resource(_ target: TagTarget) -> LFResource {
        switch target {
        case .database(let d): return LFResource(database: .init(name: d))
        case .table(let d, let t): return LFResource(table: .init(databaseName: d, name: t))
        case .columns(let d, let t, let names):
            return LFResource(tableWithColumns: .init(databaseName: d, name: t, columnNames: names))
        }
    }
}

extension LakeGovernance {
    /// Every key of a grant's tag expression is defined and every value is one of its values: a grant on a
    /// misspelt tag would match nothing, silently.
    func checkExpression(_ expression: [TagKeyValues]) async throws {
        for condition in expression {
            guard let defined = try await definedTag(condition.key) else {
                throw GovernanceError.tagNotFound(condition.key)
            }
            if let value = condition.values.first(where: { !defined.values.contains($0) }) {
                throw GovernanceError.tagValueNotAllowed(key: condition.key, value: value, allowed: defined.values)
            }
        }
    }
}
