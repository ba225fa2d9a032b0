/// The settings every command needs before its first AWS call, resolved once at start-up from the flags,
/// the environment and the shared files: which profile, which region, and (per service) which endpoint.
/// Loading here surfaces config mistakes (a bad line, an unknown `--profile`) before any network traffic.
package struct ResolvedConfig: Sendable {
    package var environment: [String: String]
    package var config: SharedConfig
    package var selection: ProfileSelection
    /// Nil when the implicit `default` profile does not exist (allowed, as in the AWS CLI).
    package var profile: Profile?
    /// Nil when no region is configured anywhere; commands that need one say so.
    package var region: ResolvedRegion?

    package init(
        environment: [String: String], config: SharedConfig, selection: ProfileSelection, profile: Profile?,
        region: ResolvedRegion?
    ) {
        self.environment = environment
        self.config = config
        self.selection = selection
        self.profile = profile
        self.region = region
    }

    /// Reads the shared files, selects the profile (`--profile` > AWS_PROFILE > default; an explicitly named
    /// profile must exist) and resolves the region (`--region` > AWS_REGION > AWS_DEFAULT_REGION > profile),
    /// refusing a malformed or unknown region name here, before any request.
    package static func load(
        environment: [String: String], reader: FileReader = .disk, profileFlag: String? = nil, regionFlag: String? = nil
    ) throws -> ResolvedConfig {
        let config = try SharedConfigLoader(environment: environment, reader: reader).load()
        let selection = ProfileSelection(flag: profileFlag, environment: environment)
        let profile = try config.profile(for: selection)
        let region = RegionResolver(environment: environment, profile: profile).resolve(flag: regionFlag)
        try region?.validate(allowUnknown: environment[AWSRegions.allowUnknownVariable] == "1")
        return ResolvedConfig(
            environment: environment, config: config, selection: selection, profile: profile, region: region)
    }

    /// The endpoint override for one service (`serviceId` as in the SDKs: "S3", "Glue", "LakeFormation"), or
    /// nil for the AWS default endpoint.
    package func endpoint(serviceId: String, flag: String?) throws -> ResolvedEndpoint? {
        try EndpointResolver(environment: environment, profile: profile, config: config)
            .resolve(serviceId: serviceId, flag: flag)
    }
}
