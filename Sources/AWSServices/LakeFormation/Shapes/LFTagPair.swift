/// An LF-tag key with values (API_LFTagPair): a tag definition as ListLFTags answers it, a tag assigned to a
/// resource (one value), or one condition of a tag expression (any of the values).
package struct LFTagPair: Codable, Sendable, Hashable {
    package var catalogId: String?
    package var tagKey: String
    package var tagValues: [String]

    package init(catalogId: String? = nil, tagKey: String, tagValues: [String]) {
        self.catalogId = catalogId
        self.tagKey = tagKey
        self.tagValues = tagValues
    }

    enum CodingKeys: String, CodingKey { case catalogId = "CatalogId", tagKey = "TagKey", tagValues = "TagValues" }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        catalogId = try c.decodeIfPresent(String.self, forKey: .catalogId)
        tagKey = try c.decode(String.self, forKey: .tagKey)
        tagValues = try c.decodeIfPresent([String].self, forKey: .tagValues) ?? []
    }
}
