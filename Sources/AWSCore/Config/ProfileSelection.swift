/// Which profile is in use and why: `--profile` > `AWS_PROFILE` > `default`. Why matters: botocore drops the
/// environment-variable credentials only when a profile is passed explicitly (`--profile`), not when it
/// comes from `AWS_PROFILE` (AWS-NOTES B8).
package struct ProfileSelection: Sendable, Equatable {
    package enum Source: Sendable, Equatable, CustomStringConvertible {
        case flag
        case environment
        case implicitDefault

        package var description: String {
            switch self {
            case .flag: return "--profile"
            case .environment: return "AWS_PROFILE"
            case .implicitDefault: return "default"
            }
        }
    }

    package var name: String
    package var source: Source

    package init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    /// Resolves the profile name from the command-line flag and the environment. Empty values count as unset.
    package init(flag: String?, environment: [String: String]) {
        if let flag, !flag.isEmpty {
            self.init(name: flag, source: .flag)
        } else if let name = environment["AWS_PROFILE"], !name.isEmpty {
            self.init(name: name, source: .environment)
        } else {
            self.init(name: "default", source: .implicitDefault)
        }
    }

    /// True when the user named the profile, so it must exist.
    package var isExplicit: Bool { source != .implicitDefault }
}
