/// `workgroups.<name>`: an Athena workgroup with its result location and per-query scan cutoff.
package struct WorkgroupDeclaration: Sendable, Equatable {
    package var name: String
    package var output: String
    package var bytesScannedCutoff: Int64?
    package var enforceConfiguration: Bool
    package var location: SourceLocation
}
