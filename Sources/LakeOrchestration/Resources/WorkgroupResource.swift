import AWSCore
import AWSServices

/// An Athena workgroup. Created when missing; updated in place (UpdateWorkGroup) when its output location,
/// scan cutoff, enforcement or description differ; `unchanged` when it matches, so a re-run writes nothing.
package struct WorkgroupResource: ResourceKind {
    package static let kind = "athena workgroup"

    package let athena: AthenaClient

    package init(athena: AthenaClient) {
        self.athena = athena
    }

    package func read(_ desired: WorkgroupSpec) async throws -> AthenaWorkGroup? {
        do {
            return try await athena.getWorkGroup(name: desired.name)
        } catch let error as AWSError where error.code == AthenaClient.ErrorCode.invalidRequest {
            return nil
        }
    }

    /// The fields that differ, as display strings (every field on create).
    static func fields(_ desired: WorkgroupSpec, _ live: AthenaWorkGroup?) -> [FieldChange] {
        let pairs: [(String, String?, String?)] = [
            ("output location", live?.outputLocation, desired.outputLocation),
            (
                "bytes scanned cutoff", live?.bytesScannedCutoffPerQuery.map(String.init),
                desired.bytesScannedCutoff.map(String.init)
            ),
            (
                "enforce configuration", live.map { String($0.enforceWorkGroupConfiguration ?? false) },
                String(desired.enforce)
            ),
            ("description", live?.description.flatMap { $0.isEmpty ? nil : $0 }, desired.description),
        ]
        return pairs.filter { live == nil || $0.1 != $0.2 }.map { FieldChange($0.0, old: $0.1, new: $0.2) }
    }

    package static func diff(_ desired: WorkgroupSpec, _ live: AthenaWorkGroup?) throws -> PlannedChange {
        guard let live else {
            return PlannedChange(action: .create, kind: kind, id: desired.name, fields: fields(desired, nil))
        }
        let differing = fields(desired, live)
        if differing.isEmpty { return .noop(kind: kind, id: desired.name) }
        return PlannedChange(action: .update, kind: kind, id: desired.name, fields: differing)
    }

    package func apply(_ change: PlannedChange, desired: WorkgroupSpec, live: AthenaWorkGroup?) async throws -> Change {
        let settings = AthenaWorkGroupSettings(
            outputLocation: desired.outputLocation, bytesScannedCutoffPerQuery: desired.bytesScannedCutoff,
            enforceWorkGroupConfiguration: desired.enforce)
        switch change.action {
        case .noop, .delete:
            return .unchanged
        case .update:
            try await athena.updateWorkGroup(name: desired.name, description: desired.description, settings: settings)
            return change.change
        case .create:
            do {
                try await athena.createWorkGroup(
                    name: desired.name, description: desired.description, settings: settings,
                    tags: desired.tags.merging([Ownership.key: Ownership.value]) { _, owned in owned })
                return .created
            } catch let error as AWSError where error.code == AthenaClient.ErrorCode.invalidRequest {
                // A retried create whose first attempt reached Athena: compare as a re-run would.
                guard let found = try await read(desired) else { throw error }
                let again = try Self.diff(desired, found)
                if again.action == .noop { return .created }
                try await athena.updateWorkGroup(
                    name: desired.name, description: desired.description, settings: settings)
                return .created
            }
        }
    }
}
