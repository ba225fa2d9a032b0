/// Tries providers in order and returns the first credentials found. A provider that is configured but
/// broken stops the chain with its error (falling through to, say, instance metadata would hide the real
/// problem). When no provider is configured the error lists every source tried and how to configure one.
package struct CredentialChain: CredentialProvider {
    package let name = "credential chain"
    package var providers: [any CredentialProvider]
    /// The profile in use, for the "nothing found" message.
    package var profileName: String

    package init(providers: [any CredentialProvider], profileName: String) {
        self.providers = providers
        self.profileName = profileName
    }

    /// Never returns nil: throws `CredentialsError.noCredentials` instead.
    package func credentials() async throws -> AWSCredentials? {
        for provider in providers {
            try Task.checkCancellation()
            if let credentials = try await provider.credentials() { return credentials }
        }
        throw CredentialsError.noCredentials(tried: providers.map(\.name), profile: profileName)
    }
}
