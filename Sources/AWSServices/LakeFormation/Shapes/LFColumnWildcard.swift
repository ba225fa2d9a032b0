/// All columns but the excluded ones (API_ColumnWildcard).
package struct LFColumnWildcard: Codable, Sendable, Hashable {
    package var excludedColumnNames: [String]?

    package init(excludedColumnNames: [String]? = nil) {
        self.excludedColumnNames = excludedColumnNames
    }

    enum CodingKeys: String, CodingKey {
        case excludedColumnNames = "ExcludedColumnNames"
    }
}
