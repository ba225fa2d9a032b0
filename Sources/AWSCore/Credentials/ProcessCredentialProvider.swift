/// `credential_process` in a profile: runs an external helper and reads its JSON (Version 1). Its stderr is
/// captured and never shown, and its stdout is never quoted in errors, because both may hold secrets.
/// https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
package struct ProcessCredentialProvider: CredentialProvider {
    package var profile: Profile?
    package var runner: any CommandRunner
    package var timeoutSeconds: Double

    package init(profile: Profile?, runner: any CommandRunner = ShellCommandRunner(), timeoutSeconds: Double = 60) {
        self.profile = profile
        self.runner = runner
        self.timeoutSeconds = timeoutSeconds
    }

    package var name: String { "credential_process" + (profile.map { " (profile \($0.name))" } ?? "") }

    package func credentials() async throws -> AWSCredentials? {
        guard let profile, let command = profile.value("credential_process") else { return nil }
        return try await Self.run(command, profile: profile.name, runner: runner, timeoutSeconds: timeoutSeconds)
    }

    /// Runs `command` and turns its output into credentials; shared with AssumeRole's source profiles.
    static func run(_ command: String, profile: String, runner: any CommandRunner, timeoutSeconds: Double)
        async throws -> AWSCredentials
    {
        let result: CommandResult
        do {
            result = try await runner.run(command, timeoutSeconds: timeoutSeconds)
        } catch {
            throw CredentialsError.processFailed(profile: profile, reason: "could not be started")
        }
        if result.timedOut {
            throw CredentialsError.processFailed(
                profile: profile, reason: "did not finish within \(Int(timeoutSeconds)) seconds and was stopped")
        }
        guard result.exitStatus == 0 else {
            throw CredentialsError.processFailed(
                profile: profile,
                reason:
                    "exited with status \(result.exitStatus) "
                    + "(its error output, \(result.standardError.count) bytes, is not shown)"
            )
        }
        let source = "credential_process (profile \(profile))"
        let document: CredentialDocument
        do {
            document = try CredentialDocument.decode(result.standardOutput, source: source)
        } catch {
            throw CredentialsError.processFailed(
                profile: profile, reason: "printed something that is not a JSON object")
        }
        guard document.version == 1 else {
            throw CredentialsError.processFailed(
                profile: profile, reason: "printed Version \(document.version.map(String.init) ?? "(none)"), not 1")
        }
        return try document.credentials(source: source)
    }
}
