/// A catalog object the user named does not exist. Reported with exit status 1 and a message naming it.
package enum CatalogLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case databaseNotFound(String)
    case tableNotFound(database: String, table: String)

    package var description: String {
        switch self {
        case .databaseNotFound(let database):
            return "Glue database \(database) not found; `lakectl catalog databases` lists the databases"
        case .tableNotFound(let database, let table):
            return
                "Glue table \(table) not found in database \(database); `lakectl catalog tables \(database)` lists its tables"
        }
    }
}
