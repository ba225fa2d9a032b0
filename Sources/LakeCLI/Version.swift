/// The version `lakectl --version` prints. Bumped by hand at each release; there is no build-time stamping.
enum LakectlVersion {
    static let current = "0.2.0-dev"
}
