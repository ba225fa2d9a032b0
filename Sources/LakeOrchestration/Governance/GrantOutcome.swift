/// What a grant or revoke did, for the one line the command prints.
package enum GrantOutcome: String, Sendable, Equatable {
    case granted
    case unchanged
    case revoked
    case notGranted = "not granted"
}

/// A grant or revoke's result: what happened, the data cells filter involved (if any) and what became of it.
package struct GrantResult: Sendable, Equatable {
    package var outcome: GrantOutcome
    package var filterName: String?
    /// `created`, `updated`, `unchanged` or `deleted` for the filter; nil without one.
    package var filterChange: String?

    package init(outcome: GrantOutcome, filterName: String? = nil, filterChange: String? = nil) {
        self.outcome = outcome
        self.filterName = filterName
        self.filterChange = filterChange
    }
}
