/// `lake_formation:`: admins, registered locations, databases taken from IAMAllowedPrincipals, LF-tags.
package struct LakeFormationDeclaration: Sendable, Equatable {
    package struct TagAssignment: Sendable, Equatable {
        package var table: TableReference
        package var columns: [String]?
        package var tags: [String: [String]]
        package var location: SourceLocation
    }

    package var admins: [String] = []
    package var locations: [S3TargetDeclaration] = []
    package var revokeIAMAllowedPrincipals: [NameReference] = []
    /// LF-tag keys and their allowed values, in file order.
    package var tags: [(key: String, values: [String])] = []
    package var tagAssignments: [TagAssignment] = []

    package static func == (a: LakeFormationDeclaration, b: LakeFormationDeclaration) -> Bool {
        a.admins == b.admins && a.locations == b.locations
            && a.revokeIAMAllowedPrincipals == b.revokeIAMAllowedPrincipals
            && a.tags.map(\.key) == b.tags.map(\.key) && a.tags.map(\.values) == b.tags.map(\.values)
            && a.tagAssignments == b.tagAssignments
    }
}
