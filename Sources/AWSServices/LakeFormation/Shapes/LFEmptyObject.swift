/// A member the API marks as present with `{}` (Catalog, TableWildcard, AllRowsWildcard).
package struct LFEmptyObject: Codable, Sendable, Hashable {
    package init() {}
}
