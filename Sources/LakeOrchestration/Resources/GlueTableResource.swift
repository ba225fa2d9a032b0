import AWSCore
import AWSServices

/// A Glue table lakectl writes (one per exported table). Only tables carrying `managed-by: lakectl`
/// in their Parameters are updated; another table with the same name stops the plan before anything
/// is written, unless the caller adopts it. An update keeps the live table's other parameters.
package struct GlueTableResource: ResourceKind {
    package static let kind = "glue table"

    package struct Desired: Sendable, Equatable {
        package var database: String
        package var input: GlueTableInput
        /// Take over a table lakectl did not create (`--adopt`).
        package var adopt: Bool

        package init(database: String, input: GlueTableInput, adopt: Bool = false) {
            self.database = database
            self.input = input
            self.adopt = adopt
        }

        var id: String { "\(database).\(input.name)" }
    }

    package let glue: GlueClient

    package init(glue: GlueClient) {
        self.glue = glue
    }

    package func read(_ desired: Desired) async throws -> GlueTable? {
        do {
            return try await glue.getTable(database: desired.database, name: desired.input.name)
        } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.entityNotFound) {
            return nil
        }
    }

    package static func diff(_ desired: Desired, _ live: GlueTable?) throws -> PlannedChange {
        let want = desired.input.storageDescriptor
        guard let live else {
            return PlannedChange(
                action: .create, kind: kind, id: desired.id,
                fields: [
                    FieldChange("columns", old: nil, new: columnsText(want?.columns)),
                    FieldChange("location", old: nil, new: want?.location),
                    FieldChange("format", old: nil, new: want?.serdeInfo?.serializationLibrary),
                ])
        }
        let owned = Ownership.isOwned(live.parameters)
        if !owned && !desired.adopt {
            throw ResourceError.tableNotOwned(
                database: desired.database, table: live.name, managedBy: live.parameters?[Ownership.key])
        }
        var fields: [FieldChange] = []
        let have = live.storageDescriptor
        if have?.columns ?? [] != want?.columns ?? [] {
            fields.append(FieldChange("columns", old: columnsText(have?.columns), new: columnsText(want?.columns)))
        }
        if have?.location != want?.location {
            fields.append(FieldChange("location", old: have?.location, new: want?.location))
        }
        if have?.inputFormat != want?.inputFormat
            || have?.serdeInfo?.serializationLibrary != want?.serdeInfo?.serializationLibrary
        {
            fields.append(
                FieldChange(
                    "format", old: have?.serdeInfo?.serializationLibrary ?? have?.inputFormat,
                    new: want?.serdeInfo?.serializationLibrary))
        }
        if !owned {
            fields.append(FieldChange(Ownership.key, old: live.parameters?[Ownership.key], new: Ownership.value))
        }
        return fields.isEmpty
            ? .noop(kind: kind, id: desired.id)
            : PlannedChange(action: .update, kind: kind, id: desired.id, fields: fields)
    }

    package func apply(_ change: PlannedChange, desired: Desired, live: GlueTable?) async throws -> Change {
        switch change.action {
        case .noop, .delete:
            return .unchanged
        case .create:
            do {
                try await glue.createTable(database: desired.database, desired.input)
                return .created
            } catch let error as AWSError where error.hasCode(GlueClient.ErrorCode.alreadyExists) {
                // A retried create that reached Glue, or a table made meanwhile: compare, as a re-run would.
                guard let found = try await read(desired) else { throw error }
                let again = try Self.diff(desired, found)
                _ = try await apply(again, desired: desired, live: found)
                return .created
            }
        case .update:
            var input = desired.input
            // UpdateTable replaces the whole definition: keep parameters someone else added.
            input.parameters = (live?.parameters ?? [:]).merging(desired.input.parameters ?? [:]) { _, new in new }
            try await glue.updateTable(database: desired.database, input)
            return change.change
        }
    }

    static func columnsText(_ columns: [GlueColumn]?) -> String {
        (columns ?? []).map { "\($0.name) \($0.type ?? "?")" }.joined(separator: ", ")
    }
}
