/// One entry of `teams.<team>.grants`.
package struct GrantDeclaration: Sendable, Equatable {
    package enum Target: Sendable, Equatable {
        case database(NameReference)
        case table(TableReference)
        /// `{ workgroup: W }`: an IAM policy allowing Athena in W for the team's principals.
        case workgroup(NameReference)
        /// An LF-tag expression: every key with the values any of which match.
        case tagExpression([String: [String]])
    }

    package var target: Target
    package var permissions: [String]
    package var columns: [String]?
    package var excludeColumns: [String]?
    package var rowFilter: String?
    /// Where the row filter's text starts, so a filter error points at the filter rather than the grant.
    package var rowFilterLocation: SourceLocation?
    package var location: SourceLocation
    package var path: String

    /// A grant that becomes a data cells filter (`<team>__<database>__<table>`) rather than a plain grant.
    package var needsDataCellsFilter: Bool { rowFilter != nil || columns != nil || excludeColumns != nil }
}
