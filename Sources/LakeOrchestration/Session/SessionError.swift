/// Why a session could not be set up. Raised before any network traffic.
package enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    case noRegion(profile: String)

    package var description: String {
        switch self {
        case .noRegion(let profile):
            return
                "no AWS region configured (profile \(profile)): pass --region, set AWS_REGION, or add region = … to the profile"
        }
    }
}
