import LakeFilter

/// What `query --local --as` returns: the query's result over the tables as the principal sees them, and
/// `lf check`'s findings for those tables (the reasons Lake Formation would not enforce the grants today).
package struct PrincipalQuery: Sendable {
    package var result: SQLResult
    package var warnings: [GovernanceWarning]
}
