import LakeFilter

/// What `preview --as` needs: the files, the principal's combined grants bound to them, and the reasons Lake
/// Formation would not enforce those grants on the table today (then the principal sees what IAM allows).
package struct PrincipalPreview: Sendable {
    package var dataset: ParquetDataset
    package var view: PrincipalView
    /// `lf check`'s findings for the table and its database.
    package var warnings: [GovernanceWarning]
}
