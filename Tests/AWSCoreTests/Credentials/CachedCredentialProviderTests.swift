import Foundation
import LakeTestSupport
import Testing

@testable import AWSCore

@Suite struct CachedCredentialProviderTests {
    /// Counts fetches; each fetch takes a little real time so concurrent callers overlap it.
    actor CountingProvider: CredentialProvider {
        nonisolated let name = "counting"
        private(set) var fetches = 0
        private let clock: ManualClock
        private let lifetime: TimeInterval
        private var failing = false

        init(clock: ManualClock, lifetime: TimeInterval = 3600) {
            self.clock = clock
            self.lifetime = lifetime
        }

        func setFailing(_ value: Bool) { failing = value }

        func credentials() async throws -> AWSCredentials? {
            fetches += 1
            let number = fetches
            try await Task.sleep(for: .milliseconds(50))
            if failing { throw CredentialsError.instanceMetadata(reason: "down") }
            return AWSCredentials(
                accessKeyId: "AKID\(number)", secretAccessKey: "s",
                expiration: clock.now().addingTimeInterval(lifetime),
                source: "counting")
        }
    }

    @Test func cachesUntilTheRefreshWindow() async throws {
        let clock = ManualClock()
        let base = CountingProvider(clock: clock)
        let cache = CachedCredentialProvider(base, refreshBefore: 300, now: clock.closure)
        #expect(try await cache.current().accessKeyId == "AKID1")
        clock.advance(by: 3000)
        #expect(try await cache.current().accessKeyId == "AKID1")
        clock.advance(by: 301)  // now 299 s before expiry: inside the window
        #expect(try await cache.current().accessKeyId == "AKID2")
        #expect(await base.fetches == 2)
    }

    @Test func fiftyConcurrentCallersShareOneFetch() async throws {
        let clock = ManualClock()
        let base = CountingProvider(clock: clock)
        let cache = CachedCredentialProvider(base, now: clock.closure)
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 { group.addTask { try await cache.current().accessKeyId } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(keys.count == 50)
        #expect(Set(keys) == ["AKID1"])
        #expect(await base.fetches == 1)

        // And again during a refresh.
        clock.advance(by: 3400)
        let refreshed = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 { group.addTask { try await cache.current().accessKeyId } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(refreshed) == ["AKID2"])
        #expect(await base.fetches == 2)
    }

    @Test func failedRefreshKeepsUnexpiredCredentialsThenThrows() async throws {
        let clock = ManualClock()
        let base = CountingProvider(clock: clock)
        let cache = CachedCredentialProvider(base, refreshBefore: 300, now: clock.closure)
        _ = try await cache.current()
        await base.setFailing(true)
        clock.advance(by: 3500)  // in the window, not expired
        #expect(try await cache.current().accessKeyId == "AKID1")
        clock.advance(by: 200)  // expired
        await #expect(throws: CredentialsError.self) { try await cache.current() }
    }

    @Test func credentialsWithoutExpiryAreKeptAndInvalidateForcesAFetch() async throws {
        let clock = ManualClock()
        let base = CountingProvider(clock: clock)
        let cache = CachedCredentialProvider(
            EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "S"]),
            now: clock.closure)
        clock.advance(by: 1_000_000)
        #expect(try await cache.current().accessKeyId == "A")
        let counted = CachedCredentialProvider(base, now: clock.closure)
        _ = try await counted.current()
        await counted.invalidate()
        _ = try await counted.current()
        #expect(await base.fetches == 2)
    }

    @Test func credentialsAlreadyExpiredWhenFetchedAreRefused() async throws {
        let clock = ManualClock()
        let cache = CachedCredentialProvider(CountingProvider(clock: clock, lifetime: -60), now: clock.closure)
        let error = await #expect(throws: CredentialsError.self) { try await cache.current() }
        guard case .expired(let source, _) = error else {
            Issue.record("expected .expired, got \(String(describing: error))")
            return
        }
        #expect(source == "counting")
        #expect(error?.description.contains("expired at") == true)
    }

    @Test func aCredentialProcessPrintingAPastExpirationIsRefused() async throws {
        let json = #"{"Version":1,"AccessKeyId":"AKIDOLD","SecretAccessKey":"S","Expiration":"2020-01-01T00:00:00Z"}"#
        let provider = ProcessCredentialProvider(
            profile: Profile(
                name: "dev",
                properties: [
                    "credential_process": ProfileProperty(
                        value: "printf '%s' '\(json)'", location: ConfigLocation(path: "~/.aws/config", line: 2),
                        file: .config)
                ]))
        let error = await #expect(throws: CredentialsError.self) {
            try await CachedCredentialProvider(provider).current()
        }
        #expect(error?.description.contains("2020-01-01T00:00:00Z") == true, "\(String(describing: error))")
        #expect(error?.description.contains("AKIDOLD") == false)
    }
}
