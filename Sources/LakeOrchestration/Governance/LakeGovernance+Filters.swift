import AWSCore
import AWSServices

extension LakeGovernance {
    /// `lakectl filter create`: checks the filter against the table, then creates it; an identical existing filter
    /// is `unchanged`, a different one of the same name an error (delete it first, or grant with the new shape).
    package func createFilter(_ spec: FilterSpec) async throws -> String {
        try await checkFilter(
            database: spec.database, table: spec.table, rowFilter: spec.rowFilter, columns: spec.columns)
        let catalog = try await catalogId()
        do {
            let existing = try await lf.getDataCellsFilter(spec.lf(catalogId: catalog).id)
            if FilterSpec(existing) == spec { return "unchanged" }
            throw GovernanceError.invalidRequest(
                "data cells filter \(spec.name) already exists on \(spec.database).\(spec.table) with another "
                    + "row filter or columns; delete it first with `lakectl filter delete`")
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            return try await ensureFilter(spec, catalogId: catalog)
        }
    }

    package func showFilter(database: String, table: String, name: String) async throws -> FilterSpec {
        let id = LFDataCellsFilterId(
            tableCatalogId: try await catalogId(), databaseName: database, tableName: table, name: name)
        do {
            return FilterSpec(try await lf.getDataCellsFilter(id))
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            throw GovernanceError.filterNotFound("\(database).\(table)/\(name)")
        }
    }

    /// The filters on one table, or on every table of the catalog; sorted by table and name.
    package func listFilters(database: String? = nil, table: String? = nil) async throws -> [FilterSpec] {
        let scope: LFResource.Table? = table.map { LFResource.Table(databaseName: database ?? "", name: $0) }
        let pages = try await lf.listDataCellsFilterPages(table: scope).collect()
        return pages.flatMap(\.items).map(FilterSpec.init)
            .filter { database == nil || $0.database == database }
            .sorted { ($0.database, $0.table, $0.name) < ($1.database, $1.table, $1.name) }
    }

    /// Deletes a filter (Lake Formation drops the grants on it with it): `deleted`, or `not found` when there
    /// was none — so a re-run, or a retry whose first attempt went through, is not an error.
    @discardableResult
    package func deleteFilter(database: String, table: String, name: String) async throws -> String {
        let id = LFDataCellsFilterId(
            tableCatalogId: try await catalogId(), databaseName: database, tableName: table, name: name)
        do {
            try await lf.deleteDataCellsFilter(id)
            return "deleted"
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            return "not found"
        }
    }
}
