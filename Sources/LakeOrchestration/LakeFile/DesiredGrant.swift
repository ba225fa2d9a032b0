/// One grant the lake file asks for, in lakectl's normal form (`GrantedResource`), with what `apply` needs
/// to make it: a team principal, the database, the table (nil for a database grant), the filter (nil for a
/// plain grant) and the permissions.
struct DesiredGrant: Sendable, Equatable {
    var principal: String
    var database: String
    var table: String?
    var filter: String?
    var permissions: [String]

    var resource: GrantedResource {
        if let table, let filter { return .filter(database: database, table: table, name: filter) }
        if let table { return .table(database: database, name: table) }
        return .database(database)
    }
}
