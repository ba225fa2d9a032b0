/// Picks the region as the AWS CLI does: `--region` > `AWS_REGION` > `AWS_DEFAULT_REGION` > the profile's
/// `region`. Returns where the value came from so `lakectl` can say "region eu-west-1 (from AWS_REGION)".
/// Nil means no region is configured; the caller decides whether that is an error for the command.
package struct RegionResolver: Sendable {
    package var environment: [String: String]
    package var profile: Profile?

    package init(environment: [String: String], profile: Profile?) {
        self.environment = environment
        self.profile = profile
    }

    package func resolve(flag: String?) -> ResolvedRegion? {
        if let flag, !flag.isEmpty { return ResolvedRegion(value: flag, source: .flag) }
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[variable], !value.isEmpty {
                return ResolvedRegion(value: value, source: .environment(variable: variable))
            }
        }
        if let profile, let value = profile.value("region") {
            return ResolvedRegion(value: value, source: .profile(name: profile.name, at: profile.location("region")))
        }
        return nil
    }
}

package struct ResolvedRegion: Sendable, Equatable, CustomStringConvertible {
    package var value: String
    package var source: RegionSource

    package init(value: String, source: RegionSource) {
        self.value = value
        self.source = source
    }

    package var description: String { "\(value) (from \(source))" }

    /// Checks the name before any request: a malformed name is always refused; a well-formed one must be
    /// in `AWSRegions.known` unless `allowUnknown` (from `AWS_LAKECTL_ALLOW_UNKNOWN_REGION=1`).
    package func validate(allowUnknown: Bool = false) throws(ConfigError) {
        guard AWSRegions.isWellFormed(value) else {
            throw .malformedRegion(value: value, source: "\(source)")
        }
        guard allowUnknown || AWSRegions.known.contains(value) else {
            throw .unknownRegion(value: value, source: "\(source)", suggestion: AWSRegions.nearest(to: value))
        }
    }
}

package enum RegionSource: Sendable, Equatable, CustomStringConvertible {
    case flag
    case environment(variable: String)
    case profile(name: String, at: ConfigLocation?)

    package var description: String {
        switch self {
        case .flag: return "--region"
        case .environment(let variable): return variable
        case .profile(let name, let location):
            return "profile \(name)" + (location.map { " at \($0)" } ?? "")
        }
    }
}
