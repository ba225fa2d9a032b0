import ArgumentParser
import Foundation

/// The one place that turns an outcome into a message on stderr and an exit code (PRODUCT.md):
/// 0 success, 1 error, 2 changes pending (plan --detailed-exitcode), 64 usage (argument-parser),
/// 130 interrupted. Messages come from the typed errors' descriptions, which never hold secrets.
enum ExitStatus {
    static let failure: Int32 = 1
    static let changesPending: Int32 = 2
    static let interrupted: Int32 = 130

    /// Prints the error and returns the exit code to end with.
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case is CancellationError:
            StandardStreams.err("lakectl: interrupted")
            return ExitCode(interrupted)
        case let error as ExitCode:
            return error
        default:
            StandardStreams.err("lakectl: error: \(message(for: error))")
            return ExitCode(failure)
        }
    }

    static func message(for error: any Error) -> String {
        String(describing: error)
    }
}

extension AsyncParsableCommand {
    /// Runs a command body, mapping any error through ExitStatus so every command fails the same way.
    func reportingErrors(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ValidationError {
            throw error
        } catch {
            throw ExitStatus.report(error)
        }
    }
}
