import AWSCore
import AWSServices

/// A Glue database. An existing database is used as it is (it may hold other teams' tables), so the
/// only change ever planned is its creation.
package struct GlueDatabaseResource: ResourceKind {
    package static let kind = "glue database"

    package struct Desired: Sendable, Equatable {
        package var name: String
        package var description: String?
        package var parameters: [String: String]

        package init(
            name: String, description: String? = "Created by lakectl",
            parameters: [String: String] = [Ownership.key: Ownership.value]
        ) {
            self.name = name
            self.description = description
            self.parameters = parameters
        }
    }

    package let glue: GlueClient

    package init(glue: GlueClient) {
        self.glue = glue
    }

    package func read(_ desired: Desired) async throws -> GlueDatabase? {
        do {
            return try await glue.getDatabase(desired.name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            return nil
        }
    }

    package static func diff(_ desired: Desired, _ live: GlueDatabase?) throws -> PlannedChange {
        guard live == nil else { return .noop(kind: kind, id: desired.name) }
        return PlannedChange(
            action: .create, kind: kind, id: desired.name,
            fields: desired.parameters.keys.sorted().map { FieldChange($0, old: nil, new: desired.parameters[$0]) })
    }

    package func apply(_ change: PlannedChange, desired: Desired, live: GlueDatabase?) async throws -> Change {
        guard change.action == .create else { return .unchanged }
        do {
            try await glue.createDatabase(
                GlueDatabaseInput(name: desired.name, description: desired.description, parameters: desired.parameters))
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.alreadyExists) {
            // A retried create that reached Glue (or a concurrent run): the database is there, as wanted.
            guard try await read(desired) != nil else { throw error }
        }
        return .created
    }
}
