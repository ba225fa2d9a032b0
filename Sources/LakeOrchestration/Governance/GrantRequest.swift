/// One `lakectl grant` / `revoke`: who, on what, which permissions. A row filter or a column list turns the
/// grant into a data cells filter plus SELECT on it (AWS-NOTES B1: filters apply to SELECT only).
package struct GrantRequest: Sendable, Hashable {
    package var principal: String
    package var target: GrantTarget
    package var columns: ColumnSpec
    package var rowFilter: String?
    package var permissions: [String]
    package var grantable: Bool
    /// The filter's name; nil means the deterministic one from principal and table.
    package var filterName: String?

    package init(
        principal: String, target: GrantTarget, columns: ColumnSpec = .all, rowFilter: String? = nil,
        permissions: [String], grantable: Bool = false, filterName: String? = nil
    ) {
        self.principal = principal
        self.target = target
        self.columns = columns
        self.rowFilter = rowFilter
        self.permissions = permissions.map { $0.uppercased() }
        self.grantable = grantable
        self.filterName = filterName
    }

    /// Whether the grant goes through a data cells filter.
    package var usesFilter: Bool { rowFilter != nil || columns != .all }

    /// Checks what can be checked without AWS.
    package func validate() throws(GovernanceError) {
        if principal.isEmpty { throw .invalidRequest("--principal must not be empty") }
        if permissions.isEmpty { throw .invalidRequest("--permissions must name at least one permission") }
        if case .database = target, usesFilter {
            throw .invalidRequest("--columns, --exclude-columns and --row-filter need --table, not --database")
        }
        if case .tags = target, usesFilter {
            throw .invalidRequest("--columns, --exclude-columns and --row-filter need --table, not --tag")
        }
        if usesFilter, permissions != ["SELECT"] {
            throw .invalidRequest(
                "a row filter or column list grants SELECT only (Lake Formation applies filters to SELECT); "
                    + "use --permissions SELECT, and grant DESCRIBE separately without the filter")
        }
    }

    /// `lakectl_<principal's last name part>_<table>_<8 hex digits of a hash of principal and table>`: the same
    /// request always names the same filter, so re-running finds it instead of making a second.
    package static func defaultFilterName(principal: String, database: String, table: String) -> String {
        let short = principal.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? principal
        let cleaned = String(short.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }.prefix(64))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(principal)\u{0}\(database).\(table)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        let tail = String(String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8)
        return "lakectl_\(cleaned)_\(table)_\(tail)"
    }
}
