import Testing

@testable import AWSCore

@Suite struct RetryConfigurationTests {
    @Test func defaultsAreStandardWithThreeAttempts() throws {
        #expect(try RetryConfiguration.resolve(environment: [:]) == RetryConfiguration(mode: .standard, maxAttempts: 3))
    }

    @Test func environmentWinsOverProfile() throws {
        let resolved = try RetryConfiguration.resolve(
            environment: ["AWS_MAX_ATTEMPTS": "5", "AWS_RETRY_MODE": "adaptive"], profileMaxAttempts: "2",
            profileRetryMode: "standard")
        #expect(resolved == RetryConfiguration(mode: .adaptive, maxAttempts: 5))
        let fromProfile = try RetryConfiguration.resolve(
            environment: [:], profileMaxAttempts: "1", profileRetryMode: "legacy")
        #expect(fromProfile == RetryConfiguration(mode: .legacy, maxAttempts: 1))
    }

    /// The AWS CLI's three modes are accepted; legacy is its own mode (5 attempts by default, no quota)
    /// rather than quietly standard, and an unknown mode's error names all three.
    @Test func legacyIsTheCLIsLegacyModeAndErrorsNameAllThreeModes() throws {
        #expect(
            try RetryConfiguration.resolve(environment: ["AWS_RETRY_MODE": "legacy"])
                == RetryConfiguration(mode: .legacy, maxAttempts: 5))
        let error = RetryConfigurationError.invalidMode(source: "AWS_RETRY_MODE", value: "fast")
        for mode in ["legacy", "standard", "adaptive"] { #expect(error.description.contains(mode)) }
    }

    @Test func badValuesAreReportedWithTheirSource() {
        #expect(throws: RetryConfigurationError.invalidMode(source: "AWS_RETRY_MODE", value: "fast")) {
            try RetryConfiguration.resolve(environment: ["AWS_RETRY_MODE": "fast"])
        }
        #expect(throws: RetryConfigurationError.invalidMaxAttempts(source: "max_attempts", value: "0")) {
            try RetryConfiguration.resolve(environment: [:], profileMaxAttempts: "0")
        }
        #expect(
            throws: RetryConfigurationError.invalidMaxAttempts(
                source: "AWS_MAX_ATTEMPTS", value: "99999999999999999999")
        ) {
            try RetryConfiguration.resolve(environment: ["AWS_MAX_ATTEMPTS": "99999999999999999999"])
        }
    }
}
