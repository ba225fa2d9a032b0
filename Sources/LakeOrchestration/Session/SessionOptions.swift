/// What the user chose on the command line about reaching AWS. Everything else (credentials, retry mode,
/// per-service endpoints) comes from the environment and the shared config files, as in the AWS CLI.
package struct SessionOptions: Sendable, Equatable {
    package var profile: String?
    package var region: String?
    /// `--endpoint-url`: every call goes there, over `AWS_ENDPOINT_URL_<ID>` and `AWS_ENDPOINT_URL` (as in the AWS CLI).
    package var endpointURL: String?

    package init(profile: String? = nil, region: String? = nil, endpointURL: String? = nil) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
    }
}
