import AWSCore
import AWSServices

extension LakeGovernance {
    /// Grants what `request` asks, unless it is already held (then `unchanged`, nothing sent). With a row filter
    /// or a column list: the filter is checked against the table, created or brought up to date, and SELECT on it
    /// granted.
    package func grant(_ request: GrantRequest) async throws -> GrantResult {
        try request.validate()
        if request.usesFilter { return try await grantThroughFilter(request) }
        if case .table(let database, let name) = request.target {
            try await checkFilter(database: database, table: name, rowFilter: nil, columns: .all)
        }
        if case .tags(_, let expression) = request.target { try await checkExpression(expression) }
        let resource = grantedResource(request.target)
        let held = try await normalGrants(principal: request.principal, resource: lfResource(request.target))
        let missing = request.permissions.filter { permission in
            let wanted = NormalGrant(
                principal: request.principal, resource: resource, permission: permission, grantable: request.grantable)
            return !held.contains { $0.covers(wanted) }
        }
        if missing.isEmpty { return GrantResult(outcome: .unchanged) }
        try await lf.grantPermissions(
            LFPrincipalPermissions(
                principal: LFPrincipal(request.principal), resource: lfResource(request.target), permissions: missing,
                permissionsWithGrantOption: request.grantable ? missing : []))
        return GrantResult(outcome: .granted)
    }

    private func grantThroughFilter(_ request: GrantRequest) async throws -> GrantResult {
        guard case .table(let database, let table) = request.target else {
            throw GovernanceError.invalidRequest("a filter grant needs --table D.T")
        }
        try await checkFilter(database: database, table: table, rowFilter: request.rowFilter, columns: request.columns)
        let catalog = try await catalogId()
        let name =
            request.filterName
            ?? GrantRequest.defaultFilterName(principal: request.principal, database: database, table: table)
        let spec = FilterSpec(
            database: database, table: table, name: name, rowFilter: request.rowFilter, columns: request.columns)
        let change = try await ensureFilter(spec, catalogId: catalog)
        let resource = LFResource(dataCellsFilter: spec.lf(catalogId: catalog).id)
        let wanted = NormalGrant(
            principal: request.principal, resource: .filter(database: database, table: table, name: name),
            permission: "SELECT", grantable: request.grantable)
        let held = try await normalGrants(principal: request.principal, resource: resource)
        if held.contains(where: { $0.covers(wanted) }) {
            return GrantResult(outcome: .unchanged, filterName: name, filterChange: change)
        }
        try await lf.grantPermissions(
            LFPrincipalPermissions(
                principal: LFPrincipal(request.principal), resource: resource, permissions: ["SELECT"],
                permissionsWithGrantOption: request.grantable ? ["SELECT"] : []))
        return GrantResult(outcome: .granted, filterName: name, filterChange: change)
    }

    /// Creates the filter, updates it when it differs, or leaves it: answers `created`, `updated` or `unchanged`.
    func ensureFilter(_ spec: FilterSpec, catalogId: String) async throws -> String {
        let wanted = spec.lf(catalogId: catalogId)
        do {
            let existing = try await lf.getDataCellsFilter(wanted.id)
            if FilterSpec(existing) == spec { return "unchanged" }
            try await lf.updateDataCellsFilter(wanted)
            return "updated"
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
            do {
                try await lf.createDataCellsFilter(wanted)
            } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.alreadyExists) {
                // A retried create whose first attempt went through: the filter is there.
                return "created"
            }
            return "created"
        }
    }

    /// Revokes what `request` names and the principal holds; `notGranted` (nothing sent) when it holds none of
    /// it. Revoking a filter grant deletes the filter once no grant on it remains. With `grantable`, only the
    /// grant option is revoked (the permission stays); `notGranted` when the principal holds no grant option.
    package func revoke(_ request: GrantRequest) async throws -> GrantResult {
        try request.validate()
        let principal = LFPrincipal(request.principal)
        if request.usesFilter {
            guard case .table(let database, let table) = request.target else {
                return GrantResult(outcome: .notGranted)
            }
            let name =
                request.filterName
                ?? GrantRequest.defaultFilterName(principal: request.principal, database: database, table: table)
            let id = LFDataCellsFilterId(
                tableCatalogId: try await catalogId(), databaseName: database, tableName: table, name: name)
            let resource = LFResource(dataCellsFilter: id)
            let held = try await normalGrants(principal: request.principal, resource: resource)
            guard let select = held.first(where: { $0.permission == "SELECT" }) else {
                return GrantResult(outcome: .notGranted, filterName: name)
            }
            if request.grantable {
                guard select.grantable else { return GrantResult(outcome: .notGranted, filterName: name) }
                try await revokeOnce(
                    LFPrincipalPermissions(
                        principal: principal, resource: resource, permissions: [],
                        permissionsWithGrantOption: ["SELECT"]))
                return GrantResult(outcome: .revoked, filterName: name, filterChange: "kept")
            }
            try await revokeOnce(
                LFPrincipalPermissions(
                    principal: principal, resource: resource, permissions: ["SELECT"],
                    permissionsWithGrantOption: select.grantable ? ["SELECT"] : []))
            let remaining = try await lf.listPermissions(resource: resource).items
            guard remaining.isEmpty else { return GrantResult(outcome: .revoked, filterName: name) }
            do {
                try await lf.deleteDataCellsFilter(id)
            } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.entityNotFound) {
                // A retried delete whose first attempt went through: the filter is gone, as wanted.
            }
            return GrantResult(outcome: .revoked, filterName: name, filterChange: "deleted")
        }
        let resource = grantedResource(request.target)
        let held = try await normalGrants(principal: request.principal, resource: lfResource(request.target))
            .filter {
                $0.resource == resource && request.permissions.contains($0.permission)
                    && (!request.grantable || $0.grantable)
            }
        if held.isEmpty { return GrantResult(outcome: .notGranted) }
        // Revoked the way Lake Formation stores each grant (Table or TableWithColumns), one call per spelling.
        let bySource = Dictionary(grouping: held) { $0.source ?? lfResource(request.target) }
        for (source, rows) in bySource.sorted(by: { $0.value[0] < $1.value[0] }) {
            try await revokeOnce(
                LFPrincipalPermissions(
                    principal: principal, resource: source,
                    permissions: request.grantable ? [] : rows.map(\.permission),
                    permissionsWithGrantOption: rows.filter(\.grantable).map(\.permission)))
        }
        return GrantResult(outcome: .revoked)
    }

    /// RevokePermissions, where a retry of a revoke whose first attempt went through (the answer lost on the way)
    /// meets InvalidInputException "no permissions": when the permissions are indeed gone, the revoke succeeded.
    private func revokeOnce(_ entry: LFPrincipalPermissions) async throws {
        do {
            try await lf.revokePermissions(entry)
        } catch let error as AWSError where error.hasCode(LakeFormationClient.ErrorCode.invalidInput) {
            let still = try await lf.listPermissionsPages(principal: entry.principal, resource: entry.resource)
                .collect().flatMap(\.items)
            let held = still.filter {
                GrantNormalizer.resource($0.resource) == GrantNormalizer.resource(entry.resource)
            }
            if held.contains(where: {
                !Set($0.permissions).isDisjoint(with: entry.permissions)
                    || !Set($0.permissionsWithGrantOption).isDisjoint(with: entry.permissionsWithGrantOption)
            }) {
                throw error
            }
        }
    }
}
