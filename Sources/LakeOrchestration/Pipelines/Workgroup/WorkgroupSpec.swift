/// What `lakectl workgroup create` asks for: where results go, how much one query may scan before Athena
/// cancels it, and whether those settings override each query's own (`--output-location`).
package struct WorkgroupSpec: Sendable, Equatable {
    package var name: String
    package var outputLocation: String?
    package var bytesScannedCutoff: Int64?
    package var enforce: Bool
    package var description: String?
    /// Tags added at creation besides lakectl's ownership mark (a lake file's `tags:`, which `--prune` matches).
    package var tags: [String: String] = [:]

    package init(
        name: String, outputLocation: String? = nil, bytesScannedCutoff: Int64? = nil, enforce: Bool = false,
        description: String? = nil
    ) {
        self.name = name
        self.outputLocation = outputLocation
        self.bytesScannedCutoff = bytesScannedCutoff
        self.enforce = enforce
        self.description = description
    }

    /// Athena's smallest per-query cutoff (API_WorkGroupConfiguration): 10 MB.
    package static let minimumCutoff: Int64 = 10_000_000

    /// Athena's rules, checked before any call: a name of 1–128 letters, digits, `.`, `_`, `-`; an s3://
    /// output location; a cutoff of at least 10 MB.
    package func validate() throws {
        let allowed = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        guard (1...128).contains(name.count), allowed else {
            throw WorkgroupError.invalidName(name)
        }
        if let outputLocation, !outputLocation.hasPrefix("s3://") {
            throw WorkgroupError.invalidOutputLocation(outputLocation)
        }
        if let bytesScannedCutoff, bytesScannedCutoff < Self.minimumCutoff {
            throw WorkgroupError.cutoffTooSmall(bytesScannedCutoff)
        }
    }
}

/// Workgroup input Athena would refuse, said before the call.
package enum WorkgroupError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidName(String)
    case invalidOutputLocation(String)
    case cutoffTooSmall(Int64)
    case notFound(String)

    package var description: String {
        switch self {
        case .invalidName(let name):
            return "workgroup name '\(name)' must be 1 to 128 letters, digits, '.', '_' or '-'"
        case .invalidOutputLocation(let location):
            return "--output-location must be an s3:// URL, got \(location)"
        case .cutoffTooSmall(let bytes):
            return "--bytes-scanned-cutoff must be at least 10 MB (10000000 bytes), got \(bytes)"
        case .notFound(let name):
            return "no workgroup named \(name) (lakectl workgroup list shows them)"
        }
    }
}
