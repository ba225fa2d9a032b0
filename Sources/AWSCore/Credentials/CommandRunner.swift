/// Runs a shell command line and collects its output; a protocol so `credential_process` can be tested with
/// canned results as well as with the real shell.
package protocol CommandRunner: Sendable {
    /// Runs `command` with `/bin/sh -c`. Throws only when the command cannot be started; a non-zero exit or a
    /// timeout is reported in the result.
    func run(_ command: String, timeoutSeconds: Double) async throws -> CommandResult
}

package struct CommandResult: Sendable, Equatable {
    package var exitStatus: Int32
    package var standardOutput: [UInt8]
    /// Captured so it is never echoed to the user's terminal (helpers sometimes print tokens there).
    package var standardError: [UInt8]
    package var timedOut: Bool

    package init(exitStatus: Int32, standardOutput: [UInt8], standardError: [UInt8] = [], timedOut: Bool = false) {
        self.exitStatus = exitStatus
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.timedOut = timedOut
    }
}
