import Foundation

/// Caches another provider's credentials and refreshes them shortly before they expire (5 minutes by
/// default, as aws-sdk-swift does). Refreshes are single-flight: however many requests ask during a refresh,
/// the underlying provider (which may run a process or call STS) is asked once and all of them share the
/// answer. If a refresh fails while the old credentials have not yet expired, the old ones are returned
/// (botocore's advisory window); once expired, the failure is thrown. Credentials that are already
/// expired when fetched afresh are refused with `CredentialsError.expired`, never used for signing.
package actor CachedCredentialProvider: CredentialProvider {
    package nonisolated let name: String
    private let base: any CredentialProvider
    private let refreshBefore: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: AWSCredentials?
    private var inFlight: Task<AWSCredentials?, any Error>?

    package init(
        _ base: any CredentialProvider, refreshBefore: TimeInterval = 300,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.name = base.name
        self.refreshBefore = refreshBefore
        self.now = now
    }

    package func credentials() async throws -> AWSCredentials? {
        if let cached, !isDue(cached) { return cached }
        return try await refresh()
    }

    /// Credentials or an error: what the client calls before signing each attempt.
    package func current() async throws -> AWSCredentials {
        guard let credentials = try await credentials() else {
            throw CredentialsError.noCredentials(
                tried: [name], profile: (base as? CredentialChain)?.profileName ?? "default")
        }
        return credentials
    }

    /// Drops the cache, e.g. after a service answered ExpiredToken; the next call fetches anew.
    package func invalidate() {
        cached = nil
    }

    private func refresh() async throws -> AWSCredentials? {
        let task: Task<AWSCredentials?, any Error>
        if let inFlight {
            task = inFlight
        } else {
            task = Task { [base] in try await base.credentials() }
            inFlight = task
        }
        do {
            let fresh = try await task.value
            if let fresh, let expiration = fresh.expiration, isExpired(fresh) {
                if inFlight == task { inFlight = nil }
                throw CredentialsError.expired(source: fresh.source, expiration: expiration.formatted(.iso8601))
            }
            // The first waiter to resume publishes the result; the others find inFlight already cleared.
            if inFlight == task {
                inFlight = nil
                cached = fresh
            }
            return fresh
        } catch {
            if inFlight == task { inFlight = nil }
            if let cached, !isExpired(cached) { return cached }
            throw error
        }
    }

    private func isDue(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return now() >= expiration.addingTimeInterval(-refreshBefore)
    }

    private func isExpired(_ credentials: AWSCredentials) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return now() >= expiration
    }
}
