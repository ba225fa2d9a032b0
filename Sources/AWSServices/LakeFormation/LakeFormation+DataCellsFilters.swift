import AWSCore

extension LakeFormationClient {
    /// Creates a filter; `AlreadyExistsException` when one of that name exists on the table.
    package func createDataCellsFilter(_ filter: LFDataCellsFilter) async throws {
        struct Input: Encodable, Sendable { var TableData: LFDataCellsFilter }
        var sent = filter
        sent.versionId = nil
        _ = try await call("CreateDataCellsFilter", Input(TableData: sent), output: LakeFormationEmptyReply.self)
    }

    /// One filter; `EntityNotFoundException` when it does not exist.
    package func getDataCellsFilter(_ id: LFDataCellsFilterId) async throws -> LFDataCellsFilter {
        struct Output: Decodable { var DataCellsFilter: LFDataCellsFilter }
        return try await call("GetDataCellsFilter", id, output: Output.self).DataCellsFilter
    }

    /// Replaces a filter's row filter and columns (same identity).
    package func updateDataCellsFilter(_ filter: LFDataCellsFilter) async throws {
        struct Input: Encodable, Sendable { var TableData: LFDataCellsFilter }
        _ = try await call("UpdateDataCellsFilter", Input(TableData: filter), output: LakeFormationEmptyReply.self)
    }

    /// Deletes a filter (and with it the grants on it).
    package func deleteDataCellsFilter(_ id: LFDataCellsFilterId) async throws {
        _ = try await call("DeleteDataCellsFilter", id, output: LakeFormationEmptyReply.self)
    }

    /// One page of the filters on a table (or on every table when `table` is nil).
    package func listDataCellsFilter(
        table: LFResource.Table? = nil, nextToken: String? = nil, maxResults: Int? = nil
    ) async throws -> Page<LFDataCellsFilter> {
        struct Input: Encodable, Sendable { var Table: LFResource.Table?; var NextToken: String?; var MaxResults: Int? }
        struct Output: Decodable { var DataCellsFilters: [LFDataCellsFilter]?; var NextToken: String? }
        let output = try await call(
            "ListDataCellsFilter", Input(Table: table, NextToken: nextToken, MaxResults: maxResults),
            output: Output.self)
        return Page(items: output.DataCellsFilters ?? [], nextToken: output.NextToken)
    }

    /// Every page of filters, fetched as iterated.
    package func listDataCellsFilterPages(table: LFResource.Table? = nil, maxResults: Int? = nil)
        -> Paginator<Page<LFDataCellsFilter>>
    {
        Paginator(
            service: Self.service.serviceId, operation: "ListDataCellsFilter",
            fetch: { token in try await self.listDataCellsFilter(table: table, nextToken: token, maxResults: maxResults)
            },
            nextToken: { $0.nextToken })
    }
}
