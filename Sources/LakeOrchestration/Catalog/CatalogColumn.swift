import AWSServices

/// A column of a catalogued table: data column or partition key.
package struct CatalogColumn: Sendable, Equatable {
    package var name: String
    package var type: String?
    package var comment: String?

    init(_ column: GlueColumn) {
        name = column.name
        type = column.type
        comment = column.comment
    }
}
