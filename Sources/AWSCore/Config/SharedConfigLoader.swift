/// Finds and parses the two shared files the way the AWS CLI does: `AWS_CONFIG_FILE` or `~/.aws/config`,
/// `AWS_SHARED_CREDENTIALS_FILE` or `~/.aws/credentials`, with `~` expanded from `HOME`. A missing file is
/// simply empty. The environment and file reader are injected so tests never touch the real HOME.
package struct SharedConfigLoader: Sendable {
    package var environment: [String: String]
    package var reader: FileReader

    package init(environment: [String: String], reader: FileReader = .disk) {
        self.environment = environment
        self.reader = reader
    }

    /// Absolute path of the config file, or nil when neither the variable nor HOME is set.
    package var configPath: String? { path(variable: "AWS_CONFIG_FILE", defaultName: "config") }
    package var credentialsPath: String? { path(variable: "AWS_SHARED_CREDENTIALS_FILE", defaultName: "credentials") }

    package func load() throws -> SharedConfig {
        let configPath = self.configPath
        let credentialsPath = self.credentialsPath
        return SharedConfig(
            config: try parse(configPath), credentials: try parse(credentialsPath),
            configPath: configPath.map(displayPath) ?? "~/.aws/config",
            credentialsPath: credentialsPath.map(displayPath) ?? "~/.aws/credentials")
    }

    /// `path` with the home directory shown as `~`, as people write it.
    package func displayPath(_ path: String) -> String {
        guard let home = home, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// `~` and `~/…` expanded from HOME; other paths unchanged.
    package func expandTilde(_ path: String) -> String {
        guard let home = home else { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }

    private var home: String? {
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home.hasSuffix("/") && home.count > 1 ? String(home.dropLast()) : home
    }

    private func path(variable: String, defaultName: String) -> String? {
        if let explicit = environment[variable], !explicit.isEmpty { return expandTilde(explicit) }
        return home.map { "\($0)/.aws/\(defaultName)" }
    }

    private func parse(_ path: String?) throws -> INIFile? {
        guard let path, let text = try reader.read(path) else { return nil }
        return try INIParser.parse(text, path: displayPath(path))
    }
}
