/// The resource of a grant on an LF-tag expression (API_LFTagPolicyResource): every database or table (by
/// `resourceType`) whose tags match all the conditions — each condition one key and any of its values.
package struct LFTagPolicy: Codable, Sendable, Hashable {
    package var catalogId: String?
    /// `DATABASE` or `TABLE`.
    package var resourceType: String
    package var expression: [LFTagPair]

    package init(catalogId: String? = nil, resourceType: String, expression: [LFTagPair]) {
        self.catalogId = catalogId
        self.resourceType = resourceType
        self.expression = expression
    }

    enum CodingKeys: String, CodingKey {
        case catalogId = "CatalogId", resourceType = "ResourceType", expression = "Expression"
    }
}
