import AWSServices
import Foundation

/// A Glue database as `catalog databases` shows it.
package struct CatalogDatabase: Sendable, Equatable {
    package var name: String
    package var description: String?
    package var location: String?
    package var created: Date?

    init(_ database: GlueDatabase) {
        name = database.name
        description = database.description
        location = database.locationUri
        created = database.createTime
    }
}
