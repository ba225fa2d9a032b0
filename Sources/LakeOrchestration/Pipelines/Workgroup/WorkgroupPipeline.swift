import AWSCore
import AWSServices

/// `lakectl workgroup`: Athena workgroups as lakectl-managed resources (create is an idempotent ensure),
/// plus show, list and delete.
package struct WorkgroupPipeline: Sendable {
    let athena: AthenaClient

    package init(client: AWSClient) {
        athena = AthenaClient(client: client)
    }

    package init(session: LakeSession) {
        self.init(client: session.client)
    }

    /// Creates the workgroup, or updates the fields that differ; `unchanged` when it already matches.
    package func create(_ spec: WorkgroupSpec) async throws -> (workgroup: Workgroup, change: Change) {
        try spec.validate()
        let resource = WorkgroupResource(athena: athena)
        let change = try await resource.ensure(spec)
        return (Workgroup(try await athena.getWorkGroup(name: spec.name)), change)
    }

    package func show(_ name: String) async throws -> Workgroup {
        do {
            return Workgroup(try await athena.getWorkGroup(name: name))
        } catch let error as AWSError where error.code == AthenaClient.ErrorCode.invalidRequest {
            throw WorkgroupError.notFound(name)
        }
    }

    package func list() async throws -> [Workgroup] {
        try await athena.listWorkGroups().map(Workgroup.init).sorted { $0.name < $1.name }
    }

    /// Deletes the workgroup: `.updated(["deleted"])` when it existed, `.unchanged` when it was already gone.
    package func delete(_ name: String) async throws -> Change {
        guard try await WorkgroupResource(athena: athena).read(WorkgroupSpec(name: name)) != nil else {
            return .unchanged
        }
        try await athena.deleteWorkGroup(name: name)
        return .updated(["deleted"])
    }
}
