import AWSServices

/// A workgroup as lakectl shows it: the settings `workgroup create` takes.
package struct Workgroup: Sendable, Equatable {
    package var name: String
    package var state: String?
    package var outputLocation: String?
    package var bytesScannedCutoff: Int64?
    package var enforce: Bool
    package var description: String?

    init(_ live: AthenaWorkGroup) {
        name = live.name
        state = live.state
        outputLocation = live.outputLocation
        bytesScannedCutoff = live.bytesScannedCutoffPerQuery
        enforce = live.enforceWorkGroupConfiguration ?? false
        description = live.description.flatMap { $0.isEmpty ? nil : $0 }
    }
}
