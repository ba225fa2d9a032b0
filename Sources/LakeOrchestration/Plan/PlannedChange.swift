/// One resource's entry in a `Plan`: what would be done to it and which fields differ. Values are
/// display strings (a policy as canonical JSON, columns as `name type` lists) so a plan can be shown,
/// saved as JSON and compared later without the AWS shapes that produced it.
package struct PlannedChange: Sendable, Equatable, Codable {
    package enum Action: String, Sendable, Equatable, Codable {
        case create
        case update
        case delete
        /// The live resource already matches the desired state.
        case noop
    }

    package var action: Action
    /// The resource kind's name: "iam policy", "iam role", "kms key grant", "glue database"...
    package var kind: String
    /// The resource's name or ARN as people know it.
    package var id: String
    /// The fields that differ (empty for `noop`; for `create` the fields being set).
    package var fields: [FieldChange]

    package init(action: Action, kind: String, id: String, fields: [FieldChange] = []) {
        self.action = action
        self.kind = kind
        self.id = id
        self.fields = fields
    }

    /// A `noop` entry: the resource exists and matches.
    package static func noop(kind: String, id: String) -> PlannedChange {
        PlannedChange(action: .noop, kind: kind, id: id)
    }

    /// The outcome this change reports once applied, in the words `ingest snapshot` has always used.
    package var change: Change {
        switch action {
        case .create: return .created
        case .update: return .updated(fields.map(\.field))
        case .delete: return .updated(["deleted"])
        case .noop: return .unchanged
        }
    }
}
