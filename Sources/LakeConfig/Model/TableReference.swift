/// `database.table` as grants and tag assignments write it; the database part must be declared.
package struct TableReference: Sendable, Equatable {
    package var database: String
    package var table: String
    package var location: SourceLocation
    package var path: String

    package var qualifiedName: String { "\(database).\(table)" }
}
