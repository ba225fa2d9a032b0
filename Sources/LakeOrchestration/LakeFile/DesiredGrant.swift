/// One grant the lake file asks for, in lakectl's normal form (`GrantedResource`), with what `apply` needs
/// to make it: a team principal, the database, the table (nil for a database grant), the filter (nil for a
/// plain grant) and the permissions.
struct DesiredGrant: Sendable, Equatable {
    var principal: String
    var database: String
    var table: String?
    var filter: String?
    var permissions: [String]
    /// An LF-tag expression grant (`{ tag: {…} }`) on every table matching it, in normal form; `database` is
    /// then empty.
    var tags: [TagKeyValues]? = nil

    /// Lake Formation's resource type for a tag expression grant: the file's permissions are table permissions.
    static let tagResourceType = "TABLE"

    var resource: GrantedResource {
        if let tags {
            return .tagPolicy(
                resourceType: Self.tagResourceType, expression: tags.map(\.description).joined(separator: ";"))
        }
        if let table, let filter { return .filter(database: database, table: table, name: filter) }
        if let table { return .table(database: database, name: table) }
        return .database(database)
    }

    /// The step that grants `permissions` of this grant.
    func step(_ permissions: [String]) -> LakeFileStep {
        if let tags {
            return .grantTags(
                principal: principal, expression: Dictionary(uniqueKeysWithValues: tags.map { ($0.key, $0.values) }),
                permissions: permissions)
        }
        return .grant(principal: principal, database: database, table: table, filter: filter, permissions: permissions)
    }
}
