import Foundation

/// A catalog database (API_Database).
package struct GlueDatabase: Codable, Sendable, Equatable {
    package var name: String
    package var description: String?
    package var locationUri: String?
    package var parameters: [String: String]?
    package var createTime: Date?
    package var catalogId: String?

    package init(
        name: String, description: String? = nil, locationUri: String? = nil, parameters: [String: String]? = nil,
        createTime: Date? = nil, catalogId: String? = nil
    ) {
        self.name = name
        self.description = description
        self.locationUri = locationUri
        self.parameters = parameters
        self.createTime = createTime
        self.catalogId = catalogId
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", description = "Description", locationUri = "LocationUri", parameters = "Parameters"
        case createTime = "CreateTime", catalogId = "CatalogId"
    }
}

/// What CreateDatabase sends (API_DatabaseInput).
package struct GlueDatabaseInput: Codable, Sendable, Equatable {
    package var name: String
    package var description: String?
    package var locationUri: String?
    package var parameters: [String: String]?

    package init(
        name: String, description: String? = nil, locationUri: String? = nil, parameters: [String: String]? = nil
    ) {
        self.name = name
        self.description = description
        self.locationUri = locationUri
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", description = "Description", locationUri = "LocationUri", parameters = "Parameters"
    }
}
