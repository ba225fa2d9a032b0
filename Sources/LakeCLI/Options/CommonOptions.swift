import ArgumentParser
import Foundation

/// The options every command takes, local ones included (PRODUCT.md, "Command tree"; issue 9, item 14):
/// where AWS is, the lake file, logging, progress and colour. `--output` is not here because each command
/// accepts its own set of formats; `GlobalOptions` adds the AWS commands' one. Composed with `@OptionGroup`
/// so names, help and defaults stay identical everywhere.
package struct CommonOptions: ParsableArguments, Sendable {
    @Option(
        help: "Use a named profile from the shared AWS config/credentials files (default: AWS_PROFILE, then 'default')."
    )
    package var profile: String?

    @Option(help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's region).")
    package var region: String?

    @Option(
        name: .customLong("endpoint-url"),
        help: "Send every AWS call to this URL (also AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>).")
    package var endpointURL: String?

    @Option(help: "The lake file (default: config/lake.yaml if present).")
    package var config: String?

    @Flag(name: .shortAndLong, help: "Log more to stderr; repeat for more detail (-vvv). Secrets are never logged.")
    package var verbose: Int

    @Flag(name: .customLong("no-progress"), help: "Do not show progress bars, even on a terminal.")
    package var noProgress = false

    @Flag(name: .customLong("no-color"), help: "Do not colour output (also NO_COLOR).")
    package var noColor = false

    package init() {}

    /// A lake file named with `--config` must exist: a typo there would otherwise be silently ignored.
    package func validate() throws {
        if let config, !FileManager.default.fileExists(atPath: config) {
            throw ValidationError("--config \(config): no such file")
        }
    }
}
