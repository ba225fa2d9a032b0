/// A column of a table or a partition key (API_Column). `type` is a Hive/Glue type string
/// ("bigint", "decimal(10,2)", "array<struct<a:int>>").
package struct GlueColumn: Codable, Sendable, Equatable {
    package var name: String
    package var type: String?
    package var comment: String?
    package var parameters: [String: String]?

    package init(name: String, type: String?, comment: String? = nil, parameters: [String: String]? = nil) {
        self.name = name
        self.type = type
        self.comment = comment
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", type = "Type", comment = "Comment", parameters = "Parameters"
    }
}
